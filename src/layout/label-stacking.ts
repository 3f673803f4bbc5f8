// Where a level message's label goes along its line. Centred by default; but labels of
// messages that share a row (`&` statements, a broadcast) can land on each other, a delayed
// message's arrowhead can land in a label on its arrival row, and a slanted message passing
// through a row can run behind a label. So each label takes the free stretch of its own line
// nearest its centre that none of those cover; when no stretch is wide enough, a label that
// would cover another label or an arrowhead is lifted above it instead.
//
//   a ----build-----> b ---status---> c        a -> b: build   & a -> c: status
import type { Message, SequenceModel } from '../model/model.js'
import { LABEL_GAP, LABEL_PAD } from './constants.js'
import { passingObstacles, type Flight } from './passing-obstacles.js'
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

export function stackLabels(input: StackingInput): LabelOffsets {
  const { labelled, slanted } = levelAndSlanted(input)
  const reaches = new Map([...labelled].map(([row, messages]) => [row, rowReach(messages, input)] as const))
  const passing = passingObstacles(slanted, reaches)
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
function levelAndSlanted(input: StackingInput): { labelled: Map<number, Message[]>; slanted: Flight[] } {
  const labelled = new Map<number, Message[]>()
  const slanted: Flight[] = []
  forEachItem(input.model.items, (item) => {
    if (item.type !== 'message') return
    const r = item.route
    const level = item.arrivalRow === item.row
    if (!level && (r.kind === 'between' || r.kind === 'lost')) {
      slanted.push({ m: item, x1: input.x(r.from), x2: input.x(r.to), lands: r.kind === 'between' })
    }
    const labelledLine = r.kind === 'between' || r.kind === 'lost' || r.kind === 'broadcast'
    if (level && labelledLine && input.labels.of(item)) addTo(labelled, item.row, item)
  })
  return { labelled, slanted }
}

/** A label before it meets anything: centred on the stretch of its line it may move along. */
interface Centred {
  readonly width: number
  readonly centre: number
  readonly line: Span
  readonly span: Span
}

function centred(m: Message, input: StackingInput): Centred {
  const width = input.labels.of(m)?.width ?? 0
  const r = m.route
  const from = 'from' in r ? input.x(r.from) : 0
  const to = r.kind === 'between' || r.kind === 'lost' ? input.x(r.to) : from + 1
  const centre = (from + to) / 2
  const line: Span = [Math.min(from, to) + LABEL_PAD, Math.max(from, to) - LABEL_PAD]
  return { width, centre, line, span: [centre - width / 2, centre + width / 2] }
}

/** Everywhere the labels of a row can end up: obstacles wholly outside it concern none of them. */
function rowReach(messages: readonly Message[], input: StackingInput): Span {
  let left = Infinity
  let right = -Infinity
  for (const m of messages) {
    const { line, span } = centred(m, input)
    left = Math.min(left, line[0], span[0])
    right = Math.max(right, line[1], span[1])
  }
  return [left, right]
}

/**
 * Places one label among the obstacles already on its row (shifting or lifting it), records
 * its offsets and returns the obstacle it becomes for the labels after it.
 */
function placeLabel(m: Message, input: StackingInput, obstacles: RowObstacles, offsets: Offsets): Obstacle {
  const { width, centre, line, span } = centred(m, input)
  let placed = span
  let raise = 0
  if (obstacles.blocks(span)) {
    const free = m.route.kind === 'broadcast' ? undefined : obstacles.nearestFree(line, width, centre)
    if (free !== undefined) {
      offsets.shift.set(m, free - centre)
      placed = [free - width / 2, free + width / 2]
    } else {
      raise = obstacles.liftOver(span)
      if (raise > 0) offsets.lift.set(m, raise)
    }
  }
  return { span: placed, liftable: true, top: raise + (input.labels.of(m)?.height ?? 0) + LABEL_GAP }
}
