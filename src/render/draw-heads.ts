// Participant heads, one drawing per shape, inside the symbol rectangle the layout gave.
import type { SvgNode } from 'svgdom'
import type { HeadLayout, ParticipantLayout } from '../layout/types.js'
import { CYLINDER_CAP, COLLECTION_OFFSET } from '../layout/constants.js'
import { inlineStyle, num, type Painter } from './painter.js'

export function drawHead(p: ParticipantLayout, head: HeadLayout, parent: SvgNode, paint: Painter, extraClass: string): void {
  const g = paint.group(parent, { class: `head${extraClass}`, 'data-shape': p.shape })
  const shapeStyle = inlineStyle({ fill: p.style.fill, stroke: p.style.stroke })
  const s = head.symbol
  const cls = ['actor', 'boundary', 'control', 'entity'].includes(p.shape) ? 'head-icon' : 'head-shape'
  const shape = (tag: string, attrs: Record<string, string | number>) =>
    paint.painted(g, tag, cls, { ...attrs, 'stroke-width': 1.5, style: shapeStyle })
  const { x, y, width: w, height: h } = s
  const cx = x + w / 2
  switch (p.shape) {
    case 'participant':
      shape('rect', { x, y, width: w, height: h, rx: 4 })
      break
    case 'collections':
      shape('rect', { x: x + COLLECTION_OFFSET, y: y - COLLECTION_OFFSET, width: w, height: h, rx: 4 })
      shape('rect', { x, y, width: w, height: h, rx: 4 })
      break
    case 'database': {
      const c = CYLINDER_CAP
      const rx = num(w / 2)
      shape('path', { d: `M${num(x)} ${num(y + c)} L${num(x)} ${num(y + h - c)} A${rx} ${c} 0 0 0 ${num(x + w)} ${num(y + h - c)} L${num(x + w)} ${num(y + c)} A${rx} ${c} 0 0 0 ${num(x)} ${num(y + c)} Z` })
      shape('ellipse', { cx, cy: y + c, rx: w / 2, ry: c })
      break
    }
    case 'queue': {
      const c = CYLINDER_CAP
      const ry = num(h / 2)
      shape('path', { d: `M${num(x + c)} ${num(y)} L${num(x + w - c)} ${num(y)} A${c} ${ry} 0 0 1 ${num(x + w - c)} ${num(y + h)} L${num(x + c)} ${num(y + h)} A${c} ${ry} 0 0 1 ${num(x + c)} ${num(y)} Z` })
      shape('ellipse', { cx: x + w - c, cy: y + h / 2, rx: c, ry: h / 2 })
      break
    }
    case 'actor': {
      // A stick figure in proportion to its symbol: head, body to the hips, arms, legs.
      const r = 0.17 * h
      const neck = y + 0.5 + 2 * r
      const hip = y + 0.66 * h
      const arms = neck + 0.4 * (hip - neck)
      const [arm, leg] = [0.42 * w, 0.36 * w]
      shape('circle', { cx, cy: y + 0.5 + r, r })
      shape('path', { d: `M${num(cx)} ${num(neck)} L${num(cx)} ${num(hip)} M${num(cx - arm)} ${num(arms)} L${num(cx + arm)} ${num(arms)} M${num(cx - leg)} ${num(y + h - 1)} L${num(cx)} ${num(hip)} L${num(cx + leg)} ${num(y + h - 1)}` })
      break
    }
    case 'boundary': {
      const r = 12
      const ccx = x + w - r - 2
      shape('path', { d: `M${num(x + 2)} ${num(y + h / 2 - 10)} L${num(x + 2)} ${num(y + h / 2 + 10)} M${num(x + 2)} ${num(y + h / 2)} L${num(ccx - r)} ${num(y + h / 2)}` })
      shape('circle', { cx: ccx, cy: y + h / 2, r })
      break
    }
    case 'control': {
      const r = 13
      const cy = y + h / 2 + 2
      shape('circle', { cx, cy, r })
      shape('path', { d: `M${num(cx + 5)} ${num(cy - r - 5)} L${num(cx - 1)} ${num(cy - r)} L${num(cx + 5)} ${num(cy - r + 5)}` })
      break
    }
    case 'entity': {
      const r = 13
      const cy = y + r + 2
      shape('circle', { cx, cy, r })
      shape('path', { d: `M${num(cx - r)} ${num(cy + r + 3)} L${num(cx + r)} ${num(cy + r + 3)}` })
      break
    }
  }
  paint.text(g, head.label, 'text', inlineStyle({ fill: p.style.fontColor }))
}
