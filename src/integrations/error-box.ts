// What a page shows in place of a diagram with errors when the plugins are told not to fail
// the build (onError: 'box'): the report, with its carets, in a box that reads without any
// stylesheet, in light and dark pages alike (it takes the page's colours, a red border and
// heading). Well-formed XHTML, so markup-to-hast.ts reads it like an SVG.
import { escapeXml } from '../render/serialize.js'

export function errorBoxHtml(report: string, className: string): string {
  return (
    `<div class="${className} lifeline-error" role="alert" style="border:2px solid #cf222e;border-radius:6px;padding:8px 12px;margin:1em 0">` +
    `<strong style="color:#cf222e">This Lifeline diagram has errors</strong>` +
    `<pre style="margin:8px 0 0;white-space:pre-wrap;overflow-x:auto;background:none;color:inherit">${escapeXml(report)}</pre>` +
    `</div>\n`
  )
}
