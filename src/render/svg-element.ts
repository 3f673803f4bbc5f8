// The SVG document as a small element tree that serialises itself. The renderer only ever
// creates elements, sets attributes and text, and prints the result, so a DOM emulation
// (svg.js on svgdom, used before) spent most of a render building Node, Attr and wrapper
// objects it never read back: this tree does the same job in a fraction of the time (see
// docs/performance.md). Its output is the same markup svgdom wrote: attributes in the order
// first set, `&`, `<`, `>` and `"` escaped in attribute values and text, every element
// closed with an end tag (svg.ts self-closes the empty ones).

const NEEDS_ESCAPE = /[&<>"]/
const ESCAPED = /[&<>"]/g
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

export function escapeXml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ENTITY[c] ?? c) : text
}

export const SVG_NAMESPACES = {
  xmlns: 'http://www.w3.org/2000/svg',
  version: '1.1',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink',
} as const

export class SvgElement {
  /** Names and escaped values, alternating: elements carry a handful, so a flat list beats a Map. */
  private readonly attributes: string[] = []
  private readonly children: (SvgElement | string)[] = []

  constructor(readonly name: string) {}

  /** Appends a new child element and returns it. */
  element(name: string): SvgElement {
    const child = new SvgElement(name)
    this.children.push(child)
    return child
  }

  /** Sets an attribute; setting it again keeps its first position. */
  attr(name: string, value: string): this {
    const a = this.attributes
    let at = 0
    while (at < a.length && a[at] !== name) at += 2
    a[at] = name
    a[at + 1] = escapeXml(value)
    return this
  }

  /** Replaces the children with one text node. */
  text(content: string): this {
    this.children.length = 0
    this.children.push(escapeXml(content))
    return this
  }

  /** The element and its children as markup (concatenated strings: V8 joins them once, at the end). */
  svg(): string {
    const a = this.attributes
    let out = `<${this.name}`
    for (let i = 0; i < a.length; i += 2) out += ` ${a[i] ?? ''}="${a[i + 1] ?? ''}"`
    out += '>'
    for (const child of this.children) out += typeof child === 'string' ? child : child.svg()
    return `${out}</${this.name}>`
  }
}
