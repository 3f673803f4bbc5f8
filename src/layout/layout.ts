// SequenceModel → DiagramLayout: pure geometry from measured text. Three passes:
//   1. horizontal: every label, note and frame asks for room between columns (horizontal.ts),
//      and the column solver spaces the columns (columns.ts);
//   2. vertical: every row gets room above and below its anchor line (vertical.ts);
//   3. placement: heads, lifelines, bars and items get coordinates (place-*.ts).
import type { SequenceModel } from '../model/model.js'
import { ActivationIndex } from './activations.js'
import { solveColumns } from './columns.js'
import { BOX_PAD, END_GAP, HEAD_GAP, MARGIN, TITLE_GAP } from './constants.js'
import type { PlacementContext } from './context.js'
import { describe, titleText } from './describe.js'
import { Extent, pad, union, wholePixels } from './geometry.js'
import { headSize, type HeadSize } from './heads.js'
import { horizontalSpacings } from './horizontal.js'
import { Labels } from './labels.js'
import type { TextMeasurer } from './measure.js'
import { itemBounds, placeItems } from './place-blocks.js'
import { delayCentres, placeActivations, placeBox, placeParticipant } from './place-participants.js'
import { anchorOf, verticalPass } from './vertical.js'
import { wrapByRoom } from './wrap-by-room.js'
import { placeText } from './text.js'
import type { DiagramLayout, ParticipantLayout, Rect } from './types.js'

/** Diagrams taller than this (heads to last row) repeat their heads at the bottom. */
const FEET_THRESHOLD = 560

export function layoutDiagram(model: SequenceModel, measurer: TextMeasurer): DiagramLayout {
  const labels = new Labels(measurer, model)
  const column = new Map(model.participants.map((p, i) => [p.id, i]))
  const sizes = model.participants.map((p) => headSize(p.shape, labels.participant(p)))
  const sizeById = new Map(model.participants.map((p, i) => [p.id, sizes[i] as HeadSize]))
  const activations = new ActivationIndex(model.activations)

  // 1. Columns.
  const columns = solveColumns(sizes.length, horizontalSpacings({ model, labels, heads: sizes, column, activations }))
  const x = (id: string): number => columns.x[column.get(id) ?? 0] ?? 0
  wrapByRoom({ model, x, edges: [0, columns.right], columns: columns.x, column, activations }, labels)

  // 2. Rows, below the title, the box labels and the heads.
  const title = labels.title(model)
  const boxLabel = model.boxes.some((b) => b.label) ? labels.small('Box').height + BOX_PAD : model.boxes.length > 0 ? BOX_PAD : 0
  const headsTop = (title ? title.height + TITLE_GAP : 0) + boxLabel
  const topHeads = model.participants.filter((p) => p.createdAt === undefined).map((p) => sizeById.get(p.id)?.height ?? 0)
  const headsBottom = headsTop + Math.max(0, ...topHeads)
  const vertical = verticalPass({ model, labels, heads: sizeById, x, edges: [0, columns.right] }, headsBottom + HEAD_GAP)
  const rows = vertical.rows
  const bottom = rows.bottom + END_GAP
  const footbox = model.settings.footbox
  const feet = model.participants.length > 0 && (footbox === 'auto' ? bottom - headsBottom > FEET_THRESHOLD : footbox)

  // 3. Placement.
  const placed = new Map<string, ParticipantLayout>()
  const ctx: PlacementContext = {
    x,
    leftEdge: 0,
    rightEdge: columns.right,
    anchor: (row) => anchorOf(rows, row, headsBottom),
    activations,
    labels,
    lift: (m) => vertical.lift.get(m) ?? 0,
    shift: (m) => vertical.shift.get(m) ?? 0,
    laneOffset: vertical.laneOffset,
    drop: vertical.drop,
    participantIds: model.participants.map((p) => p.id),
    columnOf: column,
    boxSides: [],
    createdHead: (id, row) => {
      const p = placed.get(id)
      return p && model.participants[column.get(id) ?? -1]?.createdAt === row ? p.head.bounds : undefined
    },
  }
  const delays = delayCentres(model.items, ctx)
  for (const p of model.participants) {
    placed.set(p.id, placeParticipant(p, sizeById.get(p.id) as HeadSize, labels, ctx, { headsBottom, bottom, feet }, delays))
  }
  const participants = [...placed.values()]
  const boxBottom = Math.max(bottom, ...participants.map((p) => (p.foot ? p.foot.bounds.y + p.foot.bounds.height : 0))) + BOX_PAD
  const boxes = model.boxes.flatMap((b) => placeBox(b, placed, labels, title ? title.height + TITLE_GAP : 0, boxBottom) ?? [])
  const items = placeItems(model.items, { ...ctx, boxSides: boxes.flatMap((b) => [b.rect.x, b.rect.x + b.rect.width]) })
  const activationRects = placeActivations(model, ctx)

  const frame = { x: 0, y: headsTop, width: columns.right, height: bottom - headsTop }
  const content = drawnBounds(frame, { participants, items, boxes, activations: activationRects })
  const titleBlock = title && placeText(title, content.x + content.width / 2, 0, 'middle')
  const all = union([content, ...(titleBlock ? [titleBlock.box] : [])]) as Rect
  return {
    viewBox: wholePixels(pad(all, MARGIN)),
    theme: model.settings.theme,
    title: titleBlock,
    boxes,
    participants,
    activations: activationRects,
    items,
    description: describe(model),
    titleText: titleText(model),
  }
}

/** Everything drawn below the title: the frame of columns and rows, and whatever reaches past it. */
function drawnBounds(frame: Rect, parts: Pick<DiagramLayout, 'participants' | 'items' | 'boxes' | 'activations'>): Rect {
  // One running extent instead of a spread of every rect: the huge diagram has tens of thousands.
  const extent = new Extent()
  extent.addRect(frame)
  for (const p of parts.participants) {
    extent.addRect(p.head.bounds)
    if (p.foot) extent.addRect(p.foot.bounds)
  }
  for (const item of parts.items) {
    const bounds = itemBounds(item)
    if (bounds) extent.addRect(bounds)
  }
  for (const b of parts.boxes) extent.addRect(b.rect)
  for (const a of parts.activations) extent.addRect(a.rect)
  return extent.rect() ?? frame
}
