// Visiting the timeline tree.
import { EVERYONE, OUTSIDE, type Fragment, type Item } from '../model/model.js'

/** Calls `visit` on every item, fragments before the items inside them, in source order. */
export function forEachItem(items: readonly Item[], visit: (item: Item, depth: number) => void, depth = 0): void {
  for (const item of items) {
    visit(item, depth)
    if (item.type === 'fragment') for (const b of item.branches) forEachItem(b.items, visit, depth + 1)
  }
}

/** Column slots an item touches: -1 and `count` stand for the outside world's edges. */
export function slotsOf(item: Item, column: ReadonlyMap<string, number>, count: number): number[] {
  const slot = (id: string, outside: number): number => (id === OUTSIDE ? outside : (column.get(id) ?? 0))
  switch (item.type) {
    case 'message':
      if (item.to === EVERYONE) return [0, count - 1]
      return [slot(item.from, -1), slot(item.to, item.from === OUTSIDE ? -1 : count)]
    case 'note':
    case 'ref':
      return item.targets.map((t) => column.get(t) ?? 0)
    case 'destroy':
      return [column.get(item.participant) ?? 0]
    case 'fragment':
      return item.branches.flatMap((b) => b.items.flatMap((i) => slotsOf(i, column, count)))
    default:
      return []
  }
}

/** The first and last column a fragment's contents touch (all columns when it is empty). */
export function fragmentColumns(f: Fragment, column: ReadonlyMap<string, number>, count: number): [number, number] {
  const slots = slotsOf(f, column, count).map((s) => Math.max(0, Math.min(count - 1, s)))
  if (slots.length === 0) return [0, Math.max(0, count - 1)]
  // A loop, not Math.min(...slots): a big fragment has more slots than a call has arguments.
  return slots.reduce<[number, number]>(([low, high], s) => [Math.min(low, s), Math.max(high, s)], [Infinity, -Infinity])
}
