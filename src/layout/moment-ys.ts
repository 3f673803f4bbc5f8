// Where moments (model/moment.ts) fall down the page once rows have their anchors. A row's
// line is its anchor, or lower where a laned or delayed message on it runs lower; its end is
// below everything hanging from it: a self-message's return, a note, a `ref`, a frame's
// edge. Bars start at the top of a moment and end at its bottom.
import type { Item } from '../model/model.js'
import type { Moment } from '../model/moment.js'
import { LANDING, SELF_HEIGHT } from './constants.js'
import type { PlacementContext } from './context.js'
import { blockDepth } from './place-blocks.js'
import { forEachItem } from './walk.js'

export interface MomentYs {
  /** Where a bar starting at `t` starts (before its overhang). */
  top(t: Moment): number
  /** Where a bar ending at `t` ends (before its overhang). */
  bottom(t: Moment): number
}

export function momentYs(items: readonly Item[], ctx: PlacementContext): MomentYs {
  /** The lowest message line on each row, and the lowest of everything hanging from it. */
  const lowestLine = new Map<number, number>()
  const lowest = new Map<number, number>()
  const lower = (map: Map<number, number>, row: number, y: number): void => {
    map.set(row, Math.max(map.get(row) ?? -Infinity, y))
  }
  forEachItem(items, (item) => {
    switch (item.type) {
      case 'message': {
        const y = ctx.anchor(item.row) + ctx.laneOffset(item)
        lower(lowestLine, item.row, y)
        if (item.arrivalRow > item.row) lower(lowestLine, item.arrivalRow, ctx.anchor(item.arrivalRow) + ctx.drop(item))
        else if (item.route.kind === 'self') lower(lowest, item.row, y + SELF_HEIGHT)
        return
      }
      case 'note':
      case 'ref':
        lower(lowest, item.row, ctx.anchor(item.row) + blockDepth(item, ctx))
        return
      case 'fragment':
        // A frame's top edge and its `else` lines hang from their rows: a bar closed right
        // after one ends inside the frame, where it was closed.
        for (const b of item.branches) lower(lowest, b.row, ctx.anchor(b.row) + LANDING)
        return
      default:
        return
    }
  })
  const line = (row: number): number => Math.max(ctx.anchor(row), lowestLine.get(row) ?? -Infinity)
  const end = (row: number): number => Math.max(line(row), lowest.get(row) ?? -Infinity)
  return {
    top: (t) => (t.phase === 'line' ? ctx.anchor(t.row) : end(t.row)),
    bottom: (t) => (t.phase === 'line' ? line(t.row) : end(t.row)),
  }
}
