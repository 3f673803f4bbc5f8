// Big and deep inputs: each renders, or fails with one diagnostic that names the limit it
// went past, never with a stack overflow, an out-of-memory crash or an internal error.
import { describe, expect, test } from 'vitest'
import { compile, type CompileOptions } from '../src/index.js'
import { DEFAULT_LIMITS, LIMIT_OF_CODE, resolveLimits } from '../src/limits.js'
import { parseXml } from './helpers.js'

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n')
const nested = (depth: number, closed: boolean): string =>
  'alt x {\n'.repeat(depth) + 'a -> b\n' + (closed ? '} else y {\n b -> a\n}\n'.repeat(depth) : '')

/** The one error an input past a limit gets, as `line:column code`, and its message. */
function refusal(source: string, options: CompileOptions = {}): { at: string; message: string } {
  const result = compile(source, options)
  expect(result.svg).toBeUndefined()
  const [first] = result.diagnostics
  return { at: `${first?.range.start.line}:${first?.range.start.column} ${first?.code}`, message: first?.message ?? '' }
}

function renders(source: string, options: CompileOptions = {}): void {
  const result = compile(source, options)
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  expect(parseXml(result.svg ?? '').name).toBe('svg')
}

describe('inputs past a limit fail with a diagnostic naming it', () => {
  test('100,000 lines', () => {
    expect(refusal(lines(100_000, () => 'a -> b'))).toEqual({
      at: '50001:1 too-many-tokens',
      message: 'this diagram has 399,999 tokens (names, words, symbols and line breaks): Lifeline reads at most 200,000 (the maxTokens limit)',
    })
  })
  test('more statements than maxStatements', () => {
    expect(refusal(lines(20_001, () => 'a -> b'))).toEqual({
      at: '20001:1 too-many-statements',
      message: 'this diagram has 20,001 statements: Lifeline draws at most 20,000 (the maxStatements limit)',
    })
  })
  test('a label of 100,000 characters', () => {
    expect(refusal(`a -> b: ${'x'.repeat(100_000)}`)).toEqual({
      at: '1:9 text-too-long',
      message: 'this label is 100,000 characters long: Lifeline allows at most 10,000 (the maxTextLength limit)',
    })
  })
  test('10,000 levels of nested fragments, closed or not', () => {
    const expected = {
      at: '51:7 nesting-too-deep',
      message: 'this block is nested 51 deep: Lifeline allows at most 50 (the maxNesting limit)',
    }
    expect(refusal(nested(10_000, true))).toEqual(expected)
    expect(refusal(nested(10_000, false))).toEqual(expected)
    expect(refusal('{'.repeat(10_000)).at).toBe('1:51 nesting-too-deep')
  })
  test('5,000 participants', () => {
    expect(refusal(lines(5_000, (i) => `p${i} -> p${i + 1}`))).toEqual({
      at: '1000:1 too-many-participants',
      message: 'this diagram has 5,001 participants: Lifeline draws at most 1,000 (the maxParticipants limit)',
    })
  })
  test('a delay of a billion rows', () => {
    expect(refusal('a -> b\na ->> b: later { delay: 1000000000 }')).toEqual({
      at: '2:1 too-many-rows',
      message: 'this message arrives on row 1,000,000,002: Lifeline draws at most 40,000 rows (the maxRows limit)',
    })
  })
  test('broadcasts to a thousand participants', () => {
    const source = `${lines(1_000, (i) => `p${i}`)}\n${lines(30, () => 'p0 ->> *: hello')}`
    expect(refusal(source)).toEqual({
      at: '1021:1 too-many-arrows',
      message: 'this diagram draws 29,970 arrows (a broadcast draws one per receiver): Lifeline draws at most 20,000 (the maxArrows limit)',
    })
  })
  test('a source longer than maxSourceLength', () => {
    expect(refusal(`a -> b\n#${'x'.repeat(1_000_000)}`)).toEqual({
      at: '2:999994 source-too-long',
      message: 'this diagram is 1,000,008 characters long: Lifeline reads at most 1,000,000 (the maxSourceLength limit)',
    })
  })
  test('thousands of syntax errors: the parser stops after 1,000', () => {
    const result = compile(lines(3_000, () => 'web db'), { maxDiagnostics: 5_000 })
    expect(result.diagnostics).toHaveLength(1_001)
    expect(result.diagnostics.at(-1)?.message).toBe('stopped reading after 1,000 syntax errors: correct these first')
  })
})

describe('inputs at the default limits render', () => {
  test(`${DEFAULT_LIMITS.maxStatements.toString()} statements`, () => {
    renders(lines(DEFAULT_LIMITS.maxStatements, (i) => `p${i % 5} -> p${(i + 1) % 5}`))
  })
  test(`a label of ${DEFAULT_LIMITS.maxTextLength.toString()} characters`, () => {
    renders(`a -> b: ${'word '.repeat(DEFAULT_LIMITS.maxTextLength / 5 - 1)}word`)
  })
  test(`${DEFAULT_LIMITS.maxNesting.toString()} levels of nested fragments`, () => {
    renders(nested(DEFAULT_LIMITS.maxNesting, true))
    // Left open, the parser's error recovery takes the deepest path: an error, not a crash.
    expect(compile(nested(DEFAULT_LIMITS.maxNesting, false)).diagnostics.map((d) => d.code)).toEqual(['unclosed-block'])
  })
  test(`${DEFAULT_LIMITS.maxParticipants.toString()} participants`, () => {
    renders(lines(DEFAULT_LIMITS.maxParticipants - 1, (i) => `p${i} -> p${i + 1}`))
  })
})

describe('limits are configurable', () => {
  test('a lower limit refuses what the default allows', () => {
    expect(refusal('a -> b\nb -> c\nc -> d', { limits: { maxStatements: 2 } }).at).toBe('3:1 too-many-statements')
    expect(refusal('a -> b: hello', { limits: { maxTextLength: 4 } }).at).toBe('1:9 text-too-long')
    expect(refusal('opt x {\n opt y {\n }\n}', { limits: { maxNesting: 1 } }).at).toBe('2:8 nesting-too-deep')
  })
  test('a higher limit renders what the default refuses', () => {
    renders(`a -> b: ${'x'.repeat(100_000)}`, { limits: { maxTextLength: 100_000 } })
  })
  test('a limit raised past what the stack holds gives a diagnostic, not a crash', () => {
    const result = compile(nested(10_000, false), { limits: { maxNesting: 1_000_000 } })
    expect(result.diagnostics.map((d) => d.code)).toEqual(['stack-overflow'])
  })
  test('values that are not whole numbers ≥ 0, and unknown names, are ignored', () => {
    const limits = resolveLimits({ maxNesting: -1, maxRows: Number.NaN, maxTokens: 2.5, maxStatements: 7, nonsense: 1 } as never)
    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxStatements: 7 })
  })
})

describe('LIMIT_OF_CODE, which the command line uses to say how to change a limit', () => {
  test('names every limit once, and each code\'s limit is the one its message names', () => {
    expect(Object.values(LIMIT_OF_CODE).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort())
    const small = { maxSourceLength: 40, maxTokens: 8, maxStatements: 1, maxNesting: 1, maxTextLength: 3, maxParticipants: 1, maxRows: 1, maxArrows: 1 }
    const inputs = ['a -> b\n'.repeat(10), 'a -> b\nb -> c', 'alt x {\n alt y {\n a -> b\n }\n}', 'a -> b: long label', 'a -> b { delay: 3 }']
    const seen = new Set<string>()
    for (const [name, value] of Object.entries(small)) {
      for (const input of inputs) {
        for (const d of compile(input, { limits: { [name]: value } }).diagnostics) {
          const named = /\(the (\w+) limit\)/.exec(d.message)?.[1]
          if (named === undefined) continue
          expect(LIMIT_OF_CODE[d.code], d.code).toBe(named)
          seen.add(d.code)
        }
      }
    }
    // png-too-large comes from the command line's PNG export (test/safety/png-limit.test.ts).
    expect([...seen].sort()).toEqual(Object.keys(LIMIT_OF_CODE).filter((code) => code !== 'png-too-large').sort())
  })
})
