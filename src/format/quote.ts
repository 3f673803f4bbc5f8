// How the formatter writes names and labels back: bare wherever the language reads them the
// same way, in double quotes (with escapes) only where it would not.
import { labelTextMatcher } from '../../grammar/matchers.js'
import { createLexer, Identifier } from '../../grammar/tokens.js'
import { labelWarnings } from '../syntax/label-warnings.js'

/** A quoted string holding exactly `value`: `\\`, `\"` and `\n` are the escapes quotes read. */
export function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
}

let lexer: ReturnType<typeof createLexer> | undefined

/** A name stays bare when the lexer reads it as one identifier (so not a keyword). */
export function name(value: string): string {
  lexer ??= createLexer()
  const lexed = lexer.tokenize(value)
  const bare = lexed.errors.length === 0 && lexed.tokens.length === 1 && lexed.tokens[0]?.tokenType === Identifier && lexed.tokens[0].image === value
  return bare ? value : quoted(value)
}

/**
 * A bare label is trimmed, may not start with a quote, and reads `\n` as a line break; the
 * lexer's own label matcher says where it would stop (a comment, a `{` or `}`). Anything else,
 * and a label the parser would warn about, is quoted. So is a backslash before `n`, which a
 * bare label reads as a line break; any other backslash (`C:\temp`, the escape `\*` of
 * inline styles) stays bare, as written.
 */
const NEEDS_QUOTES = /^$|^[^\S\n]|[^\S\n]$|^"|\\n/

export function label(value: string): string {
  const bare = value.replace(/\n/g, '\\n')
  // Read as the lexer would, after `: ` (so a `#` at its start is judged by the blank before it).
  const whole = !NEEDS_QUOTES.test(value) && labelTextMatcher.exec(`: ${bare}`, 2)?.[0] === bare && labelWarnings(bare, 0).length === 0
  return whole ? bare : quoted(value)
}
