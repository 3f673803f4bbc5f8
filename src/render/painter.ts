// A thin layer over the SVG element tree: elements with their attributes, numbers printed at
// a fixed precision, and text made safe for XML.
import type { Point, TextBlock } from '../layout/types.js'
import type { SvgElement } from './svg-element.js'
import { PAINT, type Palette } from './theme.js'

export type Attrs = Record<string, string | number | undefined>

/** Two decimals at most, no trailing zeros, no negative zero: stable bytes for goldens. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100
  return Object.is(rounded, -0) ? '0' : String(rounded === 0 ? 0 : rounded)
}

// XML 1.0 cannot hold most control characters or lone surrogates, even escaped.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd')
}

export class Painter {
  constructor(readonly palette: Palette) {}

  el(parent: SvgElement, tag: string, attrs: Attrs = {}): SvgElement {
    const e = parent.element(tag)
    for (const k in attrs) {
      const v = attrs[k]
      if (v !== undefined) e.attr(k, typeof v === 'number' ? num(v) : v)
    }
    return e
  }

  /** Adds an element painted by `cls`'s entry in the theme table. */
  painted(parent: SvgElement, tag: string, cls: string, attrs: Attrs = {}): SvgElement {
    // The paint comes from the longest leading run of classes the table knows ('text title' → 'text').
    const paint = PAINT[cls] ?? PAINT[cls.split(' ')[0] ?? ''] ?? {}
    return this.el(parent, tag, {
      class: cls,
      fill: paint.fill ? this.palette[paint.fill] : 'none',
      stroke: paint.stroke ? this.palette[paint.stroke] : undefined,
      ...attrs,
    })
  }

  group(parent: SvgElement, attrs: Attrs): SvgElement {
    return this.el(parent, 'g', attrs)
  }

  path(points: readonly Point[], close = false): string {
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ')
    return close ? `${d} Z` : d
  }

  text(parent: SvgElement, block: TextBlock, cls: string, style?: string): SvgElement {
    const t = this.painted(parent, 'text', cls, {
      x: block.x,
      y: block.y,
      'text-anchor': block.anchor === 'start' ? undefined : block.anchor,
      'font-size': block.fontSize,
      'font-weight': block.bold ? 'bold' : undefined,
      style,
    })
    if (block.lines.length === 1) {
      t.text(xmlSafe(block.lines[0] ?? ''))
      return t
    }
    block.lines.forEach((line, i) => {
      const span = this.el(t, 'tspan', { x: block.x, y: block.y + i * block.lineHeight })
      span.text(xmlSafe(line))
    })
    return t
  }
}

/** `style` attribute text from CSS declarations that are set (inline style beats themes). */
export function inlineStyle(declarations: Record<string, string | undefined>): string | undefined {
  const set = Object.entries(declarations).filter(([, v]) => v !== undefined)
  return set.length ? set.map(([k, v]) => `${k}:${v}`).join(';') : undefined
}
