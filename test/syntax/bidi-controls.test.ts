// Bidirectional controls that reorder text are warned about where they stand, by name; marks
// and right-to-left text itself are not.
import { describe, expect, test } from 'vitest'
import { parse } from '../../src/syntax/parse.js'

const warnings = (source: string): [string, number][] =>
  parse(source).diagnostics.filter((d) => d.code === 'bidi-control').map((d) => [d.message.slice(0, 60), d.span.start])

describe('bidirectional controls', () => {
  test('an override in a label is warned about at its place; the pop that closes it is not', () => {
    expect(warnings('a -> b: pay \u202eevil\u202c now')).toEqual([['a bidirectional control (U+202E RIGHT-TO-LEFT OVERRIDE) reor', 12]])
  })
  test('isolates and embeddings in names, comments and quoted text count too', () => {
    const source = '# \u2066hidden\u2069\n"a\u202bb" -> c: x'
    expect(warnings(source).map(([, at]) => at)).toEqual([2, 13])
  })
  test('right-to-left text and the direction marks pass', () => {
    expect(warnings('a -> b: שלום \u200f(1)\u200e مرحبا')).toEqual([])
  })
  test('a page of them is reported ten times, not once per character', () => {
    expect(warnings(`a -> b: ${'\u202e'.repeat(500)}`)).toHaveLength(10)
  })
  test('the diagram still compiles: a warning, not an error', () => {
    expect(parse('a -> b: \u202ex').diagnostics.map((d) => d.severity)).toEqual(['warning'])
  })
})
