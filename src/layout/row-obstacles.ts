// What lies in a row's band above its line, where labels go: other labels, arrowheads of
// delayed messages arriving there, and slanted lines passing through; and the free stretches
// between them.
import { LABEL_PAD } from './constants.js'

/** A horizontal extent: left and right x. */
export type Span = readonly [number, number]

export interface Obstacle {
  readonly span: Span
  /** Another label or an arrowhead, which a label may rise above; a passing line it may not. */
  readonly liftable: boolean
  readonly top: number
}

/** Room a label keeps from whatever it shares its row with. */
const CLEARANCE = LABEL_PAD / 2

export const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] + CLEARANCE && b[0] < a[1] + CLEARANCE

/**
 * The obstacles of one row, also kept ordered by left end: finding a free stretch walks them
 * once instead of filtering and sorting them all for every label, which made a row of many
 * `&` messages cost labels² × log(labels).
 */
export class RowObstacles {
  private readonly all: Obstacle[]
  private readonly byLeft: Span[]

  constructor(initial: readonly Obstacle[]) {
    this.all = [...initial]
    this.byLeft = initial.map((o) => o.span).sort((a, b) => a[0] - b[0])
  }

  add(o: Obstacle): void {
    this.all.push(o)
    // Insert in order, moving up the few spans that start further right.
    const list = this.byLeft
    let i = list.length
    for (; i > 0 && (list[i - 1]?.[0] ?? -Infinity) > o.span[0]; i--) list[i] = list[i - 1] as Span
    list[i] = o.span
  }

  blocks(span: Span): boolean {
    return this.all.some((o) => overlaps(span, o.span))
  }

  /** Whether a passing line (which no lift clears) runs through `span`. */
  crossedBy(span: Span): boolean {
    return this.all.some((o) => !o.liftable && overlaps(span, o.span))
  }

  /** How far a label over `span` must rise to clear the labels and arrowheads under it (tops are never negative). */
  liftOver(span: Span): number {
    let top = 0
    for (const o of this.all) if (o.liftable && overlaps(span, o.span)) top = Math.max(top, o.top)
    return top
  }

  /** The centre nearest `centre` where a label of `width` fits on `line` clear of every obstacle. */
  nearestFree(line: Span, width: number, centre: number): number | undefined {
    let best: number | undefined
    for (const [a, b] of this.freeStretches(line)) {
      if (b - a < width) continue
      const c = Math.min(Math.max(centre, a + width / 2), b - width / 2)
      if (best === undefined || Math.abs(c - centre) < Math.abs(best - centre)) best = c
    }
    return best
  }

  private freeStretches(line: Span): Span[] {
    const free: Span[] = []
    let cursor = line[0]
    for (const c of this.byLeft) {
      if (c[0] >= line[1]) break // ordered by left end: no later one reaches into the line
      if (c[1] <= line[0]) continue
      if (c[0] - CLEARANCE > cursor) free.push([cursor, c[0] - CLEARANCE])
      cursor = Math.max(cursor, c[1] + CLEARANCE)
    }
    if (line[1] > cursor) free.push([cursor, line[1]])
    return free
  }
}
