// Fuzz: structured values rather than random text. Colours, names and attribute blocks built
// from their own grammar (and its near misses, up to past every length bound), long lines,
// options handed to the library from JavaScript, and config files with any keys. Each family
// checks its own bound: compile's property, a printed diagnostic no longer than its window,
// and a config or option problem that is always one message, never an exception.
import { test } from '@fast-check/vitest'
import fc from 'fast-check'
import { afterAll, describe, expect } from 'vitest'
import { parseConfig } from '../../src/cli/config.js'
import { SNIPPET_WIDTH } from '../../src/diagnostics/format.js'
import { check, compile, formatDiagnostics } from '../../src/index.js'
import { checkCompile, fuzzParams, fuzzTimeout, keepFailures, reportTried } from './property.js'

const NUMBER_PIECES = ['0', '1', '255', '50%', '.5', '1.', '%', '..', '-1', '1e3']
const SEPARATORS = [' ', '  ', ',', ', ', '/', ' / ', '\t', '', ',,']
/** Colours: functional ones with random numbers and separators (valid and not), hex, names, junk, long runs. */
const colour = fc.oneof(
  { arbitrary: fc.constantFrom('teal', '#abc', '#A0B1C2', 'rgb(1, 2, 3)', 'rgba(1 2 3 / 50%)', 'hsl(120 50% 50%)'), weight: 4 },
  fc
    .tuple(
      fc.constantFrom('rgb', 'rgba', 'hsl', 'HSLA', 'url', 'rgb ', 'expression'),
      fc.array(fc.tuple(fc.constantFrom(...NUMBER_PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 6 }),
      fc.constantFrom(')', '', '))', ') x', ');fill:red'),
    )
    .map(([fn, parts, close]) => `${fn}(${parts.map(([n, s]) => n + s).join('')}${close}`),
  fc.stringMatching(/^#[0-9a-fA-FxX]{0,9}$/),
  fc.constantFrom('teal', 'Teal', 'transparent', 'notacolour', 'red;stroke:blue', 'javascript:alert(1)', ''),
  fc.tuple(fc.constantFrom('rgb(1', '#', 'a'), fc.constantFrom(' ', '1', '1 '), fc.integer({ min: 10, max: 5_000 })).map(([head, unit, n]) => `${head}${unit.repeat(n)}x`),
)
const name = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/),
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\u001b', '[', '3', '1', 'm', '\u009b', '\u202e', '\u2066', '"', '\\', '😀', '\u0000'), minLength: 1, maxLength: 20 }).map((s) => JSON.stringify(s)),
  fc.integer({ min: 40, max: 3_000 }).map((n) => `long${'n'.repeat(n)}`),
)
const ATTRIBUTE_KEYS = ['style.fill', 'style.stroke', 'style.font-color', 'style.stroke-dash', 'style.bold', 'shape', 'delay', 'lost', 'stroke', 'style.fil']
const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTE_KEYS), fc.oneof(colour, fc.constantFrom('4 2', 'true', 'actor', '3', '-1', '99999999'))).map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
const statement = fc.oneof(
  fc.tuple(name, name, fc.array(attribute, { maxLength: 4 })).map(([a, b, attrs]) => `${a} -> ${b}: m${attrs.length ? ` { ${attrs.join('; ')} }` : ''}`),
  fc.tuple(name, fc.array(attribute, { maxLength: 3 })).map(([a, attrs]) => `${a}${attrs.length ? ` { ${attrs.join('; ')} }` : ''}`),
  name.map((a) => `note over ${a}: n`),
)
const diagram = fc.array(statement, { minLength: 1, maxLength: 12 }).map((lines) => `${lines.join('\n')}\n`)

/** The same shapes kept valid (hostile quoted names, every colour form), so most of them reach layout and render. */
const goodColour = fc.oneof(
  fc.constantFrom('teal', 'Teal', '#abc', '#A0B1C2', '#a0b1c2d3', 'transparent'),
  fc.tuple(fc.constantFrom('rgb', 'rgba', 'hsl', 'HSLA'), fc.array(fc.constantFrom('0', '255', '50%', '.5'), { minLength: 3, maxLength: 4 }), fc.constantFrom(', ', ' ', ',')).map(([fn, ns, sep]) => `${fn}(${ns.join(sep)})`),
)
const goodAttribute = fc.oneof(
  fc.tuple(fc.constantFrom('style.stroke', 'style.font-color'), goodColour).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
  fc.constantFrom('style.stroke-dash: "4 2"', 'delay: 1', 'style.bold: true'),
)
const goodDiagram = fc
  .array(fc.tuple(name, name, fc.array(goodAttribute, { maxLength: 3 })), { minLength: 1, maxLength: 10 })
  .map((messages) => `${messages.map(([a, b, attrs]) => `${a} -> ${b}: m${attrs.length ? ` { ${attrs.join('; ')} }` : ''}`).join('\n')}\n`)

describe('fuzz: structured values', () => {
  keepFailures()
  afterAll(() => reportTried('structured values'))
  test.prop([diagram], fuzzParams(300))('colours, names and attributes, valid or not: compile returns safe SVG or diagnostics inside the input', (source) => {
    checkCompile(source)
  }, fuzzTimeout())
  test.prop([goodDiagram], fuzzParams(200))('valid colours and attributes between hostile names: the same property, mostly as SVG', (source) => {
    checkCompile(source)
  }, fuzzTimeout())
})

describe('fuzz: long lines', () => {
  const longLine = fc
    .tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.constantFrom('x', ' ', '😀', '\u001b', '->'), fc.constantFrom('a -> b: ', 'a ~> b ', 'note over zz: ', '"', ''), fc.boolean())
    .map(([n, unit, head, errorAtEnd]) => `${head}${unit.repeat(Math.ceil(n / unit.length))}${errorAtEnd ? ' ~> c' : ''}`)
  test.prop([longLine], fuzzParams(20))('every printed diagnostic is a bounded window, whatever the line length', (source) => {
    const { diagnostics } = compile(source)
    for (const d of diagnostics) {
      const printed = formatDiagnostics([d], source, 'x.seq')
      const [, snippet = '', caret = ''] = printed.split('\n')
      expect(snippet.length).toBeLessThanOrEqual(8 + SNIPPET_WIDTH + 2)
      expect(caret.length).toBeLessThanOrEqual(8 + SNIPPET_WIDTH + 2 + 1)
      expect(printed).not.toMatch(/\u001b/)
    }
  }, fuzzTimeout())
})

describe('fuzz: library options from JavaScript', () => {
  const anyValue = fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Infinity, -1, 0, 1.5, 2, '2', null, undefined, 'dark', 'blue'))
  const options = fc.oneof(
    fc.record({ theme: anyValue, asyncDelay: anyValue, maxDiagnostics: anyValue, limits: fc.oneof(anyValue, fc.dictionary(fc.constantFrom('maxNesting', 'maxTokens', 'nope', '__proto__'), anyValue)) }, { requiredKeys: [] }),
    anyValue,
  )
  const source = fc.oneof(fc.constant('a -> b: hi\n'), fc.anything())
  test.prop([source, options], fuzzParams(500))('never throws; a refused call has error diagnostics and no SVG', (src, opts) => {
    for (const run of [compile, check]) {
      const result = run(src as string, opts as never)
      const svg = 'svg' in result ? result.svg : undefined
      expect(result.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([])
      if (svg === undefined && run === compile) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true)
    }
  }, fuzzTimeout())
})

describe('fuzz: config keys', () => {
  const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype)
  const key = fc.oneof(fc.constantFrom(...PROTO_KEYS, 'theme', 'outDir', 'asyncDelay', 'strict', 'limits'), fc.string({ maxLength: 12 }))
  const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS, 'maxNesting'), fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 1 })))
  const configText = fc.oneof(
    fc.array(fc.tuple(key, value), { maxLength: 5 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v) ?? 'null'}`).join(', ')}}`),
    fc.string({ maxLength: 40 }),
  )
  test.prop([configText], fuzzParams(1000))('parseConfig never throws: a config, or one line per problem, each naming the file', (text) => {
    const result = parseConfig(text, 'lifeline.config.json')
    if (!result.ok) for (const line of result.message.split('\n')) expect(line).toMatch(/^lifeline\.config\.json: error: [^\n]+$/)
    else for (const k of Object.keys(result.config)) expect(['theme', 'outDir', 'asyncDelay', 'strict', 'limits']).toContain(k)
  }, fuzzTimeout())
})
