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
    { name: 'keywords as names where no keyword fits', text: 'left -> right: hi\nnote -> group: x\nbox -> end: y\ndestroy -> a\nnote: Note taker\nbox', kinds: ['message', 'message', 'message', 'message', 'participant', 'participant'] },
    { name: 'critical with options', text: 'critical connect {\n a -> b\n} option timeout {\n b -> a\n} option refused {\n}', kinds: ['fragment', 'branch', 'branch'] },
    { name: 'return, highlight and its colour', text: 'a -> +b: call\nhighlight {\n style.fill: #e0f2fe\n return done\n}', kinds: ['message', 'highlight'] },
    { name: 'new arrows and edges', text: 'a -- b: x\na -x b: y\na --x b: z\n[ -> a: in\na -> ]: out\n] -> a: back\na -> [: left', kinds: Array(7).fill('message') },
    { name: 'a note beside the message before it, with colours', text: 'a -> b: x\n& note right of b: y { style.fill: lightyellow }', kinds: ['message', 'note'] },
  ])('$name', ({ text, kinds: expected }) => {
    const result = parse(text)
    expect(result.diagnostics).toEqual([])
    expect(kinds(text)).toEqual(expected)
  })
})

describe('labels and names', () => {
  test.each([
    ['a -> b: Set-Cookie: sid=1; HttpOnly', 'Set-Cookie: sid=1; HttpOnly'],
    ['a -> b: GET https://example.com/docs#install', 'GET https://example.com/docs#install'],
    ['a -> b: fixes #42, colour #ff0000', 'fixes #42, colour #ff0000'],
    ['a -> b: GET /users/{id} { delay: 1 }', 'GET /users/{id}'],
    ['a -> b: call  # a comment', 'call'],
  ])('every word of %s is kept', (text, label) => {
    const { ast, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const [m] = ast.statements
    expect(m?.kind === 'message' && m.label?.value).toBe(label)
  })
  test.each([
    ['a -> b: hi; b -> a: back', 'label-swallowed-statement', 10, "';' is text in a label, so 'b -> a: back' is part of this label: put it on a line of its own, or quote the label to keep it as text"],
    ['a -> b: call  #todo later', 'label-swallowed-comment', 14, "'#todo' is part of the label: a comment needs a blank after '#' ('# todo'); quote the label to keep it as text"],
  ])('a label that seems to swallow code is warned about: %s', (text, code, start, message) => {
    const { diagnostics } = parse(text)
    expect(diagnostics.map((d) => [d.severity, d.code, d.span.start, d.message])).toEqual([['warning', code, start, message]])
    expect(parse(text.replace(/: (.*)$/, ': "$1"')).diagnostics).toEqual([])
  })
  test('bare text spans its words, not the blanks before a brace or a comment', () => {
    const source = 'a -> b:  call it  { delay: x }'
    const m = parse(source).ast.statements[0]
    if (m?.kind !== 'message') throw new Error('not a message')
    const value = m.attributes[0]?.value
    expect([m.label && source.slice(m.label.span.start, m.label.span.end), value && source.slice(value.span.start, value.span.end)]).toEqual(['call it', 'x'])
  })
  test('a text block spans lines, its common indentation removed', () => {
    const [n] = parse('note over a: """\n    first\n      second\n    """').ast.statements
    expect(n?.kind === 'note' && [n.label?.value, n.label?.block]).toEqual(['first\n  second', true])
  })
  test('attribute values end at ;', () => {
    const [m] = parse('a -> b: x { delay: 2; style.stroke: #f00 }').ast.statements
    expect(m?.kind === 'message' && m.attributes.map((a) => a.value?.value)).toEqual(['2', '#f00'])
  })
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
  // arrows: missing, reversed, mistyped, one too many
  { text: 'web db: x', at: '1:5', message: "expected an arrow (->, ->> or -->) after 'web'" },
  { text: '-> b: x', at: '1:1', message: "expected a participant name before '->'" },
  { text: 'a <- b', at: '1:3', message: "arrows point from sender to receiver: write 'b -> a' instead of 'a <- b'" },
  { text: 'a => b', at: '1:3', message: "unexpected '=': did you mean '->'?" },
  { text: "a -->> b: x", at: '1:3', message: "Mermaid's `-->>` (a dotted arrow) is `-->` here, a reply" },
  { text: "a ->>> b: x", at: '1:3', message: "'->>>' is not an arrow: did you mean '->>'?" },
  { text: "a >> b", at: '1:3', message: "unexpected '>': arrows are '->', '->>' or '-->'" },
  { text: "a - b", at: '1:3', message: "'-' is not an arrow: did you mean '->'?" },
  { text: "a ~> b", at: '1:3', message: "'~>' is not an arrow: arrows are '->', '->>' or '-->'" },
  { text: "a -> b -> c", at: '1:8', message: "a message has one arrow: write 'b -> c' as a statement of its own" },
  { text: "a -> b; ; -> c", at: '1:11', message: "expected a participant name before '->'" },
  // names: missing, keywords, digits, quotes, lists
  { text: 'a -> : x', at: '1:6', message: "expected a participant name after '->', found ':'" },
  { text: '"open -> b', at: '1:1', message: `this string has no closing '"' on its line` },
  { text: 'queue-worker -> b', at: '1:1', message: `a name may only hold letters, digits and '_': write "queue-worker" in quotes` },
  { text: "a -> 2b", at: '1:6', message: "a name cannot start with a digit: write \"2b\" in quotes" },
  { text: "2a -> b", at: '1:1', message: "a name cannot start with a digit: write \"2a\" in quotes" },
  { text: ": x", at: '1:1', message: "expected a name before ':'" },
  { text: "a -> b, c", at: '1:7', message: "only a note or a ref lists several names: a message goes from one participant to one other (or to '*', everyone)" },
  { text: "a, b -> c", at: '1:2', message: "only a note or a ref lists several names: a message goes from one participant to one other (or to '*', everyone)" },
  { text: "a ->", at: '1:5', message: "expected a participant name after '->', found the end of the file" },
  { text: "a -> +", at: '1:7', message: "expected a participant name after '+', found the end of the file" },
  { text: "activate", at: '1:9', message: "expected a participant name after 'activate', found the end of the file" },
  { text: "activate a b", at: '1:12', message: "expected the end of the statement after 'a', found 'b'" },
  { text: 'a -> b c', at: '1:8', message: "expected ':' before the label after 'b', found 'c'" },
  // mistyped keywords (did you mean)
  { text: "ntoe over a: x", at: '1:1', message: "'ntoe' is not a keyword: did you mean 'note'?" },
  { text: "actvate a", at: '1:1', message: "'actvate' is not a keyword: did you mean 'activate'?" },
  { text: "lop x {\n a -> b\n}", at: '1:1', message: "'lop' is not a keyword: did you mean 'loop'?" },
  { text: "alt x {\n a -> b\n} els {\n}", at: '3:3', message: "'els' is not a keyword: did you mean 'else'?" },
  { text: "note ovr a: y", at: '1:6', message: "expected 'over', 'left of' or 'right of' after 'note', found 'ovr' (did you mean 'over'?)" },
  // notes and refs
  { text: "note a: x", at: '1:6', message: "expected 'over', 'left of' or 'right of' after 'note', found 'a'" },
  { text: "note left a: x", at: '1:11', message: "expected 'of' after 'left', found 'a'" },
  { text: "ref a: x", at: '1:5', message: "expected 'over' after 'ref', found 'a'" },
  { text: "note over a b: x", at: '1:13', message: "expected ',' or ':' after 'a', found 'b' (separate names with ',')" },
  { text: "note over a, : x", at: '1:14', message: "expected a participant name after ',', found ':'" },
  // blocks: a '}' or '{' missing or extra
  { text: 'alt x {\n a -> b', at: '1:7', message: "this '{' is never closed: add a '}' where its block ends" },
  { text: "alt x {\n a -> b\nelse {\n b -> a\n}", at: '3:1', message: "expected '}' before 'else' to close the 'alt' block that starts on line 1" },
  { text: "par {\n a -> b\nand {\n b -> a\n}", at: '3:1', message: "expected '}' before 'and' to close the 'par' block that starts on line 1" },
  { text: "alt x {\n a -> b\n} else", at: '3:7', message: "expected '{' at the end of this line to open the 'else' block, found the end of the file" },
  { text: "loop x\n a -> b\n}", at: '1:1', message: "a block opens with '{' here: write `loop x {` ... `}` (Mermaid's and PlantUML's `end` is `}`)" },
  { text: "opt x { a -> b", at: '1:7', message: "this '{' is never closed: add a '}' where its block ends" },
  { text: "a -> b: x\nalt {\n", at: '2:5', message: "this '{' is never closed: add a '}' where its block ends" },
  { text: "a -> b: x { delay: 2\nb -> a: y", at: '1:11', message: "this '{' is never closed: end the attributes with '}' before line 2" },
  { text: '}', at: '1:1', message: "unexpected '}': there is no open block to close" },
  { text: 'a -> b }', at: '1:8', message: "unexpected '}': there is no open block to close" },
  { text: "{", at: '1:1', message: "unexpected '{': a block opens only after alt, opt, loop, par, critical, break, group, box, else or and" },
  // attributes and settings: a ':' missing
  { text: "a { shape actor }", at: '1:11', message: "expected ':' between 'shape' and its value (write 'shape: actor')" },
  { text: "a -> b: x { delay 2 }", at: '1:19', message: "expected ':' between 'delay' and its value (write 'delay: 2')" },
  { text: "wrap 80", at: '1:6', message: "expected ':' between 'wrap' and its value (write 'wrap: 80')" },
  { text: "title x", at: '1:7', message: "expected ':' between 'title' and its value (write 'title: x')" },
  { text: "a -> b { : 1 }", at: '1:10', message: "expected an attribute (such as 'delay: 2') or '}' after '{', found ':'" },
  { text: "a -> b {{ delay: 1 }}", at: '1:9', message: "expected an attribute (such as 'delay: 2') or '}' after '{', found '{'" },
  { text: "a -> b {\n delay: 1\n lost true\n}", at: '3:7', message: "expected ':' between 'lost' and its value (write 'lost: true')" },
  // characters the language does not use
  { text: 'a -> b: x\n%', at: '2:1', message: "unexpected character '%'" },
  { text: "a\u0000b", at: '1:2', message: "unexpected character U+0000" },
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
