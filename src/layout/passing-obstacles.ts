// What delayed (slanted) messages put in the bands where labels go: the arrowhead of each
// that lands in a band, and the stretch of each line crossing a band. Label stacking
// (label-stacking.ts) keeps labels clear of them.
import type { Message } from '../model/model.js'
import { ARROW_HALF_WIDTH, ARROW_LENGTH } from './constants.js'
import { addTo } from './group.js'
import { overlaps, type Obstacle, type Span } from './row-obstacles.js'

/** Extra room kept between a label and a slanted line passing by. */
const CROSSING_MARGIN = 6

/** A slanted line, with the x it leaves from and lands at looked up once. */
export interface Flight {
  readonly m: Message
  readonly x1: number
  readonly x2: number
  /** The share of the way to x2 it is drawn, ending in its head (a lost message stops short, at its arrival's y). */
  readonly share: number
}

/** Where things are vertically: exact once the rows are laid out, an estimate before. */
export interface Geometry {
  anchor(row: number): number
  /** How far below its row's anchor a laned level message runs. */
  laneOffset(m: Message): number
  /** How far below its arrival row's anchor a delayed message lands. */
  drop(m: Message): number
}

/** Where a group of labels may go: its x reach, its row, and the y range of the labels. */
export interface Band {
  readonly reach: Span
  readonly row: number
  readonly top: number
  readonly bottom: number
}

/** For each band, the obstacles within its reach (one sweep down the rows: sweepFlights). */
export function passingObstacles<K>(slanted: readonly Flight[], bands: ReadonlyMap<K, Band>, geometry: Geometry): Map<K, Obstacle[]> {
  const byRow = new Map<number, [K, Band][]>()
  for (const entry of bands) addTo(byRow, entry[1].row, entry)
  const out = new Map<K, Obstacle[]>()
  const keep = (key: K, b: Band, span: Span, liftable: boolean, top: number): void => {
    if (overlaps(span, b.reach)) addTo(out, key, { span, liftable, top })
  }
  sweepFlights(slanted, [...byRow.keys()], (row, inFlight) => {
    for (const [key, b] of byRow.get(row) ?? []) {
      for (const f of inFlight) {
        const y1 = geometry.anchor(f.m.row)
        const y2 = geometry.anchor(f.m.arrivalRow) + geometry.drop(f.m)
        const x2 = f.x1 + (f.x2 - f.x1) * f.share
        const span = crossing([f.x1, x2], [y1, y2], b)
        if (span) keep(key, b, span, false, 0)
        // An arrowhead (or a lost message's dot) in the band: a label may rise above it.
        if (y2 + ARROW_HALF_WIDTH > b.top && y2 - ARROW_HALF_WIDTH < b.bottom) {
          keep(key, b, [x2 - ARROW_LENGTH, x2 + ARROW_LENGTH], true, ARROW_LENGTH + (b.bottom - y2))
        }
      }
    }
  })
  return out
}

/**
 * Visits `rows` in ascending order, each with the slanted lines in flight there: sent on it or
 * before, arriving on it or after. One sweep keeps them, so the cost follows what actually
 * crosses each row, not rows × slanted messages.
 */
export function sweepFlights(slanted: readonly Flight[], rows: readonly number[], visit: (row: number, inFlight: readonly Flight[]) => void): void {
  const byStart = [...slanted].sort((a, b) => a.m.row - b.m.row)
  let next = 0
  let inFlight: Flight[] = []
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    for (; next < byStart.length && (byStart[next]?.m.row ?? Infinity) <= row; next++) inFlight.push(byStart[next] as Flight)
    inFlight = inFlight.filter((f) => row <= f.m.arrivalRow)
    visit(row, inFlight)
  }
}

/** Where a slanted line from y1 to y2 passes through a band's y range; undefined when it does not. */
function crossing([x1, x2]: readonly [number, number], [y1, y2]: readonly [number, number], b: Band): Span | undefined {
  const top = Math.max(b.top, y1)
  const bottom = Math.min(b.bottom, y2)
  if (bottom <= top || y2 <= y1) return undefined
  const at = (y: number): number => x1 + ((x2 - x1) * (y - y1)) / (y2 - y1)
  const [a, c] = [at(top), at(bottom)]
  return [Math.min(a, c) - CROSSING_MARGIN, Math.max(a, c) + CROSSING_MARGIN]
}
