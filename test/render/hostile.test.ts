// Hostile names and labels (OUTPUT.md "safe to embed"): markup, quotes, entities, control
// characters, NUL, lone surrogates, right-to-left overrides, emoji and combining marks, in
// every place a diagram shows text. Each must come out as text in well-formed XML, and the
// SVG must hold no script, event handler or external reference.
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'
import { xmlSafe } from '../../src/render/painter.js'
import { all, assertSafeSvg, textOf } from '../helpers.js'

const HOSTILE: Record<string, string> = {
  'script element': '<script>alert(1)</script>',
  'closing svg tag': '</svg><svg onload="alert(1)">',
  'CDATA end': ']]> <![CDATA[ x ]]>',
  'quotes': `it's "quoted"`,
  'attribute breakout': 'x" onload="alert(1)',
  'entities': '&amp; &lt; & &#0; &unknown;',
  'xml declaration and doctype': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
  'javascript url': 'javascript:alert(1) url(http://evil.example/x)',
  'control characters': 'bell\u0007 esc\u001b form\u000c vt\u000b del\u007f',
  'NUL': 'before\u0000after',
  'lone high surrogate': 'high\ud800 alone',
  'lone low surrogate': 'low\udc00 alone',
  'non-characters': 'end\uffff\ufffe',
  'decoded invalid UTF-8': new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0xfe, 0xc3, 0x28, 0x62])),
  'right-to-left text and override': 'שלום עולם \u202eevil\u202c مرحبا',
  'emoji and ZWJ sequences': 'ship it 🚀 👩‍👩‍👧 🏳️‍🌈',
  'combining marks': 'e\u0301 Z\u0351\u0337\u0353a\u0364l\u0352g\u0315o',
  'line separators': 'one\u2028two\u2029three\u0085four',
}

const withoutSpace = (text: string): string => text.replace(/\s+/g, '')

/** A quoted string of the language holding `text` exactly. */
const quote = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

/** Every place a diagram shows text, with the hostile text put there. */
const PLACES: Record<string, (q: string) => string> = {
  'message label': (q) => `a -> b: ${q}`,
  'participant name': (q) => `${q} -> b: hi`,
  'participant label': (q) => `a: ${q}\na -> b`,
  'note': (q) => `a -> b\nnote over a, b: ${q}`,
  'title': (q) => `title: ${q}\na -> b`,
  'fragment label': (q) => `alt ${q} {\n a -> b\n}`,
  'box label': (q) => `box ${q} { a }\na -> b`,
  'ref label': (q) => `a -> b\nref over a, b: ${q}`,
}

describe.each(Object.entries(HOSTILE))('%s', (_, text) => {
  test.each(Object.keys(PLACES))('in a %s: escaped text in well-formed, safe XML', (place) => {
    const result = compile(PLACES[place]!(quote(text)))
    // Drawn as written; only an override that reorders text is warned about (bidi-controls.ts).
    expect(result.diagnostics.map((d) => d.code)).toEqual(/[\u202a-\u202e\u2066-\u2068]/.test(text) ? ['bidi-control'] : [])
    const root = assertSafeSvg(result.svg ?? '')
    // XML cannot carry NUL, most control characters or lone surrogates: each becomes U+FFFD.
    // Long labels wrap into one <tspan> per line, so white space is left out of the comparison.
    expect(withoutSpace(textOf(root))).toContain(withoutSpace(xmlSafe(text)))
  })

  test('as a participant name, also in its data attributes', () => {
    const root = assertSafeSvg(compile(`${quote(text)} -> b: hi`).svg ?? '')
    const ids = all(root, (e) => 'data-id' in e.attributes).map((e) => e.attributes['data-id'])
    expect(ids).toContain(xmlSafe(text))
    expect(all(root, (e) => 'data-from' in e.attributes)[0]?.attributes['data-from']).toBe(xmlSafe(text))
  })
})

test('the text-safety function keeps what XML can carry and replaces the rest', () => {
  expect(xmlSafe('a\u0000b\u0007c\ud800d\udc00e\ud83d\ude80f\tg\nh\u00a0i\uffffj')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ud83d\ude80f\tg\nh\u00a0i\ufffdj')
})

test('links reach the SVG only as http(s), mailto or relative <a> targets; tooltips only as text', () => {
  const hostile = ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/x', 'file:///etc/passwd', '"java\\nscript:x"']
  for (const href of hostile) {
    const result = compile(`a { link: ${href} }\na -> b: x { link: ${href} }`)
    expect(result.diagnostics.map((d) => d.code), href).toEqual(['invalid-value', 'invalid-value'])
    expect(result.svg).toBeUndefined()
  }
  const { svg } = compile('a { link: https://example.com/a?b=1&c=2; tooltip: "</title><script>alert(1)</script>" }\na -> b: x { link: docs/x.md; tooltip: hi }')
  const root = assertSafeSvg(svg ?? '')
  const links = all(root, (e) => e.name === 'a').map((e) => e.attributes['href'])
  expect(links).toEqual(['https://example.com/a?b=1&c=2', 'docs/x.md'])
  const titles = all(root, (e) => e.name === 'title').map(textOf)
  expect(titles.slice(1)).toEqual(['</title><script>alert(1)</script>', 'hi'])
})
