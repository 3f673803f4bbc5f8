// The TextMate grammar (editors/vscode/syntaxes), run through vscode-textmate and
// vscode-oniguruma as VS Code runs it: each construct's tokens get the scopes themes colour
// (a table per construct), every line of every example and construct file is recognised and
// ends with nothing left open (but the two constructs that may span lines: an attribute block
// and a triple-quoted string), and ```lifeline fences in Markdown are highlighted.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { grammarFor, tokenize, type Token } from './textmate.js'

/** Expected [token text, scope] pairs, in order of appearance (other tokens may come between). */
type Expectation = readonly [string, string]

const CONSTRUCTS: { name: string; text: string; expect: Expectation[] }[] = [
  { name: 'comment at line start', text: '# a note to self', expect: [['#', 'punctuation.definition.comment'], [' a note to self', 'comment.line.number-sign']] },
  { name: 'comment after a statement', text: 'a -> b: call  # why', expect: [['call ', 'string.unquoted.label'], [' why', 'comment.line.number-sign']] },
  { name: '# inside a token is text', text: 'a -> b: see docs#install and #42', expect: [['see docs#install and #42', 'string.unquoted.label']] },
  { name: 'settings', text: 'title: Checkout **flow**\ntheme: dark\nwrap: 200\nasync-delay: 2\nfootbox: false', expect: [
    ['title', 'keyword.other.setting'], ['Checkout ', 'string.unquoted.label'], ['**flow**', 'markup.bold'],
    ['theme', 'keyword.other.setting'], ['dark', 'constant.language'], ['wrap', 'keyword.other.setting'], ['200', 'constant.numeric'],
    ['async-delay', 'keyword.other.setting'], ['2', 'constant.numeric'], ['footbox', 'keyword.other.setting'], ['false', 'constant.language.boolean'],
  ] },
  { name: 'autonumber with attributes', text: 'autonumber: 10 { step: 5; format: "[1]" }', expect: [
    ['autonumber', 'keyword.other.setting'], ['10', 'constant.numeric'], ['step', 'entity.other.attribute-name'], ['5', 'constant.numeric'],
    ['format', 'entity.other.attribute-name'], ['[1]', 'string.quoted.double'],
  ] },
  { name: 'participant declaration', text: 'db: Orders\\nDB { shape: database; style.fill: "#eef"; style.bold: true }', expect: [
    ['db', 'entity.name.type.participant'], [':', 'punctuation.separator.label'], ['Orders', 'string.unquoted.label'], ['\\n', 'constant.character.escape'],
    ['{', 'punctuation.section.braces.begin'], ['shape', 'entity.other.attribute-name'], ['database', 'support.constant.shape'],
    ['style.fill', 'entity.other.attribute-name'], ['#eef', 'string.quoted.double'], ['true', 'constant.language.boolean'], ['}', 'punctuation.section.braces.end'],
  ] },
  { name: 'quoted participant name', text: '"SMTP: Gmail" { shape: boundary }', expect: [['"SMTP: Gmail"', 'entity.name.type.participant'], ['boundary', 'support.constant.shape']] },
  { name: 'links and tooltips', text: 'api { link: https://example.com/api; tooltip: The API }', expect: [['link', 'entity.other.attribute-name'], ['https://example.com/api', 'string.unquoted.value'], ['tooltip', 'entity.other.attribute-name']] },
  ...(
    [['->', 'sync'], ['->>', 'async'], ['-->', 'reply'], ['--', 'plain line'], ['-x', 'destroying'], ['--x', 'dashed destroying']] as const
  ).map(([arrow, what]) => ({
    name: `${what} arrow ${arrow}`,
    text: `web ${arrow} api: go`,
    expect: [['web', 'entity.name.type.participant'], [arrow, 'keyword.operator.arrow'], ['api', 'entity.name.type.participant'], ['go', 'string.unquoted.label']] as Expectation[],
  })),
  { name: 'activation marks and parallel', text: '& a ->+ b: on\nb -->- a: off', expect: [
    ['&', 'keyword.operator.parallel'], ['->', 'keyword.operator.arrow'], ['+', 'keyword.operator.activation'], ['-->', 'keyword.operator.arrow'], ['-', 'keyword.operator.activation'],
  ] },
  { name: 'message attributes', text: 'a ->> b: later { delay: 2; lost: true; style.stroke-dash: 4 2; style.stroke: rgb(1, 2, 3) }', expect: [
    ['delay', 'entity.other.attribute-name'], ['2', 'constant.numeric'], ['lost', 'entity.other.attribute-name'], ['true', 'constant.language.boolean'],
    ['4', 'constant.numeric'], ['rgb', 'support.function.color'],
  ] },
  { name: 'edges and the outside world', text: '[ -> a: found\n] -> a: from the right\na -> ]: out\na -> [: out left\n? ->> a: in\na ->> *: everyone', expect: [
    ['[', 'constant.language.edge'], [']', 'constant.language.edge'], [']', 'constant.language.edge'], ['[', 'constant.language.edge'], ['?', 'constant.language.edge'], ['*', 'constant.language.edge'],
  ] },
  { name: 'notes', text: 'note over a, b: both\nnote left of a: l\n& note right of b: r { style.fill: lightyellow }', expect: [
    ['note', 'keyword.other.note'], ['over', 'keyword.other.note'], ['a', 'entity.name.type.participant'], [',', 'punctuation.separator.comma'], ['b', 'entity.name.type.participant'], ['both', 'string.unquoted.label'],
    ['left of', 'keyword.other.note'], ['&', 'keyword.operator.parallel'], ['right of', 'keyword.other.note'], ['style.fill', 'entity.other.attribute-name'], ['lightyellow', 'string.unquoted.value'],
  ] },
  { name: 'triple-quoted note', text: 'note over a: """\n  first *line*\n  second\n  """', expect: [['"""', 'punctuation.definition.string.begin'], ['*line*', 'markup.italic'], ['  second', 'string.quoted.triple'], ['"""', 'punctuation.definition.string.end']] },
  { name: 'ref', text: 'ref over a, b: login flow', expect: [['ref', 'keyword.other.ref'], ['over', 'keyword.other.ref'], ['b', 'entity.name.type.participant'], ['login flow', 'string.unquoted.label']] },
  { name: 'lifecycle and activation statements', text: 'create c\nactivate c\ndeactivate c\ndestroy c', expect: [
    ['create', 'keyword.other.lifecycle'], ['c', 'entity.name.type.participant'], ['activate', 'keyword.other.lifecycle'], ['deactivate', 'keyword.other.lifecycle'], ['destroy', 'keyword.other.lifecycle'],
  ] },
  { name: 'return', text: 'return\nreturn `200` OK', expect: [['return', 'keyword.control.return'], ['return', 'keyword.control.return'], ['`200`', 'markup.inline.raw'], [' OK', 'string.unquoted.label']] },
  { name: 'alt / else', text: 'alt card ok {\n  a -> b\n} else declined {\n}', expect: [
    ['alt', 'keyword.control'], [' card ok ', 'string.unquoted.label'], ['{', 'punctuation.section.block.begin'], ['}', 'punctuation.section.block.end'], ['else', 'keyword.control'], [' declined ', 'string.unquoted.label'],
  ] },
  { name: 'opt, loop, break, group', text: 'opt x {\n}\nloop every _second_ {\n}\nbreak {\n}\ngroup g {\n}', expect: [
    ['opt', 'keyword.control'], ['loop', 'keyword.control'], ['_second_', 'markup.italic'], ['break', 'keyword.control'], ['group', 'keyword.control'],
  ] },
  { name: 'par / and, critical / option', text: 'par { } and { }\ncritical lock {\n} option timeout {\n}', expect: [
    ['par', 'keyword.control'], ['and', 'keyword.control'], ['critical', 'keyword.control'], ['option', 'keyword.control'],
  ] },
  { name: 'highlight with a colour line', text: 'highlight Busy {\n  style.fill: "#e0f2fe"\n  a -> b\n}', expect: [
    ['highlight', 'keyword.control'], ['style.fill', 'entity.other.attribute-name'], ['#e0f2fe', 'string.quoted.double'], ['->', 'keyword.operator.arrow'],
  ] },
  { name: 'box with colours and participants on one line', text: 'box Backend { style.fill: #eef; api; db }', expect: [
    ['box', 'keyword.control'], ['style.fill', 'entity.other.attribute-name'], ['#eef', 'constant.other.color.rgb-value'], ['api', 'entity.name.type.participant'], ['db', 'entity.name.type.participant'],
  ] },
  { name: 'divider and delay', text: '== Later ==\n... 5 minutes ...', expect: [
    ['==', 'punctuation.definition.divider'], [' Later ', 'string.unquoted.divider'], ['...', 'punctuation.definition.delay'], [' 5 minutes ', 'string.unquoted.delay'],
  ] },
  { name: 'a keyword used as a participant name stays a name', text: 'loop -> box: x', expect: [['loop', 'entity.name.type.participant'], ['box', 'entity.name.type.participant']] },
]

/** Checks that the expectations appear in order; returns the first one that does not. */
function missing(tokens: readonly Token[], expectations: readonly Expectation[]): Expectation | undefined {
  let from = 0
  for (const [text, scope] of expectations) {
    const at = tokens.findIndex((t, i) => i >= from && t.text === text && t.scopes.some((s) => s.startsWith(scope)))
    if (at < 0) return [text, scope]
    from = at + 1
  }
  return undefined
}

describe('scopes per construct', () => {
  test.each(CONSTRUCTS)('$name', async ({ text, expect: expectations }) => {
    const lines = tokenize(await grammarFor('source.lifeline'), text)
    const tokens = lines.flatMap((l) => l.tokens)
    const shown = tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n')
    expect(missing(tokens, expectations), shown).toBeUndefined()
    expect(lines.at(-1)?.closed, 'the snippet leaves a construct open').toBe(true)
  })
})

/** The constructs that may continue on the next line. */
const MAY_SPAN_LINES = ['meta.attributes.lifeline', 'string.quoted.triple.lifeline']

const seqFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.seq')).map((f) => join(dir, f))

describe('every example and construct file', () => {
  test.each([...seqFiles('examples'), ...seqFiles('docs/constructs')])('%s: every line recognised and closed', async (file) => {
    const lines = tokenize(await grammarFor('source.lifeline'), readFileSync(file, 'utf8'))
    expect(lines.at(-1)?.closed, `${file} ends inside a construct`).toBe(true)
    lines.forEach((line, i) => {
      const spanning = line.tokens.at(-1)?.scopes.some((s) => MAY_SPAN_LINES.includes(s)) === true
      expect(line.closed || spanning, `${file}:${i + 1} ends inside a construct`).toBe(true)
      // Every visible character is in some construct: a token with only the root scope is unrecognised text.
      const unknown = line.tokens.filter((t) => t.text.trim() !== '' && t.scopes.length === 1)
      expect(unknown.map((t) => t.text), `${file}:${i + 1}`).toEqual([])
    })
  })
})

describe('Markdown fences', () => {
  test('a ```lifeline fence is highlighted as Lifeline, the prose around it is not', async () => {
    const text = 'Some *prose* -> here\n\n```lifeline\nweb -> api: pay\nalt ok {\n}\n```\n\nweb -> api: not code'
    const lines = tokenize(await grammarFor('text.html.markdown'), text)
    const scopesOf = (line: number, token: string): readonly string[] => lines[line]?.tokens.find((t) => t.text === token)?.scopes ?? []
    expect(scopesOf(2, 'lifeline')).toContain('fenced_code.block.language.markdown')
    expect(scopesOf(3, '->')).toEqual(expect.arrayContaining(['meta.embedded.block.lifeline', 'keyword.operator.arrow.lifeline']))
    expect(scopesOf(3, 'web')).toContain('entity.name.type.participant.lifeline')
    expect(scopesOf(4, 'alt')).toContain('keyword.control.lifeline')
    expect(lines[6]?.closed).toBe(true)
    expect(lines[8]?.tokens.flatMap((t) => t.scopes)).not.toContain('keyword.operator.arrow.lifeline')
  })
})
