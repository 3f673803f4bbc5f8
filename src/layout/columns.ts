// Column positions from minimum-distance constraints.
//
//   left edge   col 0      col 1      ...    col n-1    right edge
//   |<--gap 0-->|<--gap 1-->|                 |<--gap n-->|
//
// Slots are numbered -1 (the left edge) to n (the right edge); a constraint asks that slot
// `to` lie at least `distance` to the right of slot `from`. Constraints are met narrowest span
// first, and a shortfall is shared equally by the gaps it spans, so wide labels spread out
// instead of pushing one column away. Cost: O(constraints × span).

export interface Spacing {
  readonly from: number
  readonly to: number
  readonly distance: number
}

export interface Columns {
  /** Centre x of each column, relative to the left edge at 0. */
  readonly x: readonly number[]
  /** X of the right edge. */
  readonly right: number
}

export function solveColumns(count: number, spacings: readonly Spacing[]): Columns {
  const gaps = new Array<number>(count + 1).fill(0)
  const ordered = spacings
    .filter((s) => s.to > s.from && s.distance > 0)
    .sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from)
  for (const s of ordered) {
    // Gap k lies between slot k-1 and slot k.
    const first = s.from + 1
    const last = s.to
    let current = 0
    for (let k = first; k <= last; k++) current += gaps[k] ?? 0
    const shortfall = s.distance - current
    if (shortfall <= 0) continue
    const share = shortfall / (last - first + 1)
    for (let k = first; k <= last; k++) gaps[k] = (gaps[k] ?? 0) + share
  }
  const x: number[] = []
  let at = 0
  for (let k = 0; k < count; k++) {
    at += gaps[k] ?? 0
    x.push(at)
  }
  return { x, right: at + (gaps[count] ?? 0) }
}
