// Input generators for the fuzz tests: arbitrary text, "token soup" made of the language's own
// vocabulary (so the parser gets past the lexer and into its deeper rules), and random edits
// of the examples (so layout and render see almost-valid diagrams).
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import * as T from '../../grammar/tokens.js'

/** Upper bound on generated input size: large enough for nesting and many lines, small enough to stay fast. */
export const MAX_LENGTH = 400

/** Any UTF-16 text, lone surrogates and control characters included, and line breaks of every kind. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: MAX_LENGTH }),
  fc.string({ unit: fc.constantFrom('\n', '\r', '\r\n', '\t', ' ', '\u0000', '\ud800', '\udc00', '\u202e', '\u0301', '😀', 'a', '-', '>', '{', '}', '"', ':', '#'), maxLength: MAX_LENGTH }),
)

/** Keyword images, read from the token vocabulary so a new keyword is fuzzed at once. */
const KEYWORDS = T.allTokens.filter((t) => t.name.startsWith('Kw_')).map((t) => String(t.LABEL).replace(/'/g, ''))

const VOCABULARY = [
  ...KEYWORDS,
  '->', '->>', '-->', '<-', '=>', '-->>', '->>>', '+', '-', '?', '*', '&', ',', ':', ';', '{', '}',
  '\n', '\n', '\n', '\r\n', '"', '"quoted name"', '"esc \\" \\\\ \\n"', '#', '# comment', '== divider ==', '...', '... later ...',
  'a', 'b', 'web', 'db', 'Zürich', '東京', 'hello world', 'x\\ny', 'shape', 'actor', 'database', 'delay', '2', '-1', 'true',
  'lost', 'style.fill', 'style.stroke', 'red', '#ff0000', 'style.stroke-dash', '4 2', 'wrap', '80', 'theme', 'dark', 'auto',
  '<script>', '&amp;', ']]>', '\u0000', '\u0007', '\ud800', '\u202e', '😀', 'e\u0301',
]

/** Words of the language with random spacing between them. */
export const tokenSoup = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom('', ' ', ' ', '  ', '\t')), { maxLength: 80 })
  .map((parts) => parts.map(([word, space]) => word + space).join(''))

export const EXAMPLES: readonly { name: string; text: string }[] = readdirSync('examples')
  .filter((f) => f.endsWith('.seq'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(`examples/${f}`, 'utf8') }))

export type Edit = { op: 'delete' | 'duplicate' | 'swap'; unit: 'line' | 'char'; at: number; other: number }

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap'),
  unit: fc.constantFrom('line', 'char'),
  at: fc.nat(),
  other: fc.nat(),
})

/** Deletes, duplicates or swaps lines and characters (indices taken modulo the length). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text
  for (const e of edits) {
    const parts = e.unit === 'line' ? out.split('\n') : [...out]
    if (parts.length === 0) continue
    const i = e.at % parts.length
    const j = e.other % parts.length
    if (e.op === 'delete') parts.splice(i, 1)
    else if (e.op === 'duplicate') parts.splice(i, 0, parts[i] ?? '')
    else [parts[i], parts[j]] = [parts[j] ?? '', parts[i] ?? '']
    out = parts.join(e.unit === 'line' ? '\n' : '')
  }
  return out
}

/** One to six edits. */
export const edits = fc.array(edit, { minLength: 1, maxLength: 6 })
