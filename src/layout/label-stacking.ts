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

type Span = readonly [number, number]

interface Obstacle {
  readonly span: Span
  /** Another label or an arrowhead, which a label may rise above; a passing line it may not. */
  readonly liftable: boolean
  readonly top: number
}

/** Extra room kept between a label and a slanted line passing by. */
const CROSSING_MARGIN = 6

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] + LABEL_PAD / 2 && b[0] < a[1] + LABEL_PAD / 2

export function stackLabels(input: StackingInput): LabelOffsets {
  const { labelled, slanted } = levelAndSlanted(input)
  const passing = passingObstacles(input, slanted, [...labelled.keys()])
  const lift = new Map<Message, number>()
  const shift = new Map<Message, number>()
  for (const [row, messages] of labelled) {
    const obstacles = passing.get(row) ?? []
    for (const m of messages) obstacles.push(placeLabel(m, input, obstacles, { lift, shift }))
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
function placeLabel(m: Message, input: StackingInput, obstacles: readonly Obstacle[], offsets: Offsets): Obstacle {
  const text = input.labels.of(m)
  const width = text?.width ?? 0
  const from = input.x(m.from)
  const to = m.to === EVERYONE ? from + 1 : input.x(m.to)
  const centre = (from + to) / 2
  const line: Span = [Math.min(from, to) + LABEL_PAD, Math.max(from, to) - LABEL_PAD]
  const span: Span = [centre - width / 2, centre + width / 2]
  let placed = span
  let raise = 0
  if (obstacles.some((o) => overlaps(span, o.span))) {
    const free = m.to === EVERYONE ? undefined : nearestFree(line, width, centre, obstacles.map((o) => o.span))
    if (free !== undefined) {
      offsets.shift.set(m, free - centre)
      placed = [free - width / 2, free + width / 2]
    } else {
      const below = obstacles.filter((o) => o.liftable && overlaps(span, o.span))
      raise = below.length ? Math.max(...below.map((o) => o.top)) : 0
      if (raise > 0) offsets.lift.set(m, raise)
    }
  }
  return { span: placed, liftable: true, top: raise + (text?.height ?? 0) + LABEL_GAP }
}

/** The centre nearest `centre` where a label of `width` fits on `line` clear of `blocked`. */
function nearestFree(line: Span, width: number, centre: number, blocked: readonly Span[]): number | undefined {
  const cuts = blocked.filter((b) => b[1] > line[0] && b[0] < line[1]).sort((a, b) => a[0] - b[0])
  let best: number | undefined
  let cursor = line[0]
  // Walk the free intervals between the blocked spans.
  const free: Span[] = []
  for (const c of cuts) {
    if (c[0] - LABEL_PAD / 2 > cursor) free.push([cursor, c[0] - LABEL_PAD / 2])
    cursor = Math.max(cursor, c[1] + LABEL_PAD / 2)
  }
  if (line[1] > cursor) free.push([cursor, line[1]])
  for (const [a, b] of free) {
    if (b - a < width) continue
    const c = Math.min(Math.max(centre, a + width / 2), b - width / 2)
    if (best === undefined || Math.abs(c - centre) < Math.abs(best - centre)) best = c
  }
  return best
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
