// The element tree writes the markup svgdom wrote before it (the goldens hold the rest).
import { describe, expect, test } from 'vitest'
import { escapeXml, SvgElement } from '../../src/render/svg-element.js'

describe('SvgElement', () => {
  test('attributes in the order first set; a second set keeps the place', () => {
    const e = new SvgElement('rect').attr('x', '1').attr('fill', 'none').attr('x', '2')
    expect(e.svg()).toBe('<rect x="2" fill="none"></rect>')
  })
  test('children and text, escaped', () => {
    const g = new SvgElement('g').attr('data-label', 'a "b" & <c>')
    g.element('text').text('x < y && y > "z"')
    g.element('path').attr('d', 'M0 0')
    expect(g.svg()).toBe('<g data-label="a &quot;b&quot; &amp; &lt;c&gt;"><text>x &lt; y &amp;&amp; y &gt; &quot;z&quot;</text><path d="M0 0"></path></g>')
  })
  test('text replaces earlier children', () => {
    const t = new SvgElement('text')
    t.element('tspan')
    expect(t.text("it's").svg()).toBe("<text>it's</text>")
  })
  test('a format breaks lines between tags only, and self-closes empty elements', () => {
    const format = { lineBefore: new Set(['g', 'rect', 'text']), lineBeforeEnd: new Set(['g']), selfClosing: new Set(['rect']) }
    const root = new SvgElement('svg')
    const g = root.element('g')
    g.element('rect').attr('x', '1')
    g.element('text').text('a')
    const t = g.element('text')
    t.element('tspan').text('b')
    root.element('g')
    expect(root.svg(format)).toBe('<svg>\n<g>\n<rect x="1"/>\n<text>a</text>\n<text><tspan>b</tspan></text>\n</g>\n<g>\n</g></svg>')
  })
  test('escapeXml leaves clean text alone', () => {
    expect(escapeXml('plain text')).toBe('plain text')
    expect(escapeXml('&&')).toBe('&amp;&amp;')
  })
})
