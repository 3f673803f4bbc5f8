// The room participant boxes need between columns: a box holds its participants' heads and
// its label, and no other participant's head, however wide the label.
//
//      +--- Payment provider (PCI scope) ---+
//   api  |            Stripe              |  bank      the columns beside the box move out
//      +------------------------------------+          so its sides clear their heads
//
// A box reaches BOX_PAD beyond its outer heads, or half its label's width (and padding) from
// the centre of a box of one participant. Beside a box's side, a head keeps COLUMN_GAP less
// the box's padding, as two heads keep COLUMN_GAP: an unwidened box moves nothing. A box's
// side keeps that gap from a diagram edge too where messages enter or leave through it, so
// they start and end outside the box, not on its side.
import type { SequenceModel } from '../model/model.js'
import type { Spacing } from './columns.js'
import { BOX_PAD, COLUMN_GAP } from './constants.js'
import type { HeadSize } from './heads.js'
import type { Labels } from './labels.js'
import { forEachItem } from './walk.js'

export interface BoxInput {
  readonly model: SequenceModel
  readonly labels: Labels
  readonly heads: readonly HeadSize[]
  readonly column: ReadonlyMap<string, number>
}

export function boxSpacings({ model, labels, heads, column }: BoxInput): Spacing[] {
  const boxes = model.boxes
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
  const [left, right] = edgesCrossed(model)
  for (let c = -1; c < n; c++) {
    const sides = (boxSide.has(c + 1) ? 1 : 0) + (boxSide.has(-(c + 2)) ? 1 : 0)
    if (sides === 0) continue
    const edge = c < 0 ? left : c + 1 >= n ? right : undefined
    // An edge no message crosses needs no gap: the canvas margin lies beyond it.
    const gap = edge === undefined ? COLUMN_GAP - sides * BOX_PAD : edge ? COLUMN_GAP - BOX_PAD : 0
    out.push({ from: c, to: c + 1, distance: (reachRight[c] ?? 0) + gap + (reachLeft[c + 1] ?? 0) })
  }
  return out
}

/** Whether found or outgoing messages cross the diagram's left and right edges. */
function edgesCrossed(model: SequenceModel): [boolean, boolean] {
  const crossed: [boolean, boolean] = [false, false]
  forEachItem(model.items, (item) => {
    if (item.type === 'message' && (item.route.kind === 'found' || item.route.kind === 'outgoing')) crossed[item.route.side === 'left' ? 0 : 1] = true
  })
  return crossed
}
