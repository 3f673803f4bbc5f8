import { describe, expect, test } from 'vitest'
import { createFontMeasurer, type TextMeasurer } from '../../src/layout/measure.js'
import { measureText } from '../../src/layout/text.js'

/** Every character 10 px wide: wrapping decisions become easy to read. */
const fixed: TextMeasurer = { width: (text) => [...text].length * 10 }
const font = { size: 14, bold: false }

describe('wrapping', () => {
  test('breaks between words at the width', () => {
    expect(measureText('aaa bbb ccc', font, fixed, { maxWidth: 75 }).lines).toEqual(['aaa bbb', 'ccc'])
  })
  test('\\n always breaks, and lines are trimmed', () => {
    expect(measureText('one\n two ', font, fixed).lines).toEqual(['one', 'two'])
  })
  test('a long word breaks after URL punctuation before anywhere else', () => {
    expect(measureText('/v2/orders?status=open', font, fixed, { maxWidth: 120 }).lines).toEqual(['/v2/orders?', 'status=open'])
  })
  test('a word too long for any line starts on the line before it, so a short word is not left alone', () => {
    expect(measureText('GET /v2/orders?status=open', font, fixed, { maxWidth: 120 }).lines).toEqual(['GET /v2/', 'orders?', 'status=open'])
  })
  test('a long word starts a line of its own when not even its first piece fits beside the words before it', () => {
    expect(measureText('aaaaaa /v2/orders', font, fixed, { maxWidth: 75 }).lines).toEqual(['aaaaaa', '/v2/', 'orders'])
  })
  test('a word with no break point is cut between characters', () => {
    expect(measureText('abcdefghij', font, fixed, { maxWidth: 40 }).lines).toEqual(['abcd', 'efgh', 'ij'])
  })
  test('height grows with lines; width is the widest line', () => {
    const m = measureText('a\nabc', font, fixed)
    expect([m.width, m.height]).toEqual([30, 2 * 14 * 1.4])
  })
})

describe('font metrics', () => {
  const measure = createFontMeasurer()
  test('wider glyphs measure wider, and bold wider than regular', () => {
    expect(measure.width('WWW', font)).toBeGreaterThan(measure.width('iii', font))
    expect(measure.width('Hello', { size: 14, bold: true })).toBeGreaterThan(measure.width('Hello', font))
  })
  test('width scales with the font size', () => {
    const at14 = measure.width('Sequence', font)
    const at28 = measure.width('Sequence', { size: 28, bold: false })
    expect(at28).toBeGreaterThan(1.9 * at14)
  })
  test('wide scripts and emoji get room; combining marks none', () => {
    expect(measure.width('東京', font)).toBeGreaterThanOrEqual(2 * 14)
    expect(measure.width('e\u0301', font)).toBeCloseTo(measure.width('e', font))
    expect(measure.width('🚀', font)).toBeGreaterThan(14)
  })
})

describe('the metrics table', () => {
  test('is exactly what the fonts say (npm run gen:metrics)', async () => {
    // @ts-expect-error: a plain ES module script without types
    const { metricsSource } = (await import('../../scripts/gen-font-metrics.mjs')) as { metricsSource: () => string }
    const { readFileSync } = await import('node:fs')
    expect(readFileSync('src/layout/font-metrics.ts', 'utf8')).toBe(metricsSource())
  })
})
