// The SVG document as a small element tree that serialises itself. The renderer only ever
// creates elements, sets attributes and text, and prints the result, so a DOM emulation
// (svg.js on svgdom, used before) spent most of a render building Node, Attr and wrapper
// objects it never read back: this tree does the same job in a fraction of the time (see
// docs/performance.md). Its output is the same markup svgdom wrote: attributes in the order
// first set, `&`, `<`, `>` and `"` escaped in attribute values and text, every element
// closed with an end tag, unless a Format (svg.ts's layout rules) says otherwise.

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

  /** The element and its children as markup, laid out by `format` (none: on one line). */
  svg(format?: Format): string {
    const out: Output = { text: '', afterTag: false }
    this.write(out, format)
    return out.text
  }

  // Strings are concatenated (V8 joins the pieces once, at the end). Whether the markup so far
  // ends with a tag is tracked, not read back: reading a character would flatten the string.
  private write(out: Output, format: Format | undefined): void {
    if (out.afterTag && format?.lineBefore.has(this.name)) out.text += '\n'
    const a = this.attributes
    out.text += `<${this.name}`
    for (let i = 0; i < a.length; i += 2) out.text += ` ${a[i] ?? ''}="${a[i + 1] ?? ''}"`
    out.afterTag = true
    if (format?.selfClosing.has(this.name) && this.children.every((c) => c === '')) {
      out.text += '/>'
      return
    }
    out.text += '>'
    for (const child of this.children) {
      if (typeof child !== 'string') child.write(out, format)
      else if (child !== '') {
        out.text += child
        out.afterTag = false // escaped text never ends with '>'
      }
    }
    if (out.afterTag && format?.lineBeforeEnd.has(this.name)) out.text += '\n'
    out.text += `</${this.name}>`
    out.afterTag = true
  }
}

/** How markup is laid out: line breaks between tags (never inside text) and self-closed empty elements. */
export interface Format {
  /** Elements that start on a new line when a tag precedes them. */
  readonly lineBefore: ReadonlySet<string>
  /** Elements whose end tag goes on a new line when a tag precedes it. */
  readonly lineBeforeEnd: ReadonlySet<string>
  /** Elements written as `<name .../>` when they have no children. */
  readonly selfClosing: ReadonlySet<string>
}

interface Output {
  text: string
  afterTag: boolean
}
