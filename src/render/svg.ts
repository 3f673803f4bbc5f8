// DiagramLayout → SVG text, with svg.js on a DOM the caller supplies (surface.ts: svgdom under
// Node, the page's DOM in a browser): a fresh root per call (no state carried between
// diagrams), the drawing built under it through the standard DOM (painter.ts) and serialised
// from that tree (serialize.ts). Reads only the layout; every id carries the diagram's prefix.
import { SVG, registerWindow } from '@svgdotjs/svg.js'
import type { SvgNode } from 'svgdom'
import { DESTROY_SIZE } from '../layout/constants.js'
import type { DiagramLayout, ParticipantLayout } from '../layout/types.js'
import { drawHead } from './draw-heads.js'
import { drawHighlightBand, drawItem, forEachHighlight } from './draw-items.js'
import { linked } from './links.js'
import { inlineStyle, num, Painter, xmlSafe, type Ground } from './painter.js'
import { SvgStream } from './serialize.js'
import type { SurfaceFactory } from './surface.js'
import { DARK, darkStylesheet, LIGHT } from './theme.js'

export interface RenderOptions {
  /** Prefix of every id in the output (see ids.ts). */
  readonly idPrefix: string
  /** The DOM to draw on. */
  readonly surface: SurfaceFactory
}

/** The font stack: the text is measured to fit the widest of these (see font-metrics.ts). */
export const FONT_FAMILY = "'Open Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif"

/** A fresh surface's root <svg>, adopted by svg.js (which gives it its namespace attributes). */
function freshRoot(surface: SurfaceFactory): SvgNode {
  const { window, root } = surface()
  // svgdom's window stands in for a browser Window; its types do not claim to be one.
  registerWindow(window as never, window.document as never)
  return SVG(root).node as unknown as SvgNode
}

export function renderSvg(layout: DiagramLayout, options: RenderOptions): string {
  const root = freshRoot(options.surface)
  const paint = new Painter(layout.theme === 'dark' ? DARK : LIGHT, grounds(layout))
  const id = options.idPrefix
  const vb = layout.viewBox
  for (const [k, v] of Object.entries({
    id,
    class: 'lifeline',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    width: num(vb.width),
    height: num(vb.height),
    viewBox: `${num(vb.x)} ${num(vb.y)} ${num(vb.width)} ${num(vb.height)}`,
    'font-family': FONT_FAMILY,
    'font-size': num(paint.inherited.fontSize),
    'text-anchor': paint.inherited.anchor,
    fill: paint.inherited.fill,
  })) {
    root.setAttribute(k, v)
  }
  // Each part is written out and let go once drawn (serialize.ts); not svg.js's svg(), which
  // first wraps every element of a tree in an svg.js object only to find no svg.js data to write.
  const stream = new SvgStream(root)
  paint.el(root, 'title', { id: `${id}-title` }).textContent = xmlSafe(layout.titleText)
  paint.el(root, 'desc', { id: `${id}-desc` }).textContent = xmlSafe(layout.description)
  if (layout.theme === 'auto') paint.el(root, 'style').textContent = darkStylesheet(id)
  paint.painted(root, 'rect', 'background', { x: vb.x, y: vb.y, width: vb.width, height: vb.height })
  if (layout.title) paint.text(root, layout.title, 'text title')
  for (const box of layout.boxes) {
    const g = paint.group(root, { class: 'box', 'data-line': box.line })
    const style = inlineStyle({ fill: box.style?.fill, stroke: box.style?.stroke })
    paint.painted(g, 'rect', 'box-shape', { x: box.rect.x, y: box.rect.y, width: box.rect.width, height: box.rect.height, rx: 6, style })
    if (box.label) paint.text(g, box.label, 'muted')
  }
  // Highlight bands lie behind the lifelines and everything else, as the boxes do.
  forEachHighlight(layout.items, (band) => drawHighlightBand(band, root, paint))
  for (const p of layout.participants) {
    drawParticipant(p, root, paint)
    stream.flush()
  }
  for (const a of layout.activations) {
    const g = paint.group(root, { class: 'activation', 'data-participant': a.participant, 'data-line': a.line })
    paint.painted(g, 'rect', 'activation-bar', { x: a.rect.x, y: a.rect.y, width: a.rect.width, height: a.rect.height, 'stroke-width': 1.2 })
    stream.flush()
  }
  for (const item of layout.items) {
    drawItem(item, root, paint)
    stream.flush()
  }
  return stream.end()
}

function drawParticipant(p: ParticipantLayout, parent: SvgNode, paint: Painter): void {
  const g = paint.group(parent, { class: 'participant', 'data-id': p.id, 'data-line': p.line })
  const solid = p.lifeline.filter((s) => !s.dotted)
  const dotted = p.lifeline.filter((s) => s.dotted)
  const d = (segments: typeof solid): string => segments.map((s) => paint.path([{ x: p.x, y: s.y1 }, { x: p.x, y: s.y2 }])).join('')
  paint.painted(g, 'path', 'lifeline-line', { d: d(solid), 'stroke-width': 1.2 })
  if (dotted.length) paint.painted(g, 'path', 'lifeline-gap', { d: d(dotted), 'stroke-width': 1.2, 'stroke-dasharray': '2 4' })
  const heads = linked(g, p.link, paint)
  drawHead(p, p.head, heads, paint, '')
  if (p.foot) drawHead(p, p.foot, heads, paint, ' foot')
  if (p.destroyedAt) {
    const { x, y } = p.destroyedAt
    const s = DESTROY_SIZE
    paint.painted(g, 'path', 'destroy', { d: `M${num(x - s)} ${num(y - s)} L${num(x + s)} ${num(y + s)} M${num(x + s)} ${num(y - s)} L${num(x - s)} ${num(y + s)}`, 'stroke-width': 2 })
  }
}

/** The boxes and highlight bands under the items, outer first: label patches take their fill. */
function grounds(layout: DiagramLayout): Ground[] {
  const out: Ground[] = layout.boxes.map((b) => ({ rect: b.rect, cls: 'label-bg in-box', fill: b.style?.fill }))
  forEachHighlight(layout.items, (band) => out.push({ rect: band.rect, cls: 'label-bg in-highlight', fill: band.style?.fill }))
  return out
}
