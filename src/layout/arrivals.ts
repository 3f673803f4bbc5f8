// Where a delayed message lands. Its arrival gets a y of its own: when its target's lifeline is
// taken on the arrival row (another message's line or head passes there, a self-message loops,
// a message leaves, a frame closes or a divider runs), it drops below what is there; a second
// arrival at the same point drops below the first.
//
//   a ----flush----> b        a ->> b: event { delay: 1 }
//     `-----event-->          a -> b: flush
import type { Message } from '../model/model.js'
import { receiverOf, senderOf } from '../model/route.js'
import { ARRIVAL_STEP, SELF_HEIGHT } from './constants.js'
import { addTo } from './group.js'
import type { LaneInput } from './lanes.js'
import { forEachItem } from './walk.js'

/** What takes a lifeline on one row: the x range it covers and how far below the anchor it reaches. */
interface Taken {
  readonly left: number
  readonly right: number
  readonly depth: number
}

export interface ArrivalInput extends LaneInput {
  /** How far below its row's anchor a laned level message runs (lanes.ts). */
  readonly laneOffset: (m: Message) => number
}

/** What takes each row: level lines (with their lanes), self loops, departures, closing frames and dividers. */
function takenRows(input: ArrivalInput): Map<number, Taken[]> {
  const taken = new Map<number, Taken[]>()
  const everywhere = (row: number): void => addTo(taken, row, { left: -Infinity, right: Infinity, depth: 0 })
  forEachItem(input.model.items, (item) => {
    if (item.type === 'fragment') everywhere(item.endRow)
    if (item.type === 'divider') everywhere(item.row)
    if (item.type !== 'message') return
    const from = senderOf(item.route)
    const at = (id: string, depth: number): Taken => ({ left: input.x(id), right: input.x(id), depth })
    if (item.route.kind === 'self') addTo(taken, item.row, at(item.route.participant, SELF_HEIGHT))
    else if (item.arrivalRow > item.row) {
      if (from !== undefined) addTo(taken, item.row, at(from, 0))
    } else addTo(taken, item.row, { ...levelExtent(item, input), depth: input.laneOffset(item) })
  })
  return taken
}

function levelExtent(m: Message, input: ArrivalInput): { left: number; right: number } {
  const r = m.route
  const edge = (side: 'left' | 'right'): number => (side === 'left' ? input.edges[0] : input.edges[1])
  const ends = r.kind === 'found' ? [edge(r.side), input.x(r.to)]
    : r.kind === 'outgoing' ? [input.x(r.from), edge(r.side)]
    : r.kind === 'broadcast' ? [input.edges[0], input.edges[1]]
    : r.kind === 'self' ? [input.x(r.participant), input.x(r.participant)]
    : [input.x(r.from), input.x(r.to)]
  return { left: Math.min(...ends), right: Math.max(...ends) }
}

/** How far below its arrival row's anchor each delayed message lands (absent: on the anchor). */
export function arrivalDrops(input: ArrivalInput): Map<Message, number> {
  const taken = takenRows(input)
  const drops = new Map<Message, number>()
  /** Per arrival row and target, the lowest arrival so far. */
  const landed = new Map<string, number>()
  forEachItem(input.model.items, (item) => {
    if (item.type !== 'message' || item.arrivalRow === item.row) return
    const to = receiverOf(item.route)
    if (to === undefined) return
    const x = input.x(to)
    const key = `${item.arrivalRow}\u0000${to}`
    let drop = -1
    for (const t of taken.get(item.arrivalRow) ?? []) if (t.left <= x && x <= t.right) drop = Math.max(drop, t.depth)
    const previous = landed.get(key)
    if (previous !== undefined) drop = Math.max(drop, previous)
    const y = drop < 0 ? 0 : drop + ARRIVAL_STEP
    landed.set(key, y)
    if (y > 0) drops.set(item, y)
  })
  return drops
}
