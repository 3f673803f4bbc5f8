// Where a level message's label goes along its line. Centred by default; but labels of
// messages that share a row (`&` statements, a broadcast) can land on each other, a delayed
// message's arrowhead can land in a label on its arrival row, and a slanted message passing
// through a row can run behind a label. So each label takes the free stretch of its own line
// nearest its centre that none of those cover; when no stretch is wide enough, a label that
// would cover another label or an arrowhead is lifted above it instead.
//
//   a ----build-----> b ---status---> c        a -> b: build   & a -> c: status
import { EVERYONE, OUTSIDE, type Message, type SequenceModel } from '../model/model.js'
import { ARROW_LENGTH, LABEL_GAP, LABEL_PAD } from './constants.js'
import { RowObstacles, type Obstacle, type Span } from './row-obstacles.js'
import { addTo } from './group.js'
import type { Labels } from './labels.js'
import { forEachItem } from './walk.js'

export interface LabelOffsets {
  /** How far a label is raised above its usual place. */
  readonly lift: ReadonlyMap<Message, number>
  /** How far a label's centre moves along its line. */
  readonly shift: ReadonlyMap<Message, number>
}

export interface StackingInput {
  readonly model: SequenceModel
  readonly labels: Labels
  /** X of a participant's lifeline. */
  readonly x: (id: string) => number
}

/** Extra room kept between a label and a slanted line passing by. */
const CROSSING_MARGIN = 6

export function stackLabels(input: StackingInput): LabelOffsets {
  const { labelled, slanted } = levelAndSlanted(input)
  const passing = passingObstacles(input, slanted, [...labelled.keys()])
  const lift = new Map<Message, number>()
  const shift = new Map<Message, number>()
  for (const [row, messages] of labelled) {
    const obstacles = new RowObstacles(passing.get(row) ?? [])
    for (const m of messages) obstacles.add(placeLabel(m, input, obstacles, { lift, shift }))
  }
  return { lift, shift }
}

interface Offsets {
  readonly lift: Map<Message, number>
  readonly shift: Map<Message, number>
}

/** Level labelled messages grouped by row (in source order), and the slanted messages. */
function levelAndSlanted(input: StackingInput): { labelled: Map<number, Message[]>; slanted: Message[] } {
  const labelled = new Map<number, Message[]>()
  const slanted: Message[] = []
  forEachItem(input.model.items, (item) => {
    if (item.type !== 'message') return
    if (item.arrivalRow > item.row && item.from !== item.to && item.from !== OUTSIDE && item.to !== OUTSIDE && item.to !== EVERYONE) slanted.push(item)
    const level = item.arrivalRow === item.row && item.from !== item.to && item.from !== OUTSIDE && item.to !== OUTSIDE
    if (!level || !input.labels.of(item)) return
    addTo(labelled, item.row, item)
  })
  return { labelled, slanted }
}

/**
 * Places one label among the obstacles already on its row (shifting or lifting it), records
 * its offsets and returns the obstacle it becomes for the labels after it.
 */
function placeLabel(m: Message, input: StackingInput, obstacles: RowObstacles, offsets: Offsets): Obstacle {
  const text = input.labels.of(m)
  const width = text?.width ?? 0
  const from = input.x(m.from)
  const to = m.to === EVERYONE ? from + 1 : input.x(m.to)
  const centre = (from + to) / 2
  const line: Span = [Math.min(from, to) + LABEL_PAD, Math.max(from, to) - LABEL_PAD]
  const span: Span = [centre - width / 2, centre + width / 2]
  let placed = span
  let raise = 0
  if (obstacles.blocks(span)) {
    const free = m.to === EVERYONE ? undefined : obstacles.nearestFree(line, width, centre)
    if (free !== undefined) {
      offsets.shift.set(m, free - centre)
      placed = [free - width / 2, free + width / 2]
    } else {
      raise = obstacles.liftOver(span)
      if (raise > 0) offsets.lift.set(m, raise)
    }
  }
  return { span: placed, liftable: true, top: raise + (text?.height ?? 0) + LABEL_GAP }
}

/**
 * For each of `rows`, what slanted messages put on it: arrowheads arriving there, and lines
 * passing through the band above it. One sweep down the rows keeps the lines in flight, so
 * the cost follows what actually crosses each row, not rows × slanted messages.
 */
function passingObstacles(input: StackingInput, slanted: readonly Message[], rows: readonly number[]): Map<number, Obstacle[]> {
  const wanted = new Set(rows)
  const byRow = new Map<number, Obstacle[]>()
  for (const m of slanted) if (!m.lost && wanted.has(m.arrivalRow)) addTo(byRow, m.arrivalRow, arrowheadObstacle(input, m))
  const byStart = [...slanted].sort((a, b) => a.row - b.row)
  let next = 0
  let inFlight: Message[] = []
  for (const row of [...wanted].sort((a, b) => a - b)) {
    for (; next < byStart.length && (byStart[next]?.row ?? Infinity) < row; next++) inFlight.push(byStart[next] as Message)
    inFlight = inFlight.filter((m) => row <= m.arrivalRow)
    for (const m of inFlight) addTo(byRow, row, crossingObstacle(input, m, row))
  }
  return byRow
}

/** The arrowhead of a delayed message, on its arrival row. */
function arrowheadObstacle(input: StackingInput, m: Message): Obstacle {
  const x = input.x(m.to)
  return { span: [x - ARROW_LENGTH, x + ARROW_LENGTH], liftable: true, top: ARROW_LENGTH }
}

/** Where a slanted message passes through the band above `row`'s line (rows taken as even). */
function crossingObstacle(input: StackingInput, m: Message, row: number): Obstacle {
  const [x1, x2] = [input.x(m.from), input.x(m.to)]
  const at = (r: number): number => x1 + ((x2 - x1) * (r - m.row)) / (m.arrivalRow - m.row)
  const [a, b] = [at(row - 1), at(row)]
  return { span: [Math.min(a, b) - CROSSING_MARGIN, Math.max(a, b) + CROSSING_MARGIN], liftable: false, top: 0 }
}
