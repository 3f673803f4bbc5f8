// A thin layer over the svgdom tree under svg.js's root: elements created and given their
// attributes through the DOM directly (see el), numbers printed at a fixed precision, and
// text made safe for XML.
import type { SvgNode } from 'svgdom'
import { FONT_SIZE } from '../layout/constants.js'
import type { Point, Rect, TextBlock, TextRun } from '../layout/types.js'
import { PAINT, type Palette } from './theme.js'

/** A filled area under the items: its outline, its patch class, and its own colour when set. */
export interface Ground {
  readonly rect: Rect
  readonly cls: 'label-bg in-box' | 'label-bg in-highlight'
  readonly fill: string | undefined
}

export type Attrs = Record<string, string | number | undefined>

const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * Two decimals at most, no trailing zeros, no negative zero: stable bytes for goldens. The
 * same text as `String(Math.round(n * 100) / 100)`, written from integers: printing a
 * fractional double is the costly part of writing every coordinate of a large diagram.
 */
export function num(n: number): string {
  const hundredths = Math.round(n * 100)
  if (!Number.isSafeInteger(hundredths)) return String(hundredths / 100)
  const magnitude = Math.abs(hundredths)
  const whole = Math.floor(magnitude / 100)
  const cents = magnitude % 100
  const sign = hundredths < 0 ? '-' : ''
  if (cents === 0) return magnitude === 0 ? '0' : `${sign}${whole}`
  const fraction = cents % 10 === 0 ? String(cents / 10) : cents < 10 ? `0${cents}` : String(cents)
  return `${sign}${whole}.${fraction}`
}

// XML 1.0 cannot hold most control characters or lone surrogates, even escaped.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd')
}

/**
 * What every element inherits from the root <svg>, so that elements write only where they
 * differ: the text colour (every shape writes its own fill, `none` included), the body font
 * size and centred text. Inheritance draws the same picture in every renderer, and CSS on a
 * class still wins over it.
 */
export interface Inherited {
  readonly fill: string
  readonly fontSize: number
  readonly anchor: TextBlock['anchor']
}

export class Painter {
  readonly inherited: Inherited

  /**
   * @param grounds what is painted under the items, outer first (participant boxes, then
   *   highlight bands): a label patch takes the fill of the innermost one beneath it
   */
  constructor(readonly palette: Palette, readonly grounds: readonly Ground[] = []) {
    this.inherited = { fill: palette.text, fontSize: FONT_SIZE, anchor: 'middle' }
  }

  /**
   * Appends a `tag` element with `attrs` (undefined ones left out), through svgdom's DOM and
   * not svg.js's wrappers: svg.js would build a wrapper object per element and run every
   * attribute through its hooks and number/colour parsing, which write the same string (the
   * values here are already printed, and fill/stroke are lowercase #rrggbb) at several times
   * the cost. Nothing reads an element back, so nothing needs the wrapper.
   */
  el(parent: SvgNode, tag: string, attrs: Attrs = {}): SvgNode {
    const e = parent.appendChild(parent.ownerDocument.createElementNS(SVG_NS, tag))
    for (const k in attrs) {
      const v = attrs[k]
      // Attribute values may hold participant names (data-id, data-from, data-to), so they are
      // made XML-safe like text; the serialiser escapes quotes, '<' and '&' (serialize.ts).
      if (v !== undefined) e.setAttribute(k, typeof v === 'number' ? num(v) : xmlSafe(v))
    }
    return e
  }

  /** Adds an element painted by `cls`'s entry in the theme table. */
  painted(parent: SvgNode, tag: string, cls: string, attrs: Attrs = {}): SvgNode {
    // The paint comes from the longest leading run of classes the table knows ('text title' → 'text').
    const paint = PAINT[cls] ?? PAINT[cls.split(' ')[0] ?? ''] ?? {}
    const fill = paint.fill ? this.palette[paint.fill] : 'none'
    return this.el(parent, tag, {
      class: cls,
      fill: fill === this.inherited.fill ? undefined : fill,
      stroke: paint.stroke ? this.palette[paint.stroke] : undefined,
      ...attrs,
    })
  }

  group(parent: SvgNode, attrs: Attrs): SvgNode {
    return this.el(parent, 'g', attrs)
  }

  /** Path data through `points`: H and V for level and upright steps, the shortest that draws the same. */
  path(points: readonly Point[], close = false): string {
    let d = ''
    let prev: { x: string; y: string } | undefined
    for (const point of points) {
      const x = num(point.x)
      const y = num(point.y)
      if (!prev) d = `M${x} ${y}`
      else if (y === prev.y) d += `H${x}`
      else if (x === prev.x) d += `V${y}`
      else d += `L${x} ${y}`
      prev = { x, y }
    }
    return close ? `${d}Z` : d
  }

  text(parent: SvgNode, block: TextBlock, cls: string, style?: string): SvgNode {
    const t = this.painted(parent, 'text', cls, {
      x: block.x,
      y: block.y,
      'text-anchor': block.anchor === this.inherited.anchor ? undefined : block.anchor,
      'font-size': block.fontSize === this.inherited.fontSize ? undefined : block.fontSize,
      'font-weight': block.bold ? 'bold' : undefined,
      style,
    })
    if (block.lines.length === 1) {
      this.line(t, block, 0)
      return t
    }
    block.lines.forEach((_, i) => this.line(this.el(t, 'tspan', { x: block.x, y: block.y + i * block.lineHeight }), block, i))
    return t
  }

  /** Line `i` of `block` into `parent`: its text, or its styled runs as `<tspan>`s among plain text. */
  private line(parent: SvgNode, block: TextBlock, i: number): void {
    const runs = block.styled?.[i]
    if (!runs) {
      parent.textContent = xmlSafe(block.lines[i] ?? '')
      return
    }
    for (const run of runs) {
      const attrs = runAttributes(run, block.bold)
      const holder = attrs ? this.el(parent, 'tspan', attrs) : parent
      const text = run.code ? run.text.replace(LIGATURE_START, `$&${NO_LIGATURE}`) : run.text
      holder.appendChild(parent.ownerDocument.createTextNode(xmlSafe(text)))
    }
  }
}

/**
 * The monospace stack of `code` runs: DejaVu Sans Mono on Linux (and in PNGs), Menlo on macOS,
 * Consolas on Windows; the text is measured to fit the widest of them (see font-metrics.ts).
 */
export const MONO_FAMILY = "'DejaVu Sans Mono', Menlo, Consolas, monospace"

/**
 * DejaVu Sans Mono joins `ff`, `fi` and `fl` into ligatures, and resvg (0.x, issue #614) drops
 * a whole <text> whose runs mix such a ligature with another font. A zero-width non-joiner
 * after the `f` keeps the letters apart in every renderer (code reads better unjoined too);
 * it has no width and is measured as none.
 */
const LIGATURE_START = /f(?=[fil])/g
const NO_LIGATURE = '\u200c'

/** Presentation attributes of a styled run; undefined for a plain one (or bold in bold text). */
function runAttributes(run: TextRun, boldBlock: boolean): Attrs | undefined {
  const bold = run.bold && !boldBlock
  if (!bold && !run.italic && !run.code) return undefined
  return {
    'font-weight': bold ? 'bold' : undefined,
    'font-style': run.italic ? 'italic' : undefined,
    'font-family': run.code ? MONO_FAMILY : undefined,
  }
}

/** `style` attribute text from CSS declarations that are set (inline style beats themes). */
export function inlineStyle(declarations: Record<string, string | undefined>): string | undefined {
  const set = Object.entries(declarations).filter(([, v]) => v !== undefined)
  return set.length ? set.map(([k, v]) => `${k}:${v}`).join(';') : undefined
}
