// Characters the lexer cannot read → messages in the language's words, with a fix where the
// mistake is a common one: a mistyped arrow (`=>`, `<-`, `-->>`, `->>>`, `>`), or a value
// written without its `:` (`delay 2`).
import { tokenMatcher, type ILexingError, type IToken } from 'chevrotain'
import * as T from '../../grammar/tokens.js'
import { error, type Diagnostic } from '../diagnostics/diagnostic.js'
import { shorten } from './syntax-errors.js'

const ARROWS = "'->', '->>' or '-->'"
/** How far to look for the end of a word that starts with a digit. */
const MAX_WORD = 200

export function lexerDiagnostic(e: ILexingError, source: string, tokens: readonly IToken[]): Diagnostic {
  const span = { start: e.offset, end: e.offset + Math.max(1, e.length) }
  const text = source.slice(e.offset, e.offset + Math.max(2, e.length))
  const before = source.slice(Math.max(0, e.offset - 3), e.offset)
  if (text.startsWith('<-')) {
    return error('reversed-arrow', "arrows point from sender to receiver: write 'b -> a' instead of 'a <- b'", span)
  }
  if (text.startsWith('=')) return error('unexpected-character', "unexpected '=': did you mean '->'?", span)
  if (text.startsWith('>') && before === '-->') {
    return error('unknown-arrow', "'-->>' is not an arrow: a reply is '-->', an asynchronous message '->>'", { start: e.offset - 3, end: e.offset + 1 })
  }
  if (text.startsWith('>') && before === '->>') {
    return error('unknown-arrow', "'->>>' is not an arrow: did you mean '->>'?", { start: e.offset - 3, end: e.offset + 1 })
  }
  if (text.startsWith('>')) return error('unknown-arrow', `unexpected '>': arrows are ${ARROWS}`, span)
  if (text[1] === '>' && !/\s/.test(text[0] ?? '')) {
    return error('unknown-arrow', `'${text}' is not an arrow: arrows are ${ARROWS}`, { start: e.offset, end: e.offset + 2 })
  }
  if (/^\d/.test(text)) return leadingDigit(e, source, tokens)
  const shown = [...text][0] ?? ''
  const code = shown.codePointAt(0) ?? 0
  const printable = code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${shown}'`
  return error('unexpected-character', `unexpected character ${printable}`, span)
}

/** A digit where a name was due: a value missing its `:`, or a name that needs quotes. */
function leadingDigit(e: ILexingError, source: string, tokens: readonly IToken[]): Diagnostic {
  const whole = /^[^\s{};:#,]+/.exec(source.slice(e.offset, e.offset + MAX_WORD))?.[0] ?? ''
  const span = { start: e.offset, end: e.offset + whole.length }
  const word = shorten(whole)
  const previous = tokenBefore(tokens, e.offset)
  const isKey = previous !== undefined && [T.Identifier, T.DottedKey, ...T.SETTING_KEYWORDS].some((t) => tokenMatcher(previous, t))
  const sameLine = previous !== undefined && !/[\r\n]/.test(source.slice(previous.startOffset + previous.image.length, e.offset))
  if (isKey && sameLine) {
    return error('expected-colon', `expected ':' between '${previous.image}' and its value (write '${previous.image}: ${word}')`, span)
  }
  return error('invalid-name', `a name cannot start with a digit: write "${word}" in quotes`, span)
}

/** The last token that ends before `offset`. */
function tokenBefore(tokens: readonly IToken[], offset: number): IToken | undefined {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((tokens[mid]?.startOffset ?? 0) < offset) low = mid + 1
    else high = mid
  }
  return tokens[low - 1]
}
