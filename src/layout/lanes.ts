// Messages that share a row (`&` statements) and a stretch of lifeline are drawn apart: each
// takes the first lane of its row where it runs beside no earlier message, and lanes below
// the first step down far enough that a lane's label sits between its line and the one
// above. Messages that only meet at a lifeline where one arrives and the other leaves (a
// relay, `a -> b` & `b -> c`) share a lane; two leaving one lifeline opposite ways do not
// (they would read as one double-headed arrow).
//
//   ci ---build---> runner                       ci -> runner: build
//   ci ---status pending----------> github       & ci -> github: status pending
import type { Message, SequenceModel } from '../model/model.js'
import { ARROW_HALF_WIDTH, LABEL_GAP, LANE_CLEARANCE, LANE_STEP } from './constants.js'
import { addTo } from './group.js'
import type { Labels } from './labels.js'
import { forEachItem } from './walk.js'

/** A level line's extent: its left and right x, and whether it ends in a head at each. */
export interface LineSpan {
  readonly left: number
  readonly right: number
  readonly headLeft: boolean
  readonly headRight: boolean
}

export interface LaneInput {
  readonly model: SequenceModel
  /** X of a participant's lifeline. */
  readonly x: (id: string) => number
  /** X of the diagram's left and right edges, where found and outgoing messages reach. */
  readonly edges: readonly [number, number]
}

/** The extent of a level message's line; undefined for a self-message (its loop has no lane). */
export function lineSpan(m: Message, input: LaneInput): LineSpan | undefined {
  const r = m.route
  const span = (from: number, to: number, head = true): LineSpan =>
    ({ left: Math.min(from, to), right: Math.max(from, to), headLeft: head && to < from, headRight: head && to > from })
  const edge = (side: 'left' | 'right'): number => (side === 'left' ? input.edges[0] : input.edges[1])
  switch (r.kind) {
    case 'between': return span(input.x(r.from), input.x(r.to))
    case 'lost': return span(input.x(r.from), input.x(r.to), false)
    case 'found': return span(edge(r.side), input.x(r.to))
    case 'outgoing': return span(input.x(r.from), edge(r.side), false)
    case 'broadcast': {
      const xs = input.model.participants.map((p) => input.x(p.id))
      return { left: Math.min(...xs), right: Math.max(...xs), headLeft: true, headRight: true }
    }
    case 'self': return undefined
  }
}

/** Whether two lines on one row would run into each other (sharing more than a relay point). */
function clash(a: LineSpan, b: LineSpan): boolean {
  const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  if (overlap > 0) return true
  if (overlap < 0) return false
  // They meet at one x: a relay (one arrives where the other leaves) reads on; two heads, or
  // two lines leaving one point opposite ways, read as one double-headed arrow.
  return a.right === b.left ? a.headRight === b.headLeft : b.headRight === a.headLeft
}

/**
 * The lane of every level message that cannot take its row's first lane (absent: lane 0).
 * Rows hold few messages, so each message is compared with the earlier ones of its row.
 */
export function assignLanes(input: LaneInput): Map<Message, number> {
  const byRow = new Map<number, Message[]>()
  forEachItem(input.model.items, (item) => {
    if (item.type === 'message' && item.arrivalRow === item.row && item.route.kind !== 'self') addTo(byRow, item.row, item)
  })
  const lanes = new Map<Message, number>()
  for (const messages of byRow.values()) {
    if (messages.length < 2) continue
    const placed: { span: LineSpan; lane: number }[] = []
    for (const m of messages) {
      const span = lineSpan(m, input)
      if (!span) continue
      const blocked = new Set<number>()
      for (const p of placed) if (clash(p.span, span)) blocked.add(p.lane)
      let lane = 0
      while (blocked.has(lane)) lane++
      placed.push({ span, lane })
      if (lane > 0) lanes.set(m, lane)
    }
  }
  return lanes
}

/**
 * How far below its row's anchor each laned message runs: a lane steps down from the one above
 * by its tallest label (lifted labels included) and a clearance, or by LANE_STEP when unlabelled.
 */
export function laneOffsets(lanes: ReadonlyMap<Message, number>, labels: Labels, lift: ReadonlyMap<Message, number>): Map<Message, number> {
  // Per row, the step each lane needs.
  const steps = new Map<number, number[]>()
  for (const [m, lane] of lanes) {
    const text = labels.of(m)
    const step = text ? text.height + LABEL_GAP + (lift.get(m) ?? 0) + LANE_CLEARANCE : LANE_STEP
    const row = steps.get(m.row) ?? []
    row[lane] = Math.max(row[lane] ?? 0, step)
    steps.set(m.row, row)
  }
  const offsets = new Map<Message, number>()
  for (const [m, lane] of lanes) {
    const row = steps.get(m.row) ?? []
    let offset = 0
    for (let k = 1; k <= lane; k++) offset += row[k] ?? LANE_STEP
    offsets.set(m, offset)
  }
  return offsets
}

/** The room each row needs below its anchor for its lanes (the lowest line and its head). */
export function laneRoom(offsets: ReadonlyMap<Message, number>): Map<number, number> {
  const room = new Map<number, number>()
  for (const [m, offset] of offsets) room.set(m.row, Math.max(room.get(m.row) ?? 0, offset + ARROW_HALF_WIDTH))
  return room
}
