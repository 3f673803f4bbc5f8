// Timeline items: messages, notes, fragments and reference frames, dividers and delays, each
// a group carrying the hooks OUTPUT.md promises (class, data-from/-to, data-line).
import type { SvgNode } from 'svgdom'
import { LOST_RADIUS, NOTE_FOLD, TAB_CUT } from '../layout/constants.js'
import { pad } from '../layout/geometry.js'
import type { DelayLayout, DividerLayout, FragmentLayout, ItemLayout, MessageLayout, NoteLayout, TextBlock } from '../layout/types.js'
import { linked } from './links.js'
import { inlineStyle, num, type Painter } from './painter.js'

/** Dash pattern of reply lines. */
const REPLY_DASH = '6 4'
const MESSAGE_LINE_WIDTH = 1.5

export function drawItem(item: ItemLayout, parent: SvgNode, paint: Painter): void {
  switch (item.type) {
    case 'message': return drawMessage(item, parent, paint)
    case 'note': return drawNote(item, parent, paint)
    case 'fragment': return drawFragment(item, parent, paint)
    case 'divider': return drawDivider(item, parent, paint)
    case 'delay': return drawDelay(item, parent, paint)
  }
}

/** A label over a background patch, so lines passing behind it do not strike through it. */
function labelWithBackground(parent: SvgNode, label: TextBlock, paint: Painter, style?: string, cls = 'text'): void {
  const bg = pad(label.box, 2, 0)
  paint.painted(parent, 'rect', 'label-bg', { x: bg.x, y: bg.y, width: bg.width, height: bg.height, rx: 2 })
  paint.text(parent, label, cls, style)
}

function drawMessage(m: MessageLayout, parent: SvgNode, paint: Painter): void {
  // The line width is the group's, inherited by its line and arrowheads (its label has no stroke).
  const g = paint.group(parent, {
    class: ['message', m.kind, ...m.flags].join(' '),
    'data-from': m.from,
    'data-to': m.to,
    'data-line': m.line,
    'stroke-width': MESSAGE_LINE_WIDTH,
  })
  const stroke = m.style.stroke
  const dash = m.style.strokeDash ?? (m.kind === 'reply' ? REPLY_DASH : undefined)
  for (const path of m.paths) {
    paint.painted(g, 'path', 'message-line', {
      d: paint.path(path),
      'stroke-dasharray': dash,
      style: inlineStyle({ stroke }),
    })
  }
  for (const head of m.arrowheads) {
    const cls = head.filled ? 'arrowhead filled' : 'arrowhead open'
    paint.painted(g, 'path', cls, {
      d: paint.path(head.points, head.filled),
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
      style: inlineStyle({ stroke, fill: head.filled ? stroke : undefined }),
    })
  }
  if (m.lostAt) paint.painted(g, 'circle', 'lost-end', { cx: m.lostAt.x, cy: m.lostAt.y, r: LOST_RADIUS, style: inlineStyle({ fill: stroke }) })
  if (m.label) labelWithBackground(linked(g, m.link, paint), m.label, paint, inlineStyle({ fill: m.style.fontColor }))
}

function drawNote(n: NoteLayout, parent: SvgNode, paint: Painter): void {
  const g = paint.group(parent, { class: 'note', 'data-line': n.line })
  const { x, y, width: w, height: h } = n.rect
  const f = NOTE_FOLD
  paint.painted(g, 'path', 'note-shape', {
    d: `M${num(x)} ${num(y)} L${num(x + w - f)} ${num(y)} L${num(x + w)} ${num(y + f)} L${num(x + w)} ${num(y + h)} L${num(x)} ${num(y + h)} Z M${num(x + w - f)} ${num(y)} L${num(x + w - f)} ${num(y + f)} L${num(x + w)} ${num(y + f)}`,
    'stroke-width': 1,
    style: inlineStyle({ fill: n.style?.fill, stroke: n.style?.stroke }),
  })
  paint.text(g, n.label, 'text')
}

/** Calls `visit` on every highlight band, outer ones first, in source order. */
export function forEachHighlight(items: readonly ItemLayout[], visit: (band: FragmentLayout) => void): void {
  for (const item of items) {
    if (item.type !== 'fragment') continue
    if (item.kind === 'highlight') visit(item)
    for (const b of item.branches) forEachHighlight(b.items, visit)
  }
}

/** A highlight's band, drawn before the lifelines so that it lies behind everything. */
export function drawHighlightBand(band: FragmentLayout, parent: SvgNode, paint: Painter): void {
  const g = paint.group(parent, { class: 'highlight', 'data-line': band.line })
  const { x, y, width, height } = band.rect
  paint.painted(g, 'rect', 'highlight-band', { x, y, width, height, rx: 4, style: inlineStyle({ fill: band.style?.fill, stroke: band.style?.stroke }) })
}

function drawFragment(f: FragmentLayout, parent: SvgNode, paint: Painter): void {
  if (f.kind === 'highlight') {
    // The band is drawn already (drawHighlightBand); here its label and statements, in source order.
    for (const b of f.branches) {
      if (b.label) labelWithBackground(parent, b.label, paint, undefined, 'muted')
      for (const item of b.items) drawItem(item, parent, paint)
    }
    return
  }
  const g = paint.group(parent, { class: `fragment ${f.kind}`, 'data-line': f.line })
  const { x, y, width, height } = f.rect
  paint.painted(g, 'rect', 'frame-line', { x, y, width, height, 'stroke-width': 1.2 })
  const t = f.tab.rect
  paint.painted(g, 'path', 'frame-tab', {
    d: `M${num(t.x)} ${num(t.y)} L${num(t.x + t.width)} ${num(t.y)} L${num(t.x + t.width)} ${num(t.y + t.height - TAB_CUT)} L${num(t.x + t.width - TAB_CUT)} ${num(t.y + t.height)} L${num(t.x)} ${num(t.y + t.height)} Z`,
    'stroke-width': 1.2,
  })
  paint.text(g, f.tab.keyword, 'text')
  for (const b of f.branches) {
    if (b.separatorY !== undefined) {
      paint.painted(g, 'path', 'frame-line', { d: `M${num(x)} ${num(b.separatorY)} L${num(x + width)} ${num(b.separatorY)}`, 'stroke-dasharray': '5 4' })
    }
    if (b.label && f.kind === 'ref') paint.text(g, b.label, 'text')
    else if (b.label) labelWithBackground(g, b.label, paint, undefined, 'muted')
    for (const item of b.items) drawItem(item, g, paint)
  }
}

function drawDivider(d: DividerLayout, parent: SvgNode, paint: Painter): void {
  const g = paint.group(parent, { class: 'divider', 'data-line': d.line })
  paint.painted(g, 'path', 'divider-line', {
    d: `M${num(d.x1)} ${num(d.y - 2)} L${num(d.x2)} ${num(d.y - 2)} M${num(d.x1)} ${num(d.y + 2)} L${num(d.x2)} ${num(d.y + 2)}`,
  })
  if (d.label) {
    const bg = pad(d.label.box, 8, 2)
    paint.painted(g, 'rect', 'frame-tab', { x: bg.x, y: bg.y, width: bg.width, height: bg.height, rx: 3 })
    paint.text(g, d.label, 'text')
  }
}

function drawDelay(d: DelayLayout, parent: SvgNode, paint: Painter): void {
  const g = paint.group(parent, { class: 'delay', 'data-line': d.line })
  if (d.label) labelWithBackground(g, d.label, paint)
}
