// The formatter: canonical layout, comments kept, idempotent, and never a change of meaning
// (the model before and after is the same, over every example and fixture).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { formatSource } from '../../src/format/format.js'
import { parse } from '../../src/syntax/parse.js'
import { model } from '../helpers.js'

function fmt(source: string): string {
  const result = formatSource(source)
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '))
  return result.text
}

/** The model without source line numbers, which formatting may move. */
function meaning(source: string): unknown {
  const { model: m, codes } = model(source)
  return JSON.parse(JSON.stringify({ m, codes }, (key, value: unknown) => (key === 'line' || key === 'endLine' ? undefined : value)))
}

const corpus = [
  ...readdirSync('examples').filter((f) => f.endsWith('.seq')).map((f) => join('examples', f)),
  ...readdirSync('test/fixtures').filter((f) => f.endsWith('.seq')).map((f) => join('test/fixtures', f)),
]

describe('over every example and fixture', () => {
  test.each(corpus)('%s: same model, comments kept, idempotent', (file) => {
    const source = readFileSync(file, 'utf8')
    const once = fmt(source)
    expect(meaning(once)).toEqual(meaning(source))
    expect(fmt(once)).toBe(once)
    const comments = (text: string) => parse(text).ast.comments.map((c) => c.text.trim())
    expect(comments(once)).toEqual(comments(source))
  })
})

describe('canonical layout', () => {
  test.each([
    { name: 'spacing around arrows and colons', input: 'a->b:hi\nb  -->  a :  ok\n', output: 'a -> b: hi\nb --> a: ok\n' },
    { name: 'activation marks and parallel sends', input: 'a->+b:x\n&a->>c:y\nb-->-a\n', output: 'a -> +b: x\n& a ->> c: y\nb --> -a\n' },
    { name: 'one statement per line', input: 'a -> b; b -> c;c -> a\n', output: 'a -> b\nb -> c\nc -> a\n' },
    { name: 'blank lines collapsed to one, none at the ends', input: '\n\na -> b\n\n\n\nb -> a\n\n', output: 'a -> b\n\nb -> a\n' },
    {
      name: 'attributes in canonical key order, on one line',
      input: 'x: X {\n  style.bold: true\n  shape: actor\n}\na -> x { style.stroke: red;delay:1 }\n',
      output: 'x: X { shape: actor; style.bold: true }\na -> x { delay: 1; style.stroke: red }\n',
    },
    { name: 'a repeated key keeps its order (the last wins)', input: 'a -> b { delay: 2; lost: true; delay: 1 }\n', output: 'a -> b { delay: 2; delay: 1; lost: true }\n' },
    {
      name: 'blocks indented by two spaces, else joined to the brace',
      input: 'alt ok {\na -> b\n    loop x {\n b -> c }\n}\nelse   no {\n\ta -> c\n}\n',
      output: 'alt ok {\n  a -> b\n  loop x {\n    b -> c\n  }\n} else no {\n  a -> c\n}\n',
    },
    { name: 'else joined even across blank lines', input: 'alt a {\nx -> y\n}\n\nelse b {\n}\n', output: 'alt a {\n  x -> y\n} else b {\n}\n' },
    { name: 'box bodies one name per line', input: 'box Back end { api; db }\n', output: 'box Back end {\n  api\n  db\n}\n' },
    {
      name: 'notes, refs, settings, dividers, delays, lifecycle',
      input: 'title:Hi\nautonumber\nnote left  of a:x\nnote over a,b :y\nref over a , b:z\n==  mid  ==\n...\n...  later ...\ncreate c\ndestroy c\nactivate a\n',
      output: 'title: Hi\nautonumber\nnote left of a: x\nnote over a, b: y\nref over a, b: z\n== mid ==\n...\n... later ...\ncreate c\ndestroy c\nactivate a\n',
    },
    { name: 'the outside world and broadcast', input: '?->>a:in\na->>*:all\n', output: '? ->> a: in\na ->> *: all\n' },
    { name: 'CRLF line endings are kept', input: 'a->b\r\n\r\n\r\nb->a\r\n', output: 'a -> b\r\n\r\nb -> a\r\n' },
    { name: 'an empty file stays empty', input: '\n\n', output: '' },
  ])('$name', ({ input, output }) => {
    expect(fmt(input)).toBe(output)
    expect(meaning(output)).toEqual(meaning(input))
  })
})

describe('quoting only when needed', () => {
  test.each([
    { name: 'plain names and labels stay bare', input: 'web: "Web app"\n"db" -> web: "ok"\n', output: 'web: Web app\ndb -> web: ok\n' },
    { name: 'keywords and non-identifiers as names', input: '"note" -> "Web App": x\n', output: '"note" -> "Web App": x\n' },
    { name: '#, {, }, ; inside label text need no quotes', input: 'a -> b: "issue #4"\na -> b: "a;b"\na -> b: "x{y}"\n', output: 'a -> b: issue #4\na -> b: a;b\na -> b: x{y}\n' },
    { name: 'a comment-like #, a { after a blank, a statement after ; are quoted', input: 'a -> b: "x # y"\na -> b: "x {y}"\na -> b: "x; b -> a"\n', output: 'a -> b: "x # y"\na -> b: "x {y}"\na -> b: "x; b -> a"\n' },
    { name: 'leading and trailing spaces', input: 'a -> b: "  indented"\n', output: 'a -> b: "  indented"\n' },
    { name: 'line breaks as \\n, bare or quoted', input: 'a -> b: one\\ntwo\nc: "C\\n #1"\n', output: 'a -> b: one\\ntwo\nc: C\\n #1\n' },
    { name: 'quotes and backslashes inside quotes, bare where they read the same', input: 'a -> b: "say \\"hi\\" \\\\ bye"\n', output: 'a -> b: say "hi" \\ bye\n' },
    { name: 'a backslash before n stays quoted (bare, it is a line break)', input: 'a -> b: "C:\\\\new"\n', output: 'a -> b: "C:\\\\new"\n' },
    { name: 'inline-style markers and escapes are kept as written', input: 'a -> b: **go** *now* `f(x)` \\*not\\* 2 * 3 C:\\temp\n', output: 'a -> b: **go** *now* `f(x)` \\*not\\* 2 * 3 C:\\temp\n' },
    { name: 'colons in labels need no quotes', input: 'smtp: "SMTP: Gmail"\n', output: 'smtp: SMTP: Gmail\n' },
    { name: 'an empty quoted label stays', input: 'a: ""\n', output: 'a: ""\n' },
  ])('$name', ({ input, output }) => {
    expect(fmt(input)).toBe(output)
    expect(meaning(output)).toEqual(meaning(input))
  })
})

describe('comments', () => {
  test.each([
    { name: 'whole-line and trailing', input: '# top\na->b   # why\n  # next\nb->a\n', output: '# top\na -> b # why\n# next\nb -> a\n' },
    {
      name: 'in blocks, on the header line and before the closing brace',
      input: 'loop x {   # every minute\n# first\na -> b\n   # last\n} # done\n',
      output: 'loop x { # every minute\n  # first\n  a -> b\n  # last\n} # done\n',
    },
    { name: 'a comment after } keeps else on its own line', input: 'alt a {\nx -> y\n} # yes\nelse b {\ny -> x\n}\n', output: 'alt a {\n  x -> y\n} # yes\nelse b {\n  y -> x\n}\n' },
    { name: 'on a } else line it goes with the else', input: 'alt a {\nx -> y\n} else b { # no\ny -> x\n}\n', output: 'alt a {\n  x -> y\n} else b { # no\n  y -> x\n}\n' },
    { name: 'inside a multi-line attribute block it moves above the statement', input: 'x: X {\n  shape: actor # a person\n}\n', output: '# a person\nx: X { shape: actor }\n' },
    { name: 'after several statements on a line it follows the last', input: 'a -> b; b -> a # pair\n', output: 'a -> b\nb -> a # pair\n' },
    { name: 'a # inside quotes is not a comment', input: 'a -> b: "#1" # real\n', output: 'a -> b: #1 # real\n' },
    { name: 'only comments', input: '# one\n\n\n# two\n', output: '# one\n\n# two\n' },
  ])('$name', ({ input, output }) => {
    expect(fmt(input)).toBe(output)
    expect(fmt(output)).toBe(output)
  })
})

test('syntax errors: nothing formatted, the errors handed back', () => {
  const result = formatSource('a -> b\nweb db: x\n')
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['expected-arrow', 2]])
})

describe('this round\'s constructs survive formatting', () => {
  test.each([
    { name: 'critical / option', input: 'critical x {\na -> b\n}\noption y {\nb -> a\n}\n', output: 'critical x {\n  a -> b\n} option y {\n  b -> a\n}\n' },
    { name: 'return and highlight with its colour', input: 'a -> +b\nhighlight  hot {\nstyle.fill:  #e0f2fe\nreturn   done\n}\n', output: 'a -> +b\nhighlight hot {\n  style.fill: #e0f2fe\n  return done\n}\n' },
    { name: 'autonumber attributes and footbox', input: 'autonumber: 10 {format:"[1]";step: 5}\nfootbox: false\na -> b\n', output: 'autonumber: 10 { step: 5; format: [1] }\nfootbox: false\na -> b\n' },
    { name: 'new arrows and edges', input: '[->a: in\na--b\na -x b\nb--xa\na->]: out\n]->a\na->[\n', output: '[ -> a: in\na -- b\na -x b\nb --x a\na -> ]: out\n] -> a\na -> [\n' },
    { name: '& note with colours, links', input: 'a -> b: x {tooltip: hi;link: https://e.com/a#b}\n&  note right of b: y {style.fill: lightyellow}\n', output: 'a -> b: x { link: https://e.com/a#b; tooltip: hi }\n& note right of b: y { style.fill: lightyellow }\n' },
    { name: 'a text block keeps its form, indented with its statement', input: 'opt x {\nnote over a: """\n    one\n      two\n    """\n}\n', output: 'opt x {\n  note over a: """\n    one\n      two\n  """\n}\n' },
    { name: 'a box with colour lines', input: 'box B {\nstyle.fill: "#eef"\napi\n}\napi -> api\n', output: 'box B {\n  style.fill: #eef\n  api\n}\napi -> api\n' },
  ])('$name', ({ input, output }) => {
    expect(fmt(input)).toBe(output)
    expect(fmt(output)).toBe(output)
    expect(meaning(output)).toEqual(meaning(input))
  })
})
