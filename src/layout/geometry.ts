// Small pure geometry helpers.
import { ARROW_HALF_WIDTH, ARROW_LENGTH, LOST_SHORTFALL } from './constants.js'
import type { Arrowhead, Point, Rect } from './types.js'

/** An arrowhead whose tip is at `tip`, pointing along the direction from `from` to `tip`. */
export function arrowhead(from: Point, tip: Point, filled: boolean): Arrowhead {
  const dx = tip.x - from.x
  const dy = tip.y - from.y
  const length = Math.hypot(dx, dy) || 1
  const ux = dx / length
  const uy = dy / length
  const back = { x: tip.x - ux * ARROW_LENGTH, y: tip.y - uy * ARROW_LENGTH }
  return {
    points: [
      { x: back.x - uy * ARROW_HALF_WIDTH, y: back.y + ux * ARROW_HALF_WIDTH },
      tip,
      { x: back.x + uy * ARROW_HALF_WIDTH, y: back.y - ux * ARROW_HALF_WIDTH },
    ],
    filled,
  }
}

/** The running bounds of boxes added by their corners (or whole), without gathering them first. */
export class Extent {
  private x1 = Infinity
  private y1 = Infinity
  private x2 = -Infinity
  private y2 = -Infinity

  add(x1: number, y1: number, x2: number, y2: number): void {
    this.x1 = Math.min(this.x1, x1)
    this.y1 = Math.min(this.y1, y1)
    this.x2 = Math.max(this.x2, x2)
    this.y2 = Math.max(this.y2, y2)
  }

  addRect(r: Rect): void {
    this.add(r.x, r.y, r.x + r.width, r.y + r.height)
  }

  /** The bounds so far; undefined when nothing was added. */
  rect(): Rect | undefined {
    if (this.x1 > this.x2) return undefined
    return { x: this.x1, y: this.y1, width: this.x2 - this.x1, height: this.y2 - this.y1 }
  }
}

export function union(rects: readonly Rect[]): Rect | undefined {
  const extent = new Extent()
  for (const r of rects) extent.addRect(r)
  return extent.rect()
}

export function pad(r: Rect, dx: number, dy = dx): Rect {
  return { x: r.x - dx, y: r.y - dy, width: r.width + 2 * dx, height: r.height + 2 * dy }
}

export function boundsOfPoints(points: readonly Point[]): Rect {
  const extent = new Extent()
  for (const p of points) extent.add(p.x, p.y, p.x, p.y)
  return extent.rect() ?? { x: 0, y: 0, width: 0, height: 0 }
}

/** The share of its length a lost message's line is drawn, over `dx` px: it stops LOST_SHORTFALL short. */
export function lostShare(dx: number): number {
  return Math.max(0.35, 1 - LOST_SHORTFALL / Math.max(1, Math.abs(dx)))
}

/**
 * The smallest rect of whole pixels around `r`: a canvas of fractional size leaves its last
 * row and column of pixels half transparent (a hairline on a dark page).
 */
export function wholePixels(r: Rect): Rect {
  const x = Math.floor(r.x)
  const y = Math.floor(r.y)
  return { x, y, width: Math.ceil(r.x + r.width) - x, height: Math.ceil(r.y + r.height) - y }
}
