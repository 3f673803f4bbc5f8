// The SVG's promises to its users (OUTPUT.md), checked on parsed output.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'
import { all, hasClass, parseXml, textOf, type XmlElement } from '../helpers.js'

/** The first example of LANGUAGE.md, verbatim. */
const SIGNUP = readFileSync('test/fixtures/language-reference-signup.seq', 'utf8')
const svgOf = (source: string, options = {}): XmlElement => {
  const result = compile(source, options)
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  return parseXml(result.svg ?? '')
}

describe('standalone SVG 1.1', () => {
  const root = svgOf(SIGNUP)
  test('root has xmlns, viewBox, width and height', () => {
    // Regression guard: some svgdom releases reject the root xmlns svg.js sets (package.json pins a pair that works).
    expect(compile(SIGNUP).svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(root.attributes['viewBox']).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/)
    expect(Number(root.attributes['width'])).toBeGreaterThan(0)
    expect(Number(root.attributes['height'])).toBeGreaterThan(0)
  })
  test('every shape of every example writes its own fill, so the root fill (the text colour) reaches only text', () => {
    const shapes = new Set(['path', 'rect', 'circle', 'ellipse'])
    for (const file of readdirSync('examples').filter((f) => f.endsWith('.seq'))) {
      const svg = svgOf(readFileSync(`examples/${file}`, 'utf8'))
      expect(svg.attributes['fill']).toMatch(/^#[0-9a-f]{6}$/)
      const unfilled = all(svg, (e) => shapes.has(e.name) && e.attributes['fill'] === undefined)
      expect(unfilled.map((e) => `${file}: ${e.name}.${e.attributes['class']}`)).toEqual([])
    }
  })
  test('no foreignObject, no CSS custom properties, no external references', () => {
    const svg = compile('theme: auto\n' + SIGNUP).svg ?? ''
    expect(svg).not.toMatch(/foreignObject|var\(--|@import|url\(|href=/)
  })
})

describe('semantic hooks', () => {
  const root = svgOf(SIGNUP)
  test('root class, role, title and desc', () => {
    expect(root.attributes['class']).toBe('lifeline')
    expect(root.attributes['role']).toBe('img')
    expect(textOf(all(root, (e) => e.name === 'title')[0]!)).toBe('User sign-up')
    expect(textOf(all(root, (e) => e.name === 'desc')[0]!)).toContain('Web app sends asynchronously to Email queue: welcome email.')
  })
  test('a generated title when the diagram has none', () => {
    expect(textOf(all(svgOf('a -> b'), (e) => e.name === 'title')[0]!)).toBe('Sequence diagram: a and b')
  })
  test('exactly one participant group per participant, holding head and lifeline', () => {
    const groups = all(root, hasClass('participant'))
    expect(groups.map((g) => g.attributes['data-id'])).toEqual(['user', 'web', 'db', 'queue', 'worker', 'smtp'])
    for (const g of groups) {
      expect(all(g, hasClass('lifeline-line'))).toHaveLength(1)
      expect(all(g, hasClass('head')).length).toBeGreaterThanOrEqual(1)
    }
  })
  test('messages in source order with kind, flags, endpoints and source line', () => {
    const messages = all(root, hasClass('message'))
    expect(messages.map((m) => m.attributes['class'])).toEqual([
      'message sync', 'message sync', 'message reply', 'message async', 'message reply', 'message async slanted', 'message sync', 'message sync self',
    ])
    expect(messages.map((m) => m.attributes['data-line'])).toEqual(['11', '12', '13', '14', '15', '16', '17', '18'])
    expect(messages[0]!.attributes['data-from']).toBe('user')
    expect(messages[0]!.attributes['data-to']).toBe('web')
    for (const m of messages) {
      expect(all(m, hasClass('message-line')).length).toBeGreaterThan(0)
      expect(all(m, hasClass('arrowhead')).length).toBeGreaterThan(0)
    }
  })
  test('outside world, lost and broadcast flags', () => {
    const messages = all(svgOf('a -> b\n? ->> a: in\na ->> ?: out\na ->> b { lost: true }\na ->> *: all'), hasClass('message'))
    expect(messages.map((m) => m.attributes['class'])).toEqual([
      'message sync', 'message async found', 'message async outgoing', 'message async lost', 'message async broadcast',
    ])
    expect(messages[1]!.attributes['data-from']).toBe('?')
  })
  test('notes, activations, fragments and dividers carry their classes', () => {
    const root = svgOf('a -> +b: x\nnote over a: n\nalt ok {\n a -> b\n} else {\n b -> a\n}\nloop l { a -> b }\n== d ==\nref over a, b: r')
    expect(all(root, hasClass('note'))).toHaveLength(1)
    expect(all(root, hasClass('activation'))).toHaveLength(1)
    expect(all(root, hasClass('fragment')).map((f) => f.attributes['class'])).toEqual(['fragment alt', 'fragment loop', 'fragment ref'])
    expect(all(root, hasClass('divider'))).toHaveLength(1)
  })
})

describe('arrowheads mean what they say', () => {
  const root = svgOf('a -> b\na ->> b\nb --> a\na -> b { style.stroke: crimson }')
  const heads = all(root, hasClass('arrowhead'))
  test('a filled head fills with its stroke colour; an open one has no fill', () => {
    const [sync, async, reply, styled] = heads
    expect(sync!.attributes['class']).toBe('arrowhead filled')
    expect(sync!.attributes['fill']).toBe(sync!.attributes['stroke'])
    expect(styled!.attributes['style']).toBe('stroke:crimson;fill:crimson')
    for (const open of [async!, reply!]) {
      expect(open.attributes['class']).toBe('arrowhead open')
      expect(open.attributes['fill']).toBe('none')
      expect(open.attributes['d']).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/)
    }
  })
  test('a reply is dashed, a call is not', () => {
    const lines = all(root, hasClass('message-line'))
    expect(lines[2]!.attributes['stroke-dasharray']).toBeTruthy()
    expect(lines[0]!.attributes['stroke-dasharray']).toBeUndefined()
  })
  test('a slanted line ends lower than it starts', () => {
    const line = all(svgOf('a ->> b: x { delay: 2 }'), hasClass('message-line'))[0]!
    const [, y1, , y2] = (line.attributes['d'] ?? '').match(/[\d.]+/g)!.map(Number)
    expect(y2).toBeGreaterThan(y1!)
  })
})

describe('many diagrams on one page; determinism; safety', () => {
  test('every id carries a prefix derived from the source', () => {
    const ids = (source: string) => all(svgOf(source), (e) => 'id' in e.attributes).map((e) => e.attributes['id'])
    const a = ids('a -> b')
    const b = ids('a -> c')
    expect(a.every((id) => id!.startsWith(a[0]!))).toBe(true)
    expect(a.filter((id) => b.includes(id))).toEqual([])
    expect(ids('a -> b')).toEqual(a)
  })
  test('the same input gives the same bytes, run after run', () => {
    const outputs = new Set([1, 2, 3].map(() => compile(SIGNUP).svg))
    expect(outputs.size).toBe(1)
  })
  test('labels are text, never markup', () => {
    const source = 'a -> b: "<script>alert(1)</script> & ]]> </svg>"\nnote over a: <img onerror=x>'
    const svg = compile(source).svg ?? ''
    const root = parseXml(svg)
    expect(all(root, (e) => e.name === 'script')).toEqual([])
    const attributes = all(root, () => true).flatMap((e) => Object.keys(e.attributes))
    expect(attributes.filter((a) => /^on/i.test(a))).toEqual([])
    expect(textOf(root)).toContain('<script>alert(1)</script> & ]]> </svg>')
  })
  test('control characters never break the XML', () => {
    expect(() => parseXml(compile('a -> b: "bell \u0007 here"').svg ?? '')).not.toThrow()
  })
})

describe('themes', () => {
  test('dark paints dark colours; auto adds a prefers-color-scheme stylesheet', () => {
    const dark = compile('theme: dark\na -> b').svg ?? ''
    expect(dark).toContain('fill="#0d1117"')
    const auto = compile('a -> b', { theme: 'auto' }).svg ?? ''
    expect(auto).toContain('@media (prefers-color-scheme: dark)')
    expect(auto).toContain('fill="#ffffff"')
  })

  test('a label patch inside a participant box takes the box fill, in every theme', () => {
    const patches = (svg: XmlElement): string[] => all(svg, hasClass('label-bg')).map((e) => e.attributes['class'] ?? '')
    expect(patches(svgOf('box B {\n a\n b\n}\nc\na -> b: inside\nb -> c: between'))).toEqual(['label-bg in-box', 'label-bg in-box', 'label-bg'])
    const dark = compile('theme: dark\nbox B {\n a\n b\n}\na -> b: inside').svg ?? ''
    expect(dark).toContain('class="label-bg in-box" fill="#161b22"')
    expect(compile('box B {\n a\n b\n}\na -> b: x', { theme: 'auto' }).svg ?? '').toContain('.label-bg.in-box{fill:#161b22}')
  })

  test('a patch straddling a box edge is cut there, each piece in its own fill, the edge left showing', () => {
    const svg = svgOf('a\nbox B {\n b\n}\na -> b: a label long enough to reach into the box')
    const box = all(svg, hasClass('box-shape'))[0]!
    const edge = Number(box.attributes['x'])
    const pieces = all(svg, hasClass('label-bg')).map((e) => ({ cls: e.attributes['class'], x: Number(e.attributes['x']), right: Number(e.attributes['x']) + Number(e.attributes['width']) }))
    expect(pieces.map((p) => p.cls)).toEqual(['label-bg', 'label-bg in-box'])
    expect(pieces[0]!.right).toBeLessThan(edge)
    expect(pieces[1]!.x).toBeGreaterThan(edge)
  })

  test('a label patch in a box with its own fill takes that fill', () => {
    const svg = svgOf('box B {\n  style.fill: "#fff4e6"\n  a\n  b\n}\na -> b: inside')
    const patches = all(svg, hasClass('label-bg')).map((e) => [e.attributes['class'], e.attributes['style']])
    expect(patches).toEqual([['label-bg in-box', 'fill:#fff4e6']])
  })

  test('a label patch on a highlight band takes the band fill, its own colour when set', () => {
    const svg = svgOf('a -> b: before\nhighlight {\n  style.fill: "#ffeeaa"\n  a -> b: inside\n}')
    const patches = all(svg, hasClass('label-bg')).map((e) => [e.attributes['class'], e.attributes['style']])
    expect(patches).toEqual([['label-bg', undefined], ['label-bg in-highlight', 'fill:#ffeeaa']])
  })
})
