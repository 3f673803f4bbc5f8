// Ids on a page with many diagrams. Each diagram's ids carry a prefix derived from its source
// (render/ids.ts), so different diagrams never collide; the same diagram shown twice on one
// page would, so its repeats are numbered in page order: -2, -3, ... Deterministic: the same
// page gives the same ids on every build.
import { idPrefix } from '../render/ids.js'

export class PageIds {
  private readonly seen = new Map<string, number>()

  /** The id prefix for the next diagram of this page with `source`. */
  next(source: string): string {
    const base = idPrefix(source)
    const count = (this.seen.get(base) ?? 0) + 1
    this.seen.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  }
}
