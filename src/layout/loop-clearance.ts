// Self-messages under slanted lines. A delayed message in flight can run through the loop of
// a self-message on a row it passes. The loop cannot move along its lifeline, so its row
// grows above it: the loop moves down by the growth, while the line, whose far end moves with
// it but whose near end stays, moves less, until it passes above the loop. (Its label is
// then the label stacker's, which may move it to the other side of the lifeline.)
//
//   a ---______                      a ---______
//        b |__---______    →              b    ---______
//          |__|        ---> c               |__|        ---______
//                                           |__|                 ---> c
import type { Message, SequenceModel } from '../model/model.js'
import { ACTIVATION_NEST, ACTIVATION_WIDTH, ARROW_HALF_WIDTH, SELF_HEIGHT, SELF_WIDTH } from './constants.js'
import { addTo } from './group.js'
import { sweepFlights, type Flight, type Geometry } from './passing-obstacles.js'
import type { Span } from './row-obstacles.js'
import { forEachItem } from './walk.js'

/** Room kept between a loop and a line passing above it. */
const LOOP_CLEARANCE = 6
/** A line crossing a loop near its far end barely moves against it: the room it asks for is capped there. */
const MIN_SHARE = 0.05

/** A level self-message's loop: what a passing line must keep out of. */
export interface Loop {
  readonly m: Message
  /** From its lifeline to the loop's far side (with room for a nested bar). */
  readonly reach: Span
}

export function selfLoops(model: SequenceModel, x: (id: string) => number): Loop[] {
  const loops: Loop[] = []
  forEachItem(model.items, (item) => {
    if (item.type !== 'message' || item.route.kind !== 'self' || item.arrivalRow !== item.row) return
    const at = x(item.route.participant)
    loops.push({ m: item, reach: [at, at + ACTIVATION_WIDTH / 2 + ACTIVATION_NEST + SELF_WIDTH] })
  })
  return loops
}

/**
 * For each loop that a slanted message runs through on a row it passes (not one it leaves or
 * lands on), how much its row must grow above it for every such line to pass above it.
 */
export function loopClearances(flights: readonly Flight[], loops: readonly Loop[], geometry: Geometry): Map<Message, number> {
  const room = new Map<Message, number>()
  const byRow = new Map<number, Loop[]>()
  for (const loop of loops) addTo(byRow, loop.m.row, loop)
  sweepFlights(flights, [...byRow.keys()], (row, inFlight) => {
    const anchor = geometry.anchor(row)
    for (const loop of byRow.get(row) ?? []) {
      const box: Box = { reach: loop.reach, top: anchor - LOOP_CLEARANCE, bottom: anchor + SELF_HEIGHT + ARROW_HALF_WIDTH + LOOP_CLEARANCE }
      for (const f of inFlight) {
        if (f.m.row >= row || f.m.arrivalRow <= row) continue
        const need = clearance(f, box, geometry)
        if (need > 0) room.set(loop.m, Math.max(room.get(loop.m) ?? 0, need))
      }
    }
  })
  return room
}

interface Box {
  readonly reach: Span
  readonly top: number
  readonly bottom: number
}

/** How much the rows from the box's on must move down for `f`'s line to pass above the box; 0 when it misses it. */
function clearance(f: Flight, box: Box, geometry: Geometry): number {
  const x2 = f.x1 + (f.x2 - f.x1) * f.share
  const [left, right] = [Math.max(box.reach[0], Math.min(f.x1, x2)), Math.min(box.reach[1], Math.max(f.x1, x2))]
  if (left >= right) return 0
  const y1 = geometry.anchor(f.m.row)
  const y2 = geometry.anchor(f.m.arrivalRow) + geometry.drop(f.m)
  // How far along the line (0 at its start, 1 at its end) x is: its y there moves by that share of the growth.
  const share = (x: number): number => (x - f.x1) / (x2 - f.x1)
  const y = (x: number): number => y1 + (y2 - y1) * share(x)
  const [yl, yr] = [y(left), y(right)]
  if (Math.max(yl, yr) <= box.top || Math.min(yl, yr) >= box.bottom) return 0
  // The end of the box where the line is lowest is the one it must clear.
  const low = yl >= yr ? left : right
  const need = (y(low) - box.top) / Math.max(1 - share(low), MIN_SHARE)
  // Less than a pixel is what rounding leaves once the room was given.
  return need < 1 ? 0 : need
}
