// What delayed (slanted) messages put in the label band of the rows they pass: the arrowhead
// on the row each arrives at, and the stretch of line crossing the band above each row in
// between. Label stacking (label-stacking.ts) keeps labels clear of them.
import type { Message } from '../model/model.js'
import { ARROW_LENGTH } from './constants.js'
import { addTo } from './group.js'
import { overlaps, type Obstacle, type Span } from './row-obstacles.js'

/** Extra room kept between a label and a slanted line passing by. */
const CROSSING_MARGIN = 6

/** A slanted line, with the x it leaves from and lands at looked up once. */
export interface Flight {
  readonly m: Message
  readonly x1: number
  readonly x2: number
  /** Whether it ends in an arrowhead at x2 (a lost message stops short in a dot). */
  readonly lands: boolean
}

/**
 * For each row in `reaches`, the obstacles within that row's reach. One sweep down the rows
 * keeps the lines in flight, so the cost follows what actually crosses each row, not
 * rows × slanted messages; and only what lies within reach is kept for the labels to check.
 */
export function passingObstacles(
  slanted: readonly Flight[],
  reaches: ReadonlyMap<number, Span>,
): Map<number, Obstacle[]> {
  const byRow = new Map<number, Obstacle[]>()
  const keep = (row: number, span: Span, liftable: boolean, top: number): void => {
    const reach = reaches.get(row)
    if (reach && overlaps(span, reach)) addTo(byRow, row, { span, liftable, top })
  }
  for (const { m, x2, lands } of slanted) {
    if (!lands || !reaches.has(m.arrivalRow)) continue
    // An arrowhead: a label may rise above it.
    keep(m.arrivalRow, [x2 - ARROW_LENGTH, x2 + ARROW_LENGTH], true, ARROW_LENGTH)
  }
  const byStart = [...slanted].sort((a, b) => a.m.row - b.m.row)
  let next = 0
  let inFlight: Flight[] = []
  for (const row of [...reaches.keys()].sort((a, b) => a - b)) {
    for (; next < byStart.length && (byStart[next]?.m.row ?? Infinity) < row; next++) inFlight.push(byStart[next] as Flight)
    inFlight = inFlight.filter((f) => row <= f.m.arrivalRow)
    for (const f of inFlight) keep(row, crossing(f, row), false, 0)
  }
  return byRow
}

/** Where a slanted line passes through the band above `row`'s line (rows taken as even). */
function crossing({ m, x1, x2 }: Flight, row: number): Span {
  const at = (r: number): number => x1 + ((x2 - x1) * (r - m.row)) / (m.arrivalRow - m.row)
  const [a, b] = [at(row - 1), at(row)]
  return [Math.min(a, b) - CROSSING_MARGIN, Math.max(a, b) + CROSSING_MARGIN]
}
