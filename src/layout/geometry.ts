// Small pure geometry helpers.
import { ARROW_HALF_WIDTH, ARROW_LENGTH } from './constants.js'
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

export function union(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined
  let x1 = Infinity
  let y1 = Infinity
  let x2 = -Infinity
  let y2 = -Infinity
  for (const r of rects) {
    x1 = Math.min(x1, r.x)
    y1 = Math.min(y1, r.y)
    x2 = Math.max(x2, r.x + r.width)
    y2 = Math.max(y2, r.y + r.height)
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 }
}

export function pad(r: Rect, dx: number, dy = dx): Rect {
  return { x: r.x - dx, y: r.y - dy, width: r.width + 2 * dx, height: r.height + 2 * dy }
}

export function boundsOfPoints(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}
