// The column slots a message joins, from its route: a participant's column, or -1 and `count`
// for the diagram's left and right edges (the outside world).
import type { EdgeSide, Route } from '../model/model.js'

/** The slot of a diagram edge among `count` columns. */
export function edgeSlot(side: EdgeSide, count: number): number {
  return side === 'left' ? -1 : count
}

/**
 * The slot a message leaves from and the slot it reaches. A self-message stays in its column;
 * a broadcast is taken to reach its sender's column (its targets are every other one).
 */
export function routeSlots(route: Route, column: ReadonlyMap<string, number>, count: number): readonly [number, number] {
  const col = (id: string): number => column.get(id) ?? 0
  switch (route.kind) {
    case 'between':
    case 'lost':
      return [col(route.from), col(route.to)]
    case 'self':
      return [col(route.participant), col(route.participant)]
    case 'found':
      return [edgeSlot(route.side, count), col(route.to)]
    case 'outgoing':
      return [col(route.from), edgeSlot(route.side, count)]
    case 'broadcast':
      return [col(route.from), col(route.from)]
  }
}
