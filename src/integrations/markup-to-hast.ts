// Lifeline's own markup (an SVG from render/, an error box from error-box.ts) as hast, the
// HTML syntax tree of rehype and MDX: a page built through remark-rehype or MDX then holds the
// diagram as ordinary elements, needing neither `allowDangerousHtml` nor rehype-raw. This reads
// only what Lifeline writes (well-formed tags, double-quoted attributes, the four escapes of
// serialize.ts), not XML at large.

export interface HastText {
  type: 'text'
  value: string
}

export interface HastElement {
  type: 'element'
  tagName: string
  /** Attribute names as written (hast's tools map them onto property names), `class` as `className`. */
  properties: Record<string, string | string[]>
  children: (HastElement | HastText)[]
}

const TOKEN = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g
const ATTRIBUTE = /([\w:.-]+)="([^"]*)"/g
const ENTITY = /&(amp|lt|gt|quot);/g
const CHARS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' }

const unescape = (text: string): string => text.replace(ENTITY, (_, name: string) => CHARS[name] ?? '')

/** The elements (and text between them) of `markup`, in order. */
export function markupToHast(markup: string): (HastElement | HastText)[] {
  const top: HastElement = { type: 'element', tagName: '', properties: {}, children: [] }
  const open: HastElement[] = [top]
  for (const [, closing, tag = '', attributes = '', selfClosing, text] of markup.matchAll(TOKEN)) {
    const parent = open[open.length - 1] ?? top
    if (text !== undefined) parent.children.push({ type: 'text', value: unescape(text) })
    else if (closing) open.pop()
    else {
      const el: HastElement = { type: 'element', tagName: tag, properties: properties(attributes), children: [] }
      parent.children.push(el)
      if (!selfClosing) open.push(el)
    }
  }
  return top.children
}

function properties(attributes: string): HastElement['properties'] {
  const out: HastElement['properties'] = {}
  for (const [, name = '', value = ''] of attributes.matchAll(ATTRIBUTE)) {
    if (name === 'class') out['className'] = unescape(value).split(' ')
    else out[name] = unescape(value)
  }
  return out
}
