// Links and tooltips (the `link:` and `tooltip:` attributes): a `<title>` child makes the
// tooltip, an `<a>` makes the link. The model accepted only http:, https:, mailto: and relative
// targets (src/model/values.ts parseLink), so nothing here can run script; the href is an
// attribute value and the tooltip text content, both escaped by the serializer like every label.
import type { SvgNode } from 'svgdom'
import type { ParticipantLayout } from '../layout/types.js'
import { xmlSafe, type Painter } from './painter.js'

/**
 * Adds `link`'s tooltip to `parent` and returns where the linked content goes: an `<a>` in
 * `parent` when there is a target, else `parent` itself.
 */
export function linked(parent: SvgNode, link: ParticipantLayout['link'], paint: Painter): SvgNode {
  if (!link) return parent
  if (link.tooltip !== undefined) paint.el(parent, 'title').textContent = xmlSafe(link.tooltip)
  if (link.href === undefined) return parent
  // `href` for SVG 2 viewers, `xlink:href` for SVG 1.1 ones (the root declares the xlink namespace).
  return paint.el(parent, 'a', { href: link.href, 'xlink:href': link.href })
}
