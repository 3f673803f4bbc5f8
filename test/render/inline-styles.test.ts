// Inline styles in the SVG: styled runs as <tspan>s with presentation attributes, among plain
// text; the title, the description and the outline say the text without markers.
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'
import { MONO_FAMILY } from '../../src/render/painter.js'
import { all, assertSafeSvg, hasClass, textOf, type XmlElement } from '../helpers.js'

/** The <text> elements of a class, as markup from the SVG. */
function texts(svg: string, cls: string): string[] {
  return svg.split('\n').filter((line) => line.startsWith(`<text class="${cls}"`))
}

describe('styled runs in the SVG', () => {
  test('bold, italic and code runs are tspans between plain text', () => {
    const { svg = '' } = compile('a -> b: send **now** with *care* and `id_1`')
    assertSafeSvg(svg)
    expect(svg).toContain(`>send <tspan font-weight="bold">now</tspan> with <tspan font-style="italic">care</tspan> and <tspan font-family="${MONO_FAMILY}">id_1</tspan></text>`)
  })
  test('bold italic code is one tspan with every attribute', () => {
    const { svg = '' } = compile('a -> b: ***`x`***')
    expect(svg).toContain(`<tspan font-weight="bold" font-style="italic" font-family="${MONO_FAMILY}">x</tspan>`)
  })
  test('wrapped lines are positioned tspans holding their runs', () => {
    const { svg = '' } = compile('wrap: 60\na -> b: aa **bold words here** zz')
    const label = texts(svg, 'text').find((t) => t.includes('<tspan')) ?? ''
    const lines = [...label.matchAll(/<tspan x="[\d.]+" y="[\d.]+">(.*?)<\/tspan>(?=<tspan x|<\/text>)/g)].map((m) => m[1])
    expect(lines).toEqual(['aa <tspan font-weight="bold">bold</tspan>', '<tspan font-weight="bold">words</tspan>', '<tspan font-weight="bold">here</tspan> zz'])
  })
  test('bold in text that is bold already adds no attribute; italic does', () => {
    const { svg = '' } = compile('title: The **big** *picture*\na -> b')
    expect(texts(svg, 'text title')[0]).toMatch(/>The big <tspan font-style="italic">picture<\/tspan><\/text>$/)
  })
  test('unstyled labels are plain text, as before', () => {
    const { svg = '' } = compile('a -> b: 2 * 3 * 4, snake_case')
    expect(svg).toContain('>2 * 3 * 4, snake_case</text>')
    expect(svg).not.toContain('<tspan')
  })
  test.each([
    ['a note', 'a -> b\nnote over a: **n**'],
    ['a guard', 'alt **g** {\n a -> b\n}'],
    ['a divider', 'a -> b\n== **d** =='],
    ['a ref', 'a -> b\nref over a, b: **r**'],
    ['a delay', 'a -> b\n... **w** ...\nb -> a'],
  ])('%s takes styles', (_, source) => {
    const { svg = '', diagnostics } = compile(source)
    expect(diagnostics).toEqual([])
    expect(svg).toMatch(/<tspan font-weight="bold">[ndgrw]<\/tspan>/)
  })
  test('participant and box labels are names: their markers stay as written', () => {
    const { svg = '' } = compile('box *team* { a: **A** }\na -> b')
    const root = assertSafeSvg(svg)
    const heads = all(root, hasClass('participant')).map(textOf).join(' ')
    expect(heads).toContain('**A**')
    expect(svg).toContain('*team*')
  })
})

describe('plain text without markers', () => {
  const root = (source: string): XmlElement => assertSafeSvg(compile(source).svg ?? '')
  test('the <title> and <desc> say the label without markers', () => {
    const r = root('title: The **big** picture\na -> b: send `id` *now*')
    const [title, desc] = ['title', 'desc'].map((n) => textOf(all(r, (e) => e.name === n)[0]!))
    expect(title).toBe('The big picture')
    expect(desc).toContain('send id now')
    expect(desc).not.toMatch(/[*`]/)
  })
})
