// The library never throws and never answers bad options with an internal error or a silently
// empty diagram: every problem with the source or the options is an error diagnostic naming it.
import { describe, expect, test } from 'vitest'
import { check, compile, formatDiagnostics, importDiagram } from '../../src/index.js'
import remarkLifeline from '../../src/integrations/remark.js'
import { renderDiagrams } from '../../src/browser/render-page.js'

const GOOD = 'a ->> b: job\n'
const codes = (r: { diagnostics: readonly { code: string }[] }) => r.diagnostics.map((d) => d.code)

describe('options are validated', () => {
  test.each([
    ['asyncDelay NaN', { asyncDelay: Number.NaN }, 'asyncDelay must be a whole number, 0 or more, found NaN'],
    ['asyncDelay 1.5', { asyncDelay: 1.5 }, 'asyncDelay must be a whole number, 0 or more, found 1.5'],
    ['asyncDelay -1', { asyncDelay: -1 }, 'asyncDelay must be a whole number, 0 or more, found -1'],
    ['maxDiagnostics 0', { maxDiagnostics: 0 }, 'maxDiagnostics must be a whole number, 1 or more, found 0'],
    ['maxDiagnostics -1', { maxDiagnostics: -1 }, 'maxDiagnostics must be a whole number, 1 or more, found -1'],
    ['maxDiagnostics NaN', { maxDiagnostics: Number.NaN }, 'maxDiagnostics must be a whole number, 1 or more, found NaN'],
    ['theme "blue"', { theme: 'blue' }, `theme must be 'light', 'dark' or 'auto', found "blue"`],
    ['a misspelt option', { asyncdelay: 2 }, "unknown option 'asyncdelay' (did you mean 'asyncDelay'?)"],
    ['a misspelt limit', { limits: { maxNestin: 3 } }, "unknown limit 'maxNestin' (did you mean 'maxNesting'?)"],
    ['limits that are not an object', { limits: 5 }, 'limits must be an object such as { maxStatements: 50000 }, found 5'],
    ['a bad limit', { limits: { maxNesting: 2.5 } }, 'limits.maxNesting must be a whole number, 0 or more, found 2.5'],
    ['an idPrefix that cannot be an id', { idPrefix: 'a b"' }, `idPrefix must be a letter then letters, digits, '-' or '_' (it becomes the SVG's ids), found "a b\\""`],
    ['options that are not an object', 7, 'the options must be an object such as { theme: \'dark\' }, found 7'],
    ['null options', null, "the options must be an object such as { theme: 'dark' }, found null"],
    [
      'a getter that throws',
      {
        get theme() {
          throw new Error('getter')
        },
      },
      'theme could not be read: reading it threw Error: getter',
    ],
    [
      'a Proxy whose traps throw',
      new Proxy({}, { ownKeys: () => { throw new Error('trap') } }),
      'the options could not be read: reading it threw Error: trap',
    ],
    ['a limit whose getter throws', { limits: new Proxy({}, { ownKeys: () => ['maxNesting'], getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }), get: () => { throw new RangeError('no') } }) }, 'limits.maxNesting could not be read: reading it threw RangeError: no'],
  ])('%s', (_what, options, message) => {
    for (const run of [compile, check]) {
      const result = run(GOOD, options as never)
      expect(result.diagnostics).toEqual([
        { severity: 'error', code: 'invalid-option', message, range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
      ])
      expect('svg' in result ? result.svg : undefined).toBeUndefined()
    }
  })

  test.each([compile, check])('the options are read once: a getter that works once and throws after is never asked again (%o)', (run) => {
    let reads = 0
    const options = {
      get asyncDelay() {
        if (++reads > 1) throw new Error('read twice')
        return 2
      },
    }
    expect(run(GOOD, options).diagnostics).toEqual([])
    expect(reads).toBe(1)
  })

  test('good options still work', () => {
    expect(compile(GOOD, { asyncDelay: 2, maxDiagnostics: 1, theme: 'dark', limits: { maxNesting: 3 } }).diagnostics).toEqual([])
    expect(compile(GOOD, { asyncDelay: undefined }).svg).toMatch(/^<svg /)
  })
})

describe('the source must be a string', () => {
  test.each([
    ['a Buffer', Buffer.from(GOOD), 'the source must be a string, found a Buffer: decode the bytes first, for example with new TextDecoder().decode(bytes)'],
    ['undefined', undefined, 'the source must be a string, found undefined'],
    ['a number', 42, 'the source must be a string, found 42'],
    ['an object', { source: GOOD }, 'the source must be a string, found a object'],
  ])('%s gives invalid-source, not an empty diagram', (_what, source, message) => {
    const result = compile(source as never)
    expect(result.svg).toBeUndefined()
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['invalid-source', message]])
  })
})

describe('the diagnostic cap', () => {
  // 22 warnings before one error: the cap of 20 used to keep the first 20 by position.
  const warnings = Array.from({ length: 22 }, (_, i) => `p${i} -> p${i} { delay: 1; delay: 2 }`).join('\n')
  const source = `${warnings}\nnote over zed: hi\n`

  test('keeps every error before any warning', () => {
    const all = compile(source, { maxDiagnostics: 1000 })
    expect(codes(all).filter((c) => c === 'duplicate-attribute')).toHaveLength(22)
    const capped = compile(source)
    expect(capped.diagnostics).toHaveLength(20)
    expect(capped.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(all.diagnostics.filter((d) => d.severity === 'error').length)
    expect(capped.svg).toBeUndefined()
    expect(check(source).diagnostics.some((d) => d.severity === 'error')).toBe(true)
  })

  test('the kept diagnostics stay in source order', () => {
    const offsets = compile(source).diagnostics.map((d) => d.range.start.offset)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
  })

  test('a cap of one keeps the error', () => {
    expect(compile(source, { maxDiagnostics: 1 }).diagnostics.map((d) => d.severity)).toEqual(['error'])
  })
})

describe('importDiagram checks its options with the same validator', () => {
  const MERMAID = 'sequenceDiagram\nA->>B: hi\n'
  test.each([
    ['null', null, "the options must be an object such as { from: 'mermaid' }, found null"],
    ['a number', 5, "the options must be an object such as { from: 'mermaid' }, found 5"],
    ['an unknown language', { from: 'd2' }, "from must be 'mermaid' or 'plantuml', found \"d2\""],
    ['a misspelt option', { form: 'mermaid' }, "unknown option 'form' (did you mean 'from'?)"],
    ['maxDiagnostics 0', { maxDiagnostics: 0 }, 'maxDiagnostics must be a whole number, 1 or more, found 0'],
    [
      'a getter that throws',
      {
        get from() {
          throw new Error('getter')
        },
      },
      'from could not be read: reading it threw Error: getter',
    ],
  ])('%s is an invalid-option diagnostic', (_what, options, message) => {
    const result = importDiagram(MERMAID, options as never)
    expect(result.text).toBeUndefined()
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['invalid-option', message]])
  })

  test('good options still work', () => {
    expect(importDiagram(MERMAID, { from: 'mermaid', maxDiagnostics: 5 }).text).toMatch(/^A -> B: hi/m)
    expect(importDiagram(MERMAID).from).toBe('mermaid')
  })
})

describe('the Markdown plugins check their options with the same validator', () => {
  test.each([
    ['a compile option', { compile: { asyncDelay: -1 } }, 'lifeline-diagrams/remark: compile.asyncDelay must be a whole number, 0 or more, found -1'],
    ['a misspelt compile option', { compile: { theme: 'dark' } }, "lifeline-diagrams/remark: unknown compile option 'theme'; the compile options are asyncDelay, maxDiagnostics, limits"],
    [
      'a getter that throws',
      {
        get onError() {
          throw new Error('getter')
        },
      },
      'lifeline-diagrams/remark: onError could not be read: reading it threw Error: getter',
    ],
  ])('%s is a TypeError naming it at set-up', (_what, options, message) => {
    expect(() => remarkLifeline(options as never)).toThrow(new TypeError(message))
  })
})

describe("the browser's renderDiagrams checks its options before it looks at the page", () => {
  test.each([
    ['a root that is no element', { root: 5 }, 'lifeline-diagrams/browser: root must be an element or a document, found 5'],
    ['a misspelt option', { rot: {} }, "lifeline-diagrams/browser: unknown option 'rot' (did you mean 'root'?)"],
    [
      'a getter that throws',
      {
        get root() {
          throw new Error('getter')
        },
      },
      'lifeline-diagrams/browser: root could not be read: reading it threw Error: getter',
    ],
  ])('%s is a TypeError naming it', (_what, options, message) => {
    expect(() => renderDiagrams(options as never)).toThrow(new TypeError(message))
  })

  test('a root is searched, the page never touched', () => {
    const root = { querySelectorAll: () => [] }
    expect(renderDiagrams({ root, theme: 'dark' })).toEqual([])
  })
})

describe('formatDiagnostics never throws', () => {
  test.each([undefined, null, 'x'])('%s is nothing to print', (diagnostics) => {
    expect(formatDiagnostics(diagnostics as never, 'a -> b\n', 'f.seq')).toBe('')
  })

  test('an entry without a range is printed without a position', () => {
    expect(formatDiagnostics([{}, { severity: 'warning', message: 'odd' }] as never, 'a -> b\n', 'f.seq')).toBe('f.seq: error: a diagnostic without a message\nf.seq: warning: odd\n')
  })

  test('a source that is not a string still prints the message and position', () => {
    const [d] = check('a -> \n').diagnostics
    expect(formatDiagnostics([d!], undefined as never, 'f.seq')).toMatch(/^f\.seq:1:\d+: error: /)
  })
})
