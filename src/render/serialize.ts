// The svgdom tree → SVG markup, one element per line, written part by part as the drawing is
// built (SvgStream). svgdom's own `outerHTML` builds an array per element and per attribute
// list and runs four regular-expression replaces over every value; for a 6,000-element
// diagram that was a third of rendering. This walks the tree through the standard DOM
// interface (nodeType, nodeName, attributes, childNodes, data) and escapes only the values
// that need it.
import type { SvgNode } from 'svgdom'

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/** Elements written self-closed when empty. */
const SELF_CLOSING = new Set(['path', 'rect', 'circle', 'ellipse'])

/**
 * Elements that start a line when they follow a tag (never inside <text>, where the line break
 * would be white space that is drawn), and closing tags that do: a diff of two renderings then
 * shows which element changed.
 */
const OWN_LINE = new Set(['g', 'path', 'rect', 'text', 'circle', 'ellipse', 'title', 'desc', 'style'])
const CLOSE_OWN_LINE = new Set(['g', 'svg'])

const NEEDS_ESCAPE = /[&<>"]/
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text and attribute values, escaped the same way (quotes too), as svgdom does. */
export function escapeXml(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c) : value
}

/**
 * SVG markup written while the drawing is built: the root's start tag first, then each subtree
 * drawn under the root, serialised and let go at every `flush`. Nothing of the diagram stays
 * in the DOM longer than its own subtree, so the garbage collector finds short-lived objects
 * instead of a whole tree to copy, and svgdom's appendChild (which scans the parent's children)
 * never scans a long list. The bytes are those of serialising the whole tree at once.
 */
export class SvgStream {
  /** Markup of the parts flushed so far, joined per part: one long list of pieces costs more. */
  private readonly parts: string[] = []

  /** The root's attributes must be set already. */
  constructor(private readonly root: SvgNode) {
    const out: string[] = []
    writeOpenTag(root, out)
    out.push('>')
    this.parts.push(out.join(''))
  }

  /** Writes the root's children drawn since the last flush, and removes them from the tree. */
  flush(): void {
    const out: string[] = []
    for (const child of [...this.root.childNodes]) {
      writeChild(child, true, out)
      this.root.removeChild(child)
    }
    this.parts.push(out.join(''))
  }

  /** The whole SVG, after a last flush. */
  end(): string {
    this.flush()
    const out: string[] = []
    writeEndTag(this.root.nodeName, true, out)
    out.push('\n')
    this.parts.push(out.join(''))
    return this.parts.join('')
  }
}

/** `<name attr="value" ...`, left open for `>` or `/>`. */
function writeOpenTag(el: SvgNode, out: string[]): void {
  out.push('<', el.nodeName)
  for (const attr of el.attributes) {
    out.push(' ', attr.name, '="')
    appendValue(out, attr.value)
    out.push('"')
  }
}

/**
 * Appends a value (an attribute's or a text node's) to the last piece, escaped, never as a
 * piece of its own. A value can be the caller's own string, and one that has been a property
 * key somewhere (a fragment's `alt`, sliced from the source) is a ThinString in V8, which
 * Node 20's `Array.prototype.join` counts as two-byte: a single such piece made the part, and
 * then the whole SVG, a two-byte string, twice the bytes, and past 64 K characters a
 * large-object allocation (0.6 ms of a 7 ms medium compile). `+` looks through it.
 */
function appendValue(out: string[], value: string): void {
  if (out.length === 0) out.push('')
  out[out.length - 1] += escapeXml(value)
}

function writeEndTag(name: string, afterTag: boolean, out: string[]): void {
  if (afterTag && CLOSE_OWN_LINE.has(name)) out.push('\n')
  out.push('</', name, '>')
}

/** Writes a child node; returns whether the output now ends with a tag. */
function writeChild(child: SvgNode, afterTag: boolean, out: string[]): boolean {
  if (child.nodeType === ELEMENT_NODE) {
    if (afterTag && OWN_LINE.has(child.nodeName)) out.push('\n')
    writeElement(child, out)
    return true
  }
  if (child.nodeType === TEXT_NODE && child.data) {
    appendValue(out, child.data)
    return false
  }
  return afterTag
}

function writeElement(el: SvgNode, out: string[]): void {
  const children = el.childNodes
  writeOpenTag(el, out)
  if (children.length === 0 && SELF_CLOSING.has(el.nodeName)) {
    out.push('/>')
    return
  }
  out.push('>')
  let afterTag = true
  for (const child of children) afterTag = writeChild(child, afterTag, out)
  writeEndTag(el.nodeName, afterTag, out)
}
