// Work that grows with hostile input is bounded by a size, not by a clock: colour values are
// length-checked before any scan and scanned once, "did you mean" compares short words only,
// with a few candidates, for the first few names. These tests pin the bounds, never a time.
import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/compile.js'
import { closest, MAX_CANDIDATES, MAX_WORD_LENGTH } from '../../src/diagnostics/suggest.js'
import { SUGGESTED_NAMES } from '../../src/model/participants.js'
import { MAX_VALUE_LENGTH, parseColor, parseDash } from '../../src/model/values.js'

/** The regular expression colours were checked with, which backtracks exponentially: the oracle on short inputs. */
const OLD_FUNCTIONAL = /^(?:rgb|rgba|hsl|hsla)\(\s*[\d.%]+(?:\s*[,\s/]\s*[\d.%]+){2,3}\s*\)$/i

describe('colour values', () => {
  test('a value past the length bound is refused by its length, before any pattern is tried', () => {
    const huge = `rgb(1${' '.repeat(100_000)}1 1)`
    expect(parseColor(huge)).toEqual({ ok: false, message: `this colour is ${huge.length} characters long: a value has at most ${MAX_VALUE_LENGTH}` })
    expect(parseDash('1 '.repeat(50_000))).toMatchObject({ ok: false, message: expect.stringContaining('characters long') })
  })

  test("the issue's backtracking value gets one diagnostic through compile", () => {
    const value = `rgb(1${' '.repeat(200)}1${' '.repeat(200)}1${' '.repeat(200)}x`
    const result = compile(`a -> b { style.stroke: "${value}" }\n`)
    expect(result.diagnostics.map((d) => d.code)).toEqual(['invalid-value'])
  })

  test('the backtracking shape at the length bound is scanned, not refused by length', () => {
    const spaces = ' '.repeat((MAX_VALUE_LENGTH - 'rgb(1111x'.length) / 3)
    const value = `rgb(1${spaces}1${spaces}1${spaces}1x`.slice(0, MAX_VALUE_LENGTH)
    expect(parseColor(value)).toMatchObject({ ok: false, message: expect.stringContaining('is not a colour') })
    expect(parseColor(`rgb(1${spaces}1${spaces}1)`)).toEqual({ ok: true, value: `rgb(1${spaces}1${spaces}1)` })
  })

  const piece = fc.constantFrom('rgb(', 'rgba(', 'hsl(', 'HSLA(', '1', '50%', '.5', ' ', '  ', ',', '/', ')', 'x', '(', '\t')
  fcTest.prop([fc.array(piece, { maxLength: 12 })], { numRuns: 3000 })('the linear scanner accepts exactly what the old pattern accepted', (pieces) => {
    const value = pieces.join('')
    const trimmed = value.trim()
    const isHexOrName = /^#|^[a-z]+$/i.test(trimmed)
    if (isHexOrName) return
    expect(parseColor(value).ok).toBe(OLD_FUNCTIONAL.test(trimmed))
  })
})

describe('did you mean', () => {
  test('words longer than the bound get no suggestion, and long candidates are skipped', () => {
    const long = 'participant'.repeat(4)
    expect(long.length).toBeGreaterThan(MAX_WORD_LENGTH)
    expect(closest(long, [`${long}x`])).toBeUndefined()
    expect(closest('servce', ['s'.repeat(MAX_WORD_LENGTH + 1), 'service'])).toBe('service')
  })

  test('only the first candidates are compared', () => {
    const candidates = [...Array.from({ length: MAX_CANDIDATES }, (_, i) => `zzzz${i}`), 'service']
    expect(closest('servce', candidates)).toBeUndefined()
    expect(closest('servce', candidates.slice(1))).toBe('service')
  })

  test('the banded distance finds what the full one finds', () => {
    expect(closest('ntoe', ['note', 'over'])).toBe('note')
    expect(closest('databse', ['database', 'data'])).toBe('database')
    expect(closest('x', ['abc'])).toBeUndefined()
  })

  test('only the first unknown names of a diagram search for a suggestion', () => {
    const declared = Array.from({ length: 20 }, (_, i) => `p${i}`)
    const unknownLines = Array.from({ length: 200 }, (_, i) => `activate p${i % 20}x`)
    const result = compile(`${declared.map((p) => `${p} -> ${p}`).join('\n')}\n${unknownLines.join('\n')}\n`, { maxDiagnostics: 1000 })
    const unknown = result.diagnostics.filter((d) => d.code === 'unknown-participant')
    expect(unknown).toHaveLength(200)
    expect(unknown.filter((d) => d.message.includes('did you mean'))).toHaveLength(SUGGESTED_NAMES)
  })
})
