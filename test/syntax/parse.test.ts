import { describe, expect, test } from 'vitest'
import { LineIndex } from '../../src/diagnostics/position.js'
import { parse } from '../../src/syntax/parse.js'

const kinds = (source: string): string[] => parse(source).ast.statements.map((s) => s.kind)

describe('statements', () => {
  test.each([
    { name: 'participant', text: 'web', kinds: ['participant'] },
    { name: 'participant with label and attrs', text: 'user: Visitor { shape: actor }', kinds: ['participant'] },
    { name: 'three arrows', text: 'a -> b: x\nb --> a: y\na ->> b: z', kinds: ['message', 'message', 'message'] },
    { name: 'semicolons', text: 'a -> b; b -> c', kinds: ['message', 'message'] },
    { name: 'settings', text: 'title: T\nautonumber\nasync-delay: 1', kinds: ['setting', 'setting', 'setting'] },
    { name: 'notes', text: 'note over a: x\nnote left of a: y\nnote over a, b: z', kinds: ['note', 'note', 'note'] },
    { name: 'fragment with else on the same line', text: 'alt ok {\n a -> b\n} else no {\n b -> a\n}', kinds: ['fragment', 'branch'] },
    { name: 'fragment with else on the next line', text: 'alt ok {\n a -> b\n}\nelse {\n}', kinds: ['fragment', 'branch'] },
    { name: 'one-line block', text: 'opt x { a -> b: hi }', kinds: ['fragment'] },
    { name: 'divider and delays', text: '== phase 2 ==\n...\n... 5 minutes ...', kinds: ['divider', 'delay', 'delay'] },
    { name: 'box', text: 'box Backend { api; db }', kinds: ['box'] },
    { name: 'lifecycle and activation', text: 'create b\nactivate a\ndeactivate a\ndestroy b', kinds: ['lifecycle', 'activation', 'activation', 'lifecycle'] },
    { name: 'outside world, broadcast, parallel', text: '? ->> a: in\na ->> ?: out\na ->> *: all\n& a ->> b: too', kinds: ['message', 'message', 'message', 'message'] },
    { name: 'comments everywhere', text: '# head\na -> b: x # tail\n  # indented', kinds: ['message'] },
  ])('$name', ({ text, kinds: expected }) => {
    const result = parse(text)
    expect(result.diagnostics).toEqual([])
    expect(kinds(text)).toEqual(expected)
  })
})

describe('labels and names', () => {
  test('a label runs to the end of the line and is trimmed', () => {
    const [m] = parse('a -> b:   GET /x?y=1: z   # c').ast.statements
    expect(m?.kind === 'message' && m.label?.value).toBe('GET /x?y=1: z')
  })
  test('quoted names and labels take escapes', () => {
    const [m] = parse('"Web App" -> db: "say \\"hi\\"\\nthen \\\\ go"').ast.statements
    expect(m?.kind === 'message' && m.from.kind === 'name' && m.from.name.value).toBe('Web App')
    expect(m?.kind === 'message' && m.label?.value).toBe('say "hi"\nthen \\ go')
  })
  test('an unquoted label may break lines with \\n', () => {
    const [m] = parse('a -> b: one\\ntwo').ast.statements
    expect(m?.kind === 'message' && m.label?.value).toBe('one\ntwo')
  })
  test('an attribute block ends the label', () => {
    const [m] = parse('a ->> b: deliver { delay: 2 }').ast.statements
    expect(m?.kind === 'message' && [m.label?.value, m.attributes.map((x) => [x.key, x.value?.value])]).toEqual(['deliver', [['delay', '2']]])
  })
  test('unicode names', () => {
    const [m] = parse('Zürich -> 東京: こんにちは').ast.statements
    expect(m?.kind === 'message' && m.to.kind === 'name' && m.to.name.value).toBe('東京')
  })
  test('activation marks', () => {
    const [a, b] = parse('a -> +b: call\nb --> -a: done').ast.statements
    expect(a?.kind === 'message' && a.activation).toBe('activate')
    expect(b?.kind === 'message' && b.activation).toBe('deactivate')
  })
})

/** Every malformed input with the message and 1-based line:column it must produce. */
const MALFORMED: { text: string; at: string; message: string }[] = [
  { text: 'web db: x', at: '1:5', message: "expected an arrow (->, ->> or -->) after 'web'" },
  { text: 'a -> b c', at: '1:8', message: "expected ':' before the label after 'b', found 'c'" },
  { text: '-> b: x', at: '1:1', message: "expected a participant name before '->'" },
  { text: 'a -> : x', at: '1:6', message: "expected a participant name after '->', found ':'" },
  { text: 'a <- b', at: '1:3', message: "arrows point from sender to receiver: write 'b -> a' instead of 'a <- b'" },
  { text: 'a => b', at: '1:3', message: "unexpected '=': did you mean '->'?" },
  { text: 'note -> b', at: '1:1', message: `'note' is a keyword: write "note" in quotes to use it as a name` },
  { text: 'a -> note: x', at: '1:6', message: `'note' is a keyword: write "note" in quotes to use it as a name` },
  { text: '"open -> b', at: '1:1', message: `this string has no closing '"' on its line` },
  { text: 'alt x {\n a -> b', at: '2:8', message: "expected '}' to close the '{' on line 1 before the end of the file" },
  { text: '}', at: '1:1', message: "unexpected '}': there is no open block to close" },
  { text: 'a -> b }', at: '1:8', message: "unexpected '}': there is no open block to close" },
  { text: 'queue-worker -> b', at: '1:1', message: `a name may only hold letters, digits and '_': write "queue-worker" in quotes` },
  { text: 'a -> b: x\n%', at: '2:1', message: "unexpected character '%'" },
]

describe('syntax errors', () => {
  test.each(MALFORMED)('$text', ({ text, at, message }) => {
    const { diagnostics } = parse(text)
    const first = diagnostics[0]
    expect(first?.message).toBe(message)
    const pos = new LineIndex(text).position(first?.span.start ?? -1)
    expect(`${pos.line}:${pos.column}`).toBe(at)
  })

  test('independent errors on several lines are all reported', () => {
    const { diagnostics } = parse('web db: x\na -> b: ok\n-> c\nx <- y\n')
    expect(diagnostics.map((d) => new LineIndex('web db: x\na -> b: ok\n-> c\nx <- y\n').position(d.span.start).line)).toEqual([1, 3, 4])
  })

  test('messages never name Chevrotain tokens', () => {
    for (const { text } of MALFORMED) {
      for (const d of parse(text).diagnostics) expect(d.message).not.toMatch(/Identifier|LCurly|RCurly|Kw_|NoViableAlt|EOF|Token/)
    }
  })
})
