// The room participant boxes need between columns: a box holds its participants' heads and
// its label, and no other participant's head, however wide the label.
//
//      +--- Payment provider (PCI scope) ---+
//   api  |            Stripe              |  bank      the columns beside the box move out
//      +------------------------------------+          so its sides clear their heads
//
// A box reaches BOX_PAD beyond its outer heads, or half its label's width (and padding) from
// the centre of a box of one participant. Beside a box's side, a head keeps COLUMN_GAP less
// the box's padding, as two heads keep COLUMN_GAP: an unwidened box moves nothing.
import type { Box } from '../model/model.js'
import type { Spacing } from './columns.js'
import { BOX_PAD, COLUMN_GAP } from './constants.js'
import type { HeadSize } from './heads.js'
import type { Labels } from './labels.js'

export interface BoxInput {
  readonly boxes: readonly Box[]
  readonly labels: Labels
  readonly heads: readonly HeadSize[]
  readonly column: ReadonlyMap<string, number>
}

export function boxSpacings({ boxes, labels, heads, column }: BoxInput): Spacing[] {
  const n = heads.length
  const half = (c: number): number => (heads[c]?.width ?? 0) / 2
  // How far each column's head, or the box it is the side of, reaches left and right of its lifeline.
  const reachLeft = heads.map((_, c) => half(c))
  const reachRight = [...reachLeft]
  const boxSide = new Set<number>() // -(c + 1) for a left side at column c, c + 1 for a right side
  const out: Spacing[] = []
  for (const box of boxes) {
    const cols = box.participants.flatMap((id) => column.get(id) ?? [])
    if (cols.length === 0) continue
    const [first, last] = [Math.min(...cols), Math.max(...cols)]
    const label = box.label ? labels.small(box.label).width + 2 * BOX_PAD : 0
    if (first < last) out.push({ from: first, to: last, distance: label - half(first) - half(last) - 2 * BOX_PAD })
    const single = first === last ? Math.max(0, label / 2 - half(first) - BOX_PAD) : 0
    reachLeft[first] = half(first) + BOX_PAD + single
    reachRight[last] = half(last) + BOX_PAD + single
    boxSide.add(-(first + 1)).add(last + 1)
  }
  if (boxSide.size === 0) return out
  for (let c = -1; c < n; c++) {
    const sides = (boxSide.has(c + 1) ? 1 : 0) + (boxSide.has(-(c + 2)) ? 1 : 0)
    if (sides === 0) continue
    // The diagram's edges need no gap: the canvas margin lies beyond them.
    const gap = c < 0 || c + 1 >= n ? 0 : COLUMN_GAP - sides * BOX_PAD
    out.push({ from: c, to: c + 1, distance: (reachRight[c] ?? 0) + gap + (reachLeft[c + 1] ?? 0) })
  }
  return out
}
