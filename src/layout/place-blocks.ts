// Notes, reference frames, dividers, delays and fragment frames.
//
//   +-----+--------------------------+      a fragment: a tab with its kind, the first
//   | alt |  [label]                 |      branch's label beside it, dashed separators
//   +----/                           |      with their labels for `else` / `and`, and a
//   |  ...items...                   |      frame around every item inside, nested frames
//   |- - - - - - - - - - - - - - - - |      included
//   | [else label]                   |
//   +--------------------------------+
import type { Delay, Divider, Fragment, Item, Note, Ref } from '../model/model.js'
import { endOf } from '../model/moment.js'
import { BRANCH_GAP, FRAME_CLEARANCE, FRAME_PAD, LABEL_GAP, LANDING, LABEL_PAD, NOTE_GAP, NOTE_PAD_X, NOTE_PAD_Y, TAB_CUT, TAB_PAD_X, TAB_PAD_Y } from './constants.js'
import type { PlacementContext } from './context.js'
import { boundsOfPoints, Extent } from './geometry.js'
import { NOTE_OVERHANG } from './horizontal.js'
import { keepsLines } from './labels.js'
import { placeMessage } from './place-messages.js'
import { fragmentColumns } from './walk.js'
import { placeText, type MeasuredText } from './text.js'
import { styleField, type DelayLayout, type DividerLayout, type FragmentLayout, type FrameTab, type ItemLayout, type NoteLayout, type Rect, type TextBlock } from './types.js'

const EMPTY: MeasuredText = { lines: [''], styled: undefined, width: 0, height: 0, font: { size: 14, bold: false } }

/** Every item's layout, in order (a `destroy` has none of its own: its cross is the lifeline's). */
export function placeItems(items: readonly Item[], ctx: PlacementContext): ItemLayout[] {
  const out: ItemLayout[] = []
  for (const item of items) {
    const placed = placeItem(item, ctx)
    if (placed) out.push(placed)
  }
  return out
}

function placeItem(item: Item, ctx: PlacementContext): ItemLayout | undefined {
  switch (item.type) {
    case 'message': return placeMessage(item, ctx)
    case 'note': return placeNote(item, ctx)
    case 'ref': return placeRef(item, ctx)
    case 'divider': return placeDivider(item, ctx)
    case 'delay': return placeDelay(item, ctx)
    case 'fragment': return placeFragment(item, ctx)
    case 'destroy': return undefined
  }
}

/** Horizontal extent of a block over `targets`: centred on one, or spanning several. */
function span(targets: readonly string[], width: number, ctx: PlacementContext): [number, number] {
  const xs = targets.map((t) => ctx.x(t))
  const left = Math.min(...xs)
  const right = Math.max(...xs)
  const reach = targets.length > 1 && left !== right ? NOTE_OVERHANG : 0
  const inner = right - left + 2 * reach
  const w = Math.max(width, inner)
  const centre = (left + right) / 2
  return [centre - w / 2, centre + w / 2]
}

/** How far below its row's anchor a note or a `ref` reaches: it hangs from the line, LANDING below it. */
export function blockDepth(item: Note | Ref, ctx: PlacementContext): number {
  const text = ctx.labels.of(item) ?? EMPTY
  const keyword = item.type === 'ref' ? ctx.labels.small('ref').height : 0
  return LANDING + text.height + 2 * NOTE_PAD_Y + keyword
}

function placeNote(note: Note, ctx: PlacementContext): NoteLayout {
  const text = ctx.labels.of(note) ?? EMPTY
  const width = text.width + 2 * NOTE_PAD_X
  const height = blockDepth(note, ctx) - LANDING
  const target = note.targets[0] ?? ''
  let left: number
  // Beside the innermost bar under the line, where the note hangs.
  if (note.placement === 'right') left = ctx.x(target) + ctx.activations.reach(target, endOf(note.row), 1) + NOTE_GAP
  else if (note.placement === 'left') left = ctx.x(target) - ctx.activations.reach(target, endOf(note.row), -1) - NOTE_GAP - width
  else left = span(note.targets, width, ctx)[0]
  const right = note.placement === 'over' ? span(note.targets, width, ctx)[1] : left + width
  const rect = { x: left, y: ctx.anchor(note.row) + LANDING, width: right - left, height }
  const label = keepsLines(note) ? placeText(text, left + NOTE_PAD_X, rect.y + NOTE_PAD_Y, 'start') : placeText(text, left + (right - left) / 2, rect.y + NOTE_PAD_Y, 'middle')
  return { type: 'note', rect, label, ...styleField(note.style), line: note.line }
}

function tab(keyword: MeasuredText, x: number, y: number): FrameTab {
  const rect = { x, y, width: keyword.width + 2 * TAB_PAD_X + TAB_CUT, height: keyword.height + 2 * TAB_PAD_Y }
  return { rect, keyword: placeText(keyword, x + TAB_PAD_X, y + TAB_PAD_Y, 'start') }
}

function placeRef(ref: Ref, ctx: PlacementContext): FragmentLayout {
  const text = ctx.labels.of(ref) ?? EMPTY
  const keyword = ctx.labels.small('ref')
  const height = blockDepth(ref, ctx) - LANDING
  const [left, right] = span(ref.targets, Math.max(text.width + 2 * NOTE_PAD_X, keyword.width + 2 * TAB_PAD_X + TAB_CUT + LABEL_PAD), ctx)
  const rect = { x: left, y: ctx.anchor(ref.row) + LANDING, width: right - left, height }
  const label = placeText(text, (left + right) / 2, rect.y + keyword.height + NOTE_PAD_Y, 'middle')
  return { type: 'fragment', kind: 'ref', rect, tab: tab(keyword, left, rect.y), branches: [{ separatorY: undefined, label, items: [] }], line: ref.line }
}

function placeDivider(d: Divider, ctx: PlacementContext): DividerLayout {
  const y = ctx.anchor(d.row)
  const text = ctx.labels.of(d)
  const label = text && placeText(text, (ctx.leftEdge + ctx.rightEdge) / 2, y - text.height / 2, 'middle')
  return { type: 'divider', y, x1: ctx.leftEdge, x2: ctx.rightEdge, label, line: d.line }
}

function placeDelay(d: Delay, ctx: PlacementContext): DelayLayout {
  const text = ctx.labels.of(d)
  const y = ctx.anchor(d.row)
  return { type: 'delay', label: text && placeText(text, (ctx.leftEdge + ctx.rightEdge) / 2, y - text.height / 2, 'middle'), line: d.line }
}

export function itemBounds(item: ItemLayout): Rect | undefined {
  switch (item.type) {
    case 'message': {
      const extent = new Extent()
      for (const path of item.paths) extent.addRect(boundsOfPoints(path))
      for (const head of item.arrowheads) extent.addRect(boundsOfPoints(head.points))
      if (item.label) extent.addRect(item.label.box)
      return extent.rect()
    }
    case 'note':
    case 'fragment':
      return item.rect
    case 'divider':
    case 'delay':
      return item.label?.box
  }
}

/** The frame encloses its items and the lifelines (with their bars) of every column they touch. */
function frameContent(branchItems: readonly ItemLayout[][], columns: readonly [number, number], top: number, ctx: PlacementContext): Rect | undefined {
  const extent = new Extent()
  for (const items of branchItems) {
    for (const i of items) {
      const bounds = itemBounds(i)
      if (bounds) extent.addRect(bounds)
    }
  }
  for (const c of columns) {
    const id = ctx.participantIds[c]
    if (id === undefined) continue
    const reach = ctx.activations.maxRightEdge(id)
    extent.addRect({ x: ctx.x(id) - reach, y: top, width: 2 * reach, height: 0 })
  }
  return extent.rect()
}

function placeFragment(f: Fragment, ctx: PlacementContext): FragmentLayout {
  const keyword = ctx.labels.small(f.kind)
  const top = ctx.anchor(f.row) + LANDING
  const bottom = ctx.anchor(f.endRow)
  const branchItems = f.branches.map((b) => placeItems(b.items, ctx))
  const [firstColumn, lastColumn] = fragmentColumns(f, ctx.columnOf, ctx.participantIds.length)
  const content = frameContent(branchItems, [firstColumn, lastColumn], top, ctx)
  // A highlight is a band with no tab: its label starts at its left edge.
  const tabWidth = f.kind === 'highlight' ? 0 : tab(keyword, 0, top).rect.width
  const labelWidths = f.branches.map((b, i) => (ctx.labels.of(b)?.width ?? 0) + (i === 0 ? tabWidth : 0) + 2 * LABEL_PAD)
  let left = content ? content.x - FRAME_PAD : ctx.leftEdge
  let right = content ? content.x + content.width + FRAME_PAD : ctx.rightEdge
  right = Math.max(right, left + Math.max(...labelWidths))
  if (!content) [left, right] = [Math.min(left, ctx.leftEdge), Math.max(right, ctx.rightEdge)]
  ;[left, right] = clearOfLifelines(left, right, ctx)
  const rect = { x: left, y: top, width: right - left, height: bottom - top }
  const frameTab = tab(keyword, left, top)
  // Branch labels start clear of the first lifeline and its bars, where the frame allows.
  const firstId = ctx.participantIds[firstColumn]
  const clear = firstId === undefined ? left : ctx.x(firstId) + ctx.activations.maxRightEdge(firstId) + LABEL_GAP
  const branches = f.branches.map((b, i) => {
    const text = ctx.labels.of(b)
    const x = i === 0 ? left + tabWidth + LABEL_PAD : Math.max(left + LABEL_PAD, Math.min(clear, right - LABEL_PAD - (text?.width ?? 0)))
    const label = text && (i === 0 ? headerLabel(text, x, f.kind === 'highlight' ? undefined : frameTab, top) : placeText(text, x, ctx.anchor(b.row) + LANDING + BRANCH_GAP, 'start'))
    return { separatorY: i === 0 ? undefined : ctx.anchor(b.row) + LANDING, label, items: branchItems[i] ?? [] }
  })
  return { type: 'fragment', kind: f.kind, rect, tab: frameTab, branches, ...styleField(f.style), line: f.line }
}

/** The first branch's label, on the baseline of the tab's keyword beside it (a band has no tab). */
function headerLabel(text: MeasuredText, x: number, beside: FrameTab | undefined, top: number): TextBlock {
  if (!beside) return placeText(text, x, top + TAB_PAD_Y, 'start')
  // Placed once at 0 to learn how far below its top its first baseline falls.
  const baseline = placeText(text, x, 0, 'start').y
  return placeText(text, x, beside.keyword.y - baseline, 'start')
}

/**
 * A frame's sides moved outward past every lifeline (and its bars) they would run within
 * FRAME_CLEARANCE of, to FRAME_PAD beyond it, so a side and a lifeline never read as one
 * double line.
 */
function clearOfLifelines(left: number, right: number, ctx: PlacementContext): [number, number] {
  for (const id of ctx.participantIds) {
    const x = ctx.x(id)
    const bars = ctx.activations.maxRightEdge(id)
    if (Math.abs(left - x) < bars + FRAME_CLEARANCE) left = x - bars - FRAME_PAD
    if (Math.abs(right - x) < bars + FRAME_CLEARANCE) right = x + bars + FRAME_PAD
  }
  return [left, right]
}

