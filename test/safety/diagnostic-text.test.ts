// Printed diagnostics stay small and inert: a long line is shown as a window around the
// column, and control characters from the diagram or the file name never reach the terminal
// or the CI log raw.
import { describe, expect, test } from 'vitest'
import { printReports } from '../../src/cli/diagnostic-output.js'
import type { Io } from '../../src/cli/io.js'
import { compile, formatDiagnostics } from '../../src/index.js'
import { SNIPPET_WIDTH } from '../../src/diagnostics/format.js'
import { escapeControls } from '../../src/diagnostics/printable.js'

const text = (source: string, file = 'x.seq'): string => formatDiagnostics(compile(source).diagnostics, source, file)
/** Every character a terminal or log viewer would act on. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

describe('a long line is shown as a window', () => {
  test('one error on a 3 MB line prints a few hundred bytes, not the line', () => {
    const source = `a -> b: ${'x'.repeat(3_000_000)}`
    const printed = text(source)
    expect(printed.length).toBeLessThan(600)
    expect(printed).toContain('the maxSourceLength limit')
    expect(printed.split('\n')[1]).toMatch(/^ {4}1 \| …x+…$/)
  })

  test('the caret stays under the column, inside the window, with an ellipsis on each cut side', () => {
    const pad = 'a'.repeat(5_000)
    const source = `${pad} -> b ~> c ${'d'.repeat(5_000)}\n`
    const printed = text(source)
    const [, line = '', caret = ''] = printed.split('\n')
    expect(line.length).toBeLessThanOrEqual(8 + SNIPPET_WIDTH + 2)
    expect(line.startsWith('    1 | …')).toBe(true)
    expect(line.endsWith('…')).toBe(true)
    const column = caret.indexOf('^')
    expect(line.slice(column, column + 2)).toBe('~>')
  })

  test('a short line is printed whole, without an ellipsis', () => {
    const [, line, caret] = text('a -> b ~> c\n').split('\n')
    expect(line).toBe('    1 | a -> b ~> c')
    expect(caret).toBe('      |        ^~')
  })

  test('the caret stands under its column in a terminal, where CJK and emoji take two cells and marks none', () => {
    const [, , caret] = text('a -> b: 日本語🚀 e\u0301 { delay: x }\n').split('\n')
    // 'a -> b: ' 8 cells, 日本語🚀 8, ' e' + a combining accent 2, ' { delay: ' 10.
    expect(caret).toBe(`      | ${' '.repeat(8 + 8 + 2 + 10)}^`)
  })

  test('an emoji at the cut is never split in half', () => {
    const source = `${'😀'.repeat(400)} ~> b\n`
    const [, line = ''] = text(source).split('\n')
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })
})

/** An Io that keeps what is printed to standard output and error. */
function capture(): { io: Io; printed: () => { out: string; err: string } } {
  let out = ''
  let err = ''
  const io = { stdout: (s: string | Uint8Array) => void (out += String(s)), stderr: (s: string) => void (err += s) } as unknown as Io
  return { io, printed: () => ({ out, err }) }
}

describe('terminal escapes are escaped', () => {
  const hostile = ['\u001b[2J\u001b[31mred', '\u001b]0;pwned\u0007', '\u009b31m', '\u202eevil', '\u2066x\u2069']
  test.each(hostile)('a quoted name holding %j', (name) => {
    const source = `a -> b\nnote over "${name}": hi\n`
    const printed = text(source, `fi\u001b[1mle.seq`)
    expect(printed).not.toMatch(RAW_CONTROL)
    expect(printed).toContain(escapeControls(name))
    expect(printed).toContain('fi\\x1b[1mle.seq')
  })

  test('in GitHub annotations and the file-level lines', () => {
    const source = `a -> b\nnote over "\u001b]8;;http://x\u0007z": hi\n`
    const { io, printed } = capture()
    const diagnostics = compile(source).diagnostics
    printReports([{ file: 'a\u001bb.seq', source, diagnostics }], 'github', io)
    printReports([{ file: 'c\u009bd.seq', source: undefined, diagnostics }], 'text', io)
    const { out, err } = printed()
    expect(out).toContain('::error file=a\\x1bb.seq')
    expect(out).not.toMatch(RAW_CONTROL)
    expect(err).toContain('c\\x9bd.seq: error:')
    expect(err).not.toMatch(RAW_CONTROL)
  })

  test('in JSON, as in text and annotations: the same visible escapes, no raw C1 or bidi control in the bytes', () => {
    const source = `a -> b\nnote over "\u009b31m\u202eevil\u001b[2J": hi\n`
    const { io, printed } = capture()
    const diagnostics = compile(source).diagnostics
    expect(diagnostics.length).toBeGreaterThan(0)
    printReports([{ file: 'e\u202ef.seq', source: undefined, diagnostics }], 'json', io)
    printReports([{ file: 'e\u202ef.seq', source: undefined, diagnostics }], 'text', io)
    const { out, err } = printed()
    expect(out).not.toMatch(RAW_CONTROL)
    const json = JSON.parse(out) as { file: string; severity: string; message: string }[]
    expect(json.map((d) => `${d.file}: ${d.severity}: ${d.message}\n`).join('')).toBe(err)
    expect(json[0]?.file).toBe('e\\u202ef.seq')
  })
})

