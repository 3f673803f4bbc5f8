// Visiting the timeline tree.
import type { Fragment, Item } from '../model/model.js'
import { routeSlots } from './route-slots.js'

/** Calls `visit` on every item, fragments before the items inside them, in source order. */
export function forEachItem(items: readonly Item[], visit: (item: Item, depth: number) => void, depth = 0): void {
  for (const item of items) {
    visit(item, depth)
    if (item.type === 'fragment') for (const b of item.branches) forEachItem(b.items, visit, depth + 1)
  }
}

/**
 * Column slots a leaf item touches: -1 and `count` stand for the outside world's edges. A
 * fragment touches what its items touch (fragmentColumns).
 */
function slotsOf(item: Exclude<Item, Fragment>, column: ReadonlyMap<string, number>, count: number): number[] {
  switch (item.type) {
    case 'message':
      if (item.route.kind === 'broadcast') return [0, count - 1]
      return [...routeSlots(item.route, column, count)]
    case 'note':
    case 'ref':
      return item.targets.map((t) => column.get(t) ?? 0)
    case 'destroy':
      return [column.get(item.participant) ?? 0]
    default:
      return []
  }
}

/** The first and last column a fragment's contents touch (all columns when it is empty). */
export function fragmentColumns(f: Fragment, column: ReadonlyMap<string, number>, count: number): [number, number] {
  // A running minimum and maximum over the leaves, rather than gathering every slot of a big
  // fragment into arrays first.
  let low = Infinity
  let high = -Infinity
  for (const b of f.branches) {
    forEachItem(b.items, (item) => {
      if (item.type === 'fragment') return // its items are visited in turn
      for (const s of slotsOf(item, column, count)) {
        const c = Math.max(0, Math.min(count - 1, s))
        low = Math.min(low, c)
        high = Math.max(high, c)
      }
    })
  }
  return low > high ? [0, Math.max(0, count - 1)] : [low, high]
}
