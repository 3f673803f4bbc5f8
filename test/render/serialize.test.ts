// The serialiser that writes svgdom's tree as the drawing is built: escaping, self-closing,
// where line breaks may go, and that flushing part by part writes what one pass would.
import { setFlagsFromString } from 'node:v8'
import { createSVGWindow, type SvgNode } from 'svgdom'
import { describe, expect, it } from 'vitest'
import { escapeXml, SvgStream } from '../../src/render/serialize.js'

const NS = 'http://www.w3.org/2000/svg'

// V8's own test of a string's representation (its map), reachable only with natives syntax.
setFlagsFromString('--allow-natives-syntax')
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: string, b: string) => boolean

function root(): SvgNode {
  const r = createSVGWindow().document.documentElement
  r.setAttribute('id', 'd')
  return r
}

function add(parent: SvgNode, tag: string, attrs: Record<string, string> = {}, text?: string): SvgNode {
  const e = parent.appendChild(parent.ownerDocument.createElementNS(NS, tag))
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  if (text !== undefined) e.textContent = text
  return e
}

describe('escapeXml', () => {
  it('escapes the four characters markup gives meaning to, quotes included', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d &quot;e&quot; 'f'`)
  })
  it('returns plain text as it is', () => {
    expect(escapeXml('plain text 123')).toBe('plain text 123')
  })
})

describe('SvgStream', () => {
  it('writes one element per line, self-closes empty shapes and keeps text on its line', () => {
    const r = root()
    const stream = new SvgStream(r)
    const g = add(r, 'g', { class: 'message', 'data-from': 'a&b' })
    add(g, 'path', { d: 'M0 0 L1 1' })
    const t = add(g, 'text', { x: '1' })
    add(t, 'tspan', { x: '1' }, 'one <1>')
    add(t, 'tspan', { x: '1' }, 'two')
    add(r, 'g', { class: 'empty' })
    add(r, 'title', {}, '')
    expect(stream.end()).toBe(
      '<svg id="d">\n' +
        '<g class="message" data-from="a&amp;b">\n' +
        '<path d="M0 0 L1 1"/>\n' +
        '<text x="1"><tspan x="1">one &lt;1&gt;</tspan><tspan x="1">two</tspan></text>\n' +
        '</g>\n' +
        '<g class="empty">\n</g>\n' +
        '<title></title>\n' +
        '</svg>\n',
    )
  })

  it('writes the same bytes whether it flushes after every part or once at the end', () => {
    const draw = (r: SvgNode, flush: () => void) => {
      for (let i = 0; i < 3; i++) {
        const g = add(r, 'g', { 'data-line': String(i) })
        add(g, 'rect', { width: String(i) })
        add(g, 'text', {}, `label ${i}`)
        flush()
      }
    }
    const once = root()
    const onceStream = new SvgStream(once)
    draw(once, () => {})
    const parts = root()
    const partStream = new SvgStream(parts)
    draw(parts, () => partStream.flush())
    expect(partStream.end()).toBe(onceStream.end())
  })

  it('lets go of what it has written', () => {
    const r = root()
    const stream = new SvgStream(r)
    add(add(r, 'g'), 'rect')
    stream.flush()
    expect(r.childNodes.length).toBe(0)
  })

  it('writes one-byte markup when a value has been a property key (a ThinString in V8)', () => {
    // Array.prototype.join counts such a piece as two-byte: the SVG came out two-byte, twice
    // its size, and past 64 K characters in the large-object space on every compile.
    const label = ['a', 'l', 't'].join('')
    const kinds: Record<string, number> = { alt: 1 }
    kinds[label] = 2
    const r = root()
    const stream = new SvgStream(r)
    add(r, 'text', { class: label }, label)
    const svg = stream.end()
    expect(svg).toBe('<svg id="d">\n<text class="alt">alt</text>\n</svg>\n')
    expect(sameMap(svg, ['<svg', '>'].join(''))).toBe(true)
  })
})
