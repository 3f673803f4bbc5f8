// Where a message label goes along its line. A level label is centred, a slanted one starts at
// its sender; but labels that share a row and a lane (a broadcast, `&` relays, a slanted
// message leaving beside a level one) can land on each other, a delayed message's arrowhead
// can land in a label on its arrival row, and a slanted message passing through a row can run
// behind a label. So each label takes the free stretch of its own line nearest where it wants
// to be that none of those cover; when no stretch is wide enough, a label that would cover
// another label or an arrowhead is lifted above it instead.
//
//   a ----build-----> b ---status---> c        a -> b: build   & b -> c: status
import type { Message, SequenceModel } from '../model/model.js'
import { LABEL_GAP, LABEL_PAD, SELF_LABEL_INSET } from './constants.js'
import { passingObstacles, type Band, type Flight, type Geometry } from './passing-obstacles.js'
import { RowObstacles, type Obstacle, type Span } from './row-obstacles.js'
import { lostShare } from './geometry.js'
import { addTo } from './group.js'
import type { Labels } from './labels.js'
import { forEachItem } from './walk.js'

export interface LabelOffsets {
  /** How far a label is raised above its usual place. */
  readonly lift: ReadonlyMap<Message, number>
  /** How far a label moves along its line from where it wants to be. */
  readonly shift: ReadonlyMap<Message, number>
  /** Labels that a slanted line still crosses wherever they go on their row: their rows must grow. */
  readonly crowded: ReadonlySet<Message>
}

export interface StackingInput {
  readonly model: SequenceModel
  readonly labels: Labels
  /** X of a participant's lifeline. */
  readonly x: (id: string) => number
  /** The lane of each laned level message (lanes.ts). */
  readonly lanes: ReadonlyMap<Message, number>
}

/**
 * Places labels, as many times as the rows change: what does not depend on the rows (which
 * labels share a band, the slanted lines, where each label wants to be) is found once.
 */
export class LabelStacker {
  private readonly groups: Map<string, Message[]>
  /** The slanted lines, which loops keep clear of too (loop-clearance.ts). */
  readonly slanted: readonly Flight[]
  private readonly wanted = new Map<Message, Wanted>()

  constructor(input: StackingInput) {
    const { groups, slanted } = groupsAndSlanted(input)
    this.groups = groups
    this.slanted = slanted
    for (const messages of groups.values()) for (const m of messages) this.wanted.set(m, wanted(m, input))
  }

  /** Label offsets against rows, lanes and arrivals where `geometry` says they are. */
  stack(geometry: Geometry): LabelOffsets {
    const want = (m: Message): Wanted => this.wanted.get(m) as Wanted
    const bands = new Map([...this.groups].map(([key, messages]) => [key, band(messages, want, geometry)] as const))
    const passing = passingObstacles(this.slanted, bands, geometry)
    const offsets = { lift: new Map<Message, number>(), shift: new Map<Message, number>(), crowded: new Set<Message>() }
    for (const [key, messages] of this.groups) {
      const obstacles = new RowObstacles(passing.get(key) ?? [])
      for (const m of messages) obstacles.add(placeLabel(m, want(m), obstacles, offsets))
    }
    return offsets
  }
}

interface Offsets {
  readonly lift: Map<Message, number>
  readonly shift: Map<Message, number>
  readonly crowded: Set<Message>
}

const isLine = (m: Message): boolean => m.route.kind === 'between' || m.route.kind === 'lost'

/** Labelled messages grouped by the band they sit in (row and lane, in source order), and the slanted lines. */
function groupsAndSlanted(input: StackingInput): { groups: Map<string, Message[]>; slanted: Flight[] } {
  const groups = new Map<string, Message[]>()
  const slanted: Flight[] = []
  forEachItem(input.model.items, (item) => {
    if (item.type !== 'message') return
    const r = item.route
    const level = item.arrivalRow === item.row
    if (!level && (r.kind === 'between' || r.kind === 'lost')) {
      const [x1, x2] = [input.x(r.from), input.x(r.to)]
      slanted.push({ m: item, x1, x2, share: r.kind === 'lost' ? lostShare(x2 - x1) : 1 })
    }
    const labelled = isLine(item) || r.kind === 'self' || (level && r.kind === 'broadcast')
    if (labelled && input.labels.of(item)) addTo(groups, bandKey(item.row, input.lanes.get(item) ?? 0), item)
  })
  return { groups, slanted }
}

export const bandKey = (row: number, lane: number): string => `${row}/${lane}`

/** A label before it meets anything: where it wants to be on the stretch of its line it may move along. */
interface Wanted {
  readonly width: number
  readonly height: number
  readonly centre: number
  readonly line: Span
  readonly span: Span
  /** A slanted label may also go further, as far as past its target (its line runs lower there). */
  readonly further: Span | undefined
}

function wanted(m: Message, input: StackingInput): Wanted {
  const text = input.labels.of(m)
  const [width, height] = [text?.width ?? 0, text?.height ?? 0]
  const r = m.route
  if (r.kind === 'self') {
    // Beside its loop; crossed there by a line, on the other side of its lifeline.
    const x = input.x(r.participant)
    const left = x + SELF_LABEL_INSET
    return { width, height, centre: left + width / 2, line: [left, left + width], span: [left, left + width], further: [x - SELF_LABEL_INSET - width, x - SELF_LABEL_INSET] }
  }
  const from = 'from' in r ? input.x(r.from) : 0
  const to = isLine(m) && 'to' in r ? input.x(r.to) : from + 1
  const line: Span = [Math.min(from, to) + LABEL_PAD, Math.max(from, to) - LABEL_PAD]
  if (m.arrivalRow > m.row) {
    // A slanted label starts at its sender, where its line is highest.
    const dir = to >= from ? 1 : -1
    const centre = from + dir * (LABEL_PAD + width / 2)
    const [start, far] = [from + dir * LABEL_PAD, to + dir * width]
    return { width, height, centre, line, span: [centre - width / 2, centre + width / 2], further: [Math.min(start, far), Math.max(start, far)] }
  }
  const centre = (from + to) / 2
  return { width, height, centre, line, span: [centre - width / 2, centre + width / 2], further: undefined }
}

/** The band a group's labels sit in: its x reach and the y between its line and the tallest label's top. */
function band(messages: readonly Message[], want: (m: Message) => Wanted, geometry: Geometry): Band {
  let left = Infinity
  let right = -Infinity
  let height = 0
  for (const m of messages) {
    // Every place a label may go, past its target or across its lifeline included.
    const { line, span, further } = want(m)
    left = Math.min(left, line[0], span[0], further?.[0] ?? Infinity)
    right = Math.max(right, line[1], span[1], further?.[1] ?? -Infinity)
    height = Math.max(height, want(m).height)
  }
  const first = messages[0] as Message
  const bottom = geometry.anchor(first.row) + geometry.laneOffset(first)
  return { reach: [left, right], row: first.row, top: bottom - LABEL_GAP - height, bottom }
}

/**
 * Places one label among the obstacles already in its band (shifting or lifting it), records
 * its offsets and returns the obstacle it becomes for the labels after it.
 */
function placeLabel(m: Message, w: Wanted, obstacles: RowObstacles, offsets: Offsets): Obstacle {
  const { width, centre, line, span, further } = w
  let placed = span
  let raise = 0
  const moveTo = (free: number): void => {
    offsets.shift.set(m, free - centre)
    placed = [free - width / 2, free + width / 2]
  }
  if (obstacles.blocks(span)) {
    const free = m.route.kind === 'broadcast' ? undefined : obstacles.nearestFree(line, width, centre)
    // Past its target only when a line is in the way: above other labels and heads it rises.
    const beyond = free === undefined && further && obstacles.crossedBy(span) ? obstacles.nearestFree(further, width, centre) : undefined
    if (free !== undefined) moveTo(free)
    else if (beyond !== undefined) moveTo(beyond)
    else {
      raise = obstacles.liftOver(span)
      if (raise > 0) offsets.lift.set(m, raise)
      if (obstacles.crossedBy(span)) offsets.crowded.add(m)
    }
  }
  return { span: placed, liftable: true, top: raise + w.height + LABEL_GAP }
}
