// Measuring and wrapping text with inline styles, and notes that keep their lines as written.
import { describe, expect, test } from 'vitest'
import { createFontMeasurer, type TextMeasurer } from '../../src/layout/measure.js'
import { measureText } from '../../src/layout/text.js'
import type { NoteLayout } from '../../src/layout/types.js'
import { parseInlineStyles } from '../../src/model/inline-styles.js'
import { stages } from '../helpers.js'

const font = { size: 14, bold: false }
const real = createFontMeasurer()

/** 10 px a character, 20 px in bold and 5 px in code: which font measured what shows in the sum. */
const fake: TextMeasurer = { width: (text, f) => [...text].length * (f.mono ? 5 : f.bold ? 20 : 10) }

describe('font metrics of the styles', () => {
  test('code is DejaVu Sans Mono: 0.602 em a character, the same in bold', () => {
    const code = { ...font, mono: true }
    // The table rounds up to 0.603 em; the measurer adds its slack, 3% and 1 px.
    expect(real.width('abcdefghij', code)).toBeCloseTo(10 * 0.603 * 14 * 1.03 + 1, 3)
    expect(real.width('WWW', code)).toBe(real.width('iii', code))
    expect(real.width('abc', { ...code, bold: true })).toBe(real.width('abc', code))
  })
  test('a character the monospace font lacks measures as body text', () => {
    expect(real.width('東', { ...font, mono: true })).toBe(real.width('東', font))
  })
  test('italic is never narrower than upright, in either weight', () => {
    const sample = 'The quick brown fox jumps over the lazy dog 0123456789 ÆØÅ'
    expect(real.width(sample, { ...font, italic: true })).toBeGreaterThanOrEqual(real.width(sample, font))
    expect(real.width(sample, { size: 14, bold: true, italic: true })).toBeGreaterThanOrEqual(real.width(sample, { size: 14, bold: true }))
  })
})

describe('styled text', () => {
  test('each stretch is measured in its own font', () => {
    const m = measureText(parseInlineStyles('ab **cd** `ef`'), font, fake)
    expect(m.width).toBe(3 * 10 + 2 * 20 + 10 + 2 * 5)
    expect(m.styled).toEqual([parseInlineStyles('ab **cd** `ef`')])
  })
  test('plain runs measure and wrap exactly as the same string', () => {
    const text = 'one two three four five six seven'
    expect(measureText(parseInlineStyles(text), font, real, { maxWidth: 80 })).toEqual(measureText(text, font, real, { maxWidth: 80 }))
  })
  test('a styled run may continue on the next line', () => {
    const m = measureText(parseInlineStyles('aa **bb cc** dd'), font, fake, { maxWidth: 70 })
    expect(m.lines).toEqual(['aa bb', 'cc dd'])
    const runs = m.styled?.map((line) => line.map((r) => `${r.bold ? 'b:' : ''}${r.text}`))
    expect(runs).toEqual([['aa ', 'b:bb'], ['b:cc', ' dd']])
  })
  test('bold words wrap sooner than plain ones of the same length', () => {
    expect(measureText(parseInlineStyles('aa bb cc'), font, fake, { maxWidth: 80 }).lines).toEqual(['aa bb cc'])
    expect(measureText(parseInlineStyles('aa **bb** cc'), font, fake, { maxWidth: 80 }).lines).toEqual(['aa bb', 'cc'])
  })
  test('a long code span breaks inside at its punctuation', () => {
    const m = measureText(parseInlineStyles('`client.session.refresh_token`'), font, fake, { maxWidth: 40 })
    expect(m.lines).toEqual(['client.', 'session.', 'refresh_', 'token'])
    expect(m.styled?.every((line) => line.every((r) => r.code))).toBe(true)
  })
  test('keeping indentation keeps each line as written', () => {
    expect(measureText('a\n  b', font, fake, { keepIndent: true }).lines).toEqual(['a', '  b'])
    expect(measureText('a\n  b', font, fake).lines).toEqual(['a', 'b'])
  })
  test('an indented line that wraps keeps its indentation on every line it wraps into', () => {
    const nb = '\u00a0\u00a0'
    const m = measureText(`key:\n${nb}aa bb cc dd`, font, fake, { maxWidth: 80, keepIndent: true })
    expect(m.lines).toEqual(['key:', `${nb}aa bb`, `${nb}cc dd`])
    expect(m.width).toBe(70)
    // Styled: the indentation is a run of its own in front of each line's runs.
    const styled = measureText(parseInlineStyles(`${nb}aa **bb** cc`), font, fake, { maxWidth: 80, keepIndent: true })
    expect(styled.lines).toEqual([`${nb}aa`, `${nb}bb`, `${nb}cc`])
    expect(styled.styled?.map((line) => line.map((r) => `${r.bold ? 'b:' : ''}${r.text}`))).toEqual([[nb, 'aa'], [nb, 'b:bb'], [nb, 'cc']])
  })
})

describe('notes written over several lines', () => {
  const note = (source: string): NoteLayout => {
    const found = stages(source).layout?.items.find((i): i is NoteLayout => i.type === 'note')
    if (!found) throw new Error('no note')
    return found
  }
  test('are left-aligned and keep their indentation, as no-break spaces the SVG does not collapse', () => {
    const n = note('a -> b\nnote over a, b: """\n  {\n    "id": 1\n  }\n  """')
    expect(n.label.anchor).toBe('start')
    expect(n.label.lines).toEqual(['{', '\u00a0\u00a0"id": 1', '}'])
    expect(n.label.x).toBeCloseTo(n.rect.x + 10)
  })
  test('count a tab as four spaces', () => {
    expect(note('a -> b\nnote over a: """\n  x\n  \ty\n  """').label.lines).toEqual(['x', '\u00a0'.repeat(4) + 'y'])
  })
  test('a note on one line stays centred, wrapped or not', () => {
    const n = note('wrap: 60\na -> b\nnote over a, b: a note long enough to wrap')
    expect(n.label.lines.length).toBeGreaterThan(1)
    expect(n.label.anchor).toBe('middle')
  })
})

describe('indentation across styled runs', () => {
  test('a styled run in mid-line keeps its spaces; one starting a line is indented', () => {
    const n = stages('a -> b\nnote over a: """\n  x **b**\n    `c` d\n  """').layout?.items.find((i): i is NoteLayout => i.type === 'note')
    expect(n?.label.lines).toEqual(['x b', '\u00a0\u00a0c d'])
    expect(n?.label.styled?.[1]?.map((r) => r.text)).toEqual(['\u00a0\u00a0', 'c', ' d'])
  })
})
