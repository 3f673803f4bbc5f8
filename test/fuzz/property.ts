// The one property every fuzz test checks: whatever the input, `compile` returns (never
// throws, never reports an internal error) and hands back either well-formed, safe SVG or
// error diagnostics whose positions lie inside the input. A failing input is saved to
// test/fuzz/corpus/ so it is replayed by corpus.test.ts from then on.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect } from 'vitest'
import { compile, type CompileResult } from '../../src/index.js'
import { LineIndex } from '../../src/diagnostics/position.js'
import { assertSafeSvg } from '../helpers.js'

export const CORPUS = 'test/fuzz/corpus'

/**
 * fast-check parameters for one family of inputs: `quick` cases in `npm test`, FUZZ_RUNS in
 * `npm run fuzz`, split evenly over `shares` properties (one per example, say). FUZZ_SEED
 * replays a run that failed.
 */
export function fuzzParams(quick: number, shares = 1): { numRuns: number; seed?: number } {
  const asked = Number(process.env['FUZZ_RUNS'] || quick)
  const total = Number.isInteger(asked) && asked > 0 ? asked : quick
  const seed = Number(process.env['FUZZ_SEED'] || NaN)
  return { numRuns: Math.ceil(total / shares), ...(Number.isInteger(seed) ? { seed } : {}) }
}

/** Vitest's time limit for one property: the long `npm run fuzz` needs far more than the default. */
export const fuzzTimeout = (): number => (process.env['FUZZ_RUNS'] ? 3_600_000 : 60_000)

/**
 * A generous ceiling for one compile of a fuzz-sized input (a few kB): it catches runaway
 * (quadratic or backtracking) behaviour, not slowness, so it cannot flake on a busy machine.
 */
export const TIME_BOUND_MS = 5000

let tried = 0
let rendered = 0
const started = performance.now()

/** Prints how many inputs this test file compiled, and in how long: `npm run fuzz` reports it. */
export function reportTried(what: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`fuzz: ${what}: ${tried} inputs compiled (${rendered} to SVG, the rest to diagnostics) in ${seconds} s`)
}

export function checkCompile(source: string): CompileResult {
  tried++
  try {
    const started = performance.now()
    const result = compile(source)
    expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS)
    expect(result.diagnostics.filter((d) => d.code === 'internal-error' || d.code === 'stack-overflow')).toEqual([])
    if (result.svg !== undefined) {
      rendered++
      expect(assertSafeSvg(result.svg).name).toBe('svg')
    }
    else expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true)
    checkPositions(result, source)
    return result
  } catch (failure) {
    lastFailure.set(expect.getState().currentTestName ?? '', source)
    throw failure
  }
}

/** The last input that failed, by test name. */
const lastFailure = new Map<string, string>()

/**
 * Saves each failing test's counterexample to the corpus when the file's tests are done.
 * fast-check shrinks a failure by trying ever smaller inputs, and the last one that failed
 * is the counterexample it reports. (Not in afterEach: @fast-check/vitest runs those hooks
 * between the runs of a property.)
 */
export function keepFailures(): void {
  afterAll(() => {
    if (process.env['FUZZ_SAVE'] !== '0') for (const source of lastFailure.values()) saveToCorpus(source)
    lastFailure.clear()
  })
}

/** Every diagnostic's range starts and ends on a line of the input, at a column of that line. */
export function checkPositions(result: CompileResult, source: string): void {
  const lines = new LineIndex(source)
  const lastLine = lines.position(source.length).line
  for (const d of result.diagnostics) {
    for (const at of [d.range.start, d.range.end]) {
      expect(at.offset).toBeGreaterThanOrEqual(0)
      expect(at.offset).toBeLessThanOrEqual(source.length)
      expect(at.line).toBeGreaterThanOrEqual(1)
      expect(at.line).toBeLessThanOrEqual(lastLine)
      expect(at.column).toBeGreaterThanOrEqual(1)
      expect(at.column).toBeLessThanOrEqual([...lines.lineText(at.line)].length + 1)
    }
    expect(d.range.end.offset).toBeGreaterThanOrEqual(d.range.start.offset)
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * Saves an input under a name derived from its text: as a .seq file, or as a JSON string when
 * it holds lone surrogates, which UTF-8 cannot carry.
 */
function saveToCorpus(source: string): void {
  const name = createHash('sha256').update(source).digest('hex').slice(0, 12)
  mkdirSync(CORPUS, { recursive: true })
  if (LONE_SURROGATE.test(source)) writeFileSync(join(CORPUS, `${name}.json`), `${JSON.stringify(source)}\n`)
  else writeFileSync(join(CORPUS, `${name}.seq`), source)
}

/** The inputs of the corpus, by file name. */
export function readCorpus(): { name: string; source: string }[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.seq') || f.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(CORPUS, name), 'utf8')
      return { name, source: name.endsWith('.json') ? (JSON.parse(text) as string) : text }
    })
}
