// Chevrotain's recognition errors → messages in the language's own words. The parser's
// errorMessageProvider (grammar/error-provider.ts) encodes what Chevrotain knows as JSON in
// the exception message; this module reads it together with the tokens around the error.
import { tokenMatcher, type IRecognitionException, type IToken, type TokenType } from 'chevrotain'
import * as T from '../../grammar/tokens.js'
import type { ErrorPayload } from '../../grammar/error-provider.js'
import { error, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'

const NAME_TOKENS: TokenType[] = [T.Identifier, T.QuotedString, T.DottedKey]
const KEYWORD_NAMES = new Set(T.allTokens.filter((t) => t.name.startsWith('Kw_')).map((t) => t.name))

const is = (t: IToken | undefined, ...types: TokenType[]): boolean => t !== undefined && types.some((type) => tokenMatcher(t, type))
const isKeyword = (t: IToken): boolean => KEYWORD_NAMES.has(t.tokenType.name)
const valid = (t: IToken | undefined): t is IToken => t !== undefined && !Number.isNaN(t.startOffset) && t.tokenType.name !== 'EOF'

export function describeToken(t: IToken | undefined): string {
  if (!valid(t)) return 'the end of the file'
  if (is(t, T.Newline)) return 'the end of the line'
  const image = t.image.length > 24 ? `${t.image.slice(0, 21)}...` : t.image
  return `'${image.trim()}'`
}

/** The tokens of the statement that holds `at` (back to the last separator or brace). */
function statementBefore(tokens: readonly IToken[], at: IToken): IToken[] {
  let end = tokens.findIndex((t) => t.startOffset >= at.startOffset)
  if (end < 0) end = tokens.length
  let start = end
  while (start > 0 && !is(tokens[start - 1], T.Newline, T.Semicolon, T.LCurly, T.RCurly)) start--
  return tokens.slice(start, end)
}

/** The `{` that is still open at the end of the input, if any. */
function unclosedBrace(tokens: readonly IToken[]): IToken | undefined {
  const open: IToken[] = []
  for (const t of tokens) {
    if (is(t, T.LCurly)) open.push(t)
    else if (is(t, T.RCurly)) open.pop()
  }
  return open.at(-1)
}

function spanOf(t: IToken | undefined, fallback: IToken | undefined, sourceLength: number): Span {
  if (valid(t)) return { start: t.startOffset, end: t.startOffset + Math.max(1, t.image.length) }
  if (valid(fallback)) {
    const end = fallback.startOffset + fallback.image.length
    return { start: end, end: end + 1 }
  }
  return { start: sourceLength, end: sourceLength }
}

export function syntaxDiagnostic(e: IRecognitionException, tokens: readonly IToken[], sourceLength: number): Diagnostic {
  const actual = e.token
  const previous = (e as { previousToken?: IToken }).previousToken
  const span = spanOf(actual, previous, sourceLength)
  let payload: ErrorPayload
  try {
    payload = JSON.parse(e.message) as ErrorPayload
  } catch {
    payload = { kind: 'other', rule: '' }
  }
  const [code, message, at] = explain(payload, actual, valid(previous) ? previous : undefined, tokens)
  return error(code, message, at ? spanOf(at, undefined, sourceLength) : span)
}

/** Code, message, and the token to point at when it is not the offending one. */
type Explanation = [code: string, message: string, at?: IToken]

function explain(p: ErrorPayload, actual: IToken, previous: IToken | undefined, tokens: readonly IToken[]): Explanation {
  const found = describeToken(actual)
  const after = previous ? ` after ${describeToken(previous)}` : ''
  if (valid(actual) && isKeyword(actual) && (p.kind !== 'mismatch' || p.expected === T.Identifier.LABEL)) {
    const wantsName = p.kind === 'mismatch' || p.rule === 'name' || p.rule === 'endpoint'
    if (wantsName) return ['keyword-as-name', `'${actual.image}' is a keyword: write "${actual.image}" in quotes to use it as a name`]
  }
  if (p.kind === 'mismatch' && !valid(actual) && p.expected === T.RCurly.LABEL) {
    const brace = unclosedBrace(tokens)
    const line = brace ? ` on line ${brace.startLine}` : ''
    return ['unclosed-block', `expected '}' to close the '{'${line} before the end of the file`]
  }
  if (p.kind === 'mismatch') return ['unexpected-token', `expected ${p.expected}${after}, found ${found}`]
  if (p.kind === 'notAllInput') {
    if (is(actual, T.RCurly)) return ['unmatched-brace', "unexpected '}': there is no open block to close"]
    return ['unexpected-token', `unexpected ${found}`]
  }
  switch (p.rule) {
    case 'statementEnd': return endOfStatement(actual, previous, tokens)
    case 'name':
    case 'endpoint':
    case 'nameList':
      return ['expected-name', `expected a participant name${after}, found ${found}`]
    case 'label':
      return ['expected-label', `expected a label${after}, found ${found}`]
    case 'statement':
      return badStart(actual)
    default:
      return ['unexpected-token', `unexpected ${found}${after}`]
  }
}

function badStart(actual: IToken): [string, string] {
  if (is(actual, T.Arrow)) return ['expected-name', `expected a participant name before ${describeToken(actual)}`]
  if (is(actual, T.RCurly)) return ['unmatched-brace', "unexpected '}': there is no open block to close"]
  if (is(actual, T.Colon)) return ['expected-name', "expected a name before ':'"]
  return ['expected-statement', `expected a statement (a message such as 'a -> b: hello', a participant, a note, ...), found ${describeToken(actual)}`]
}

/** A statement that begins with a token no statement can begin with. */
export function strayStatement(first: IToken): Diagnostic {
  const [code, message] = badStart(first)
  return error(code, message, { start: first.startOffset, end: first.startOffset + first.image.length })
}

function endOfStatement(actual: IToken, previous: IToken | undefined, tokens: readonly IToken[]): Explanation {
  const found = describeToken(actual)
  const statement = statementBefore(tokens, actual)
  const head = statement[0]
  const hasArrow = statement.some((t) => is(t, T.Arrow))
  if (head && is(head, ...NAME_TOKENS) && !hasArrow && statement.length === 1 && previous) {
    if (is(actual, ...NAME_TOKENS, T.Question, T.Star)) {
      return ['expected-arrow', `expected an arrow (->, ->> or -->) after ${describeToken(previous)}`]
    }
    if (actual.image === '=' || actual.image.startsWith('<')) return ['expected-arrow', `expected an arrow (->, ->> or -->) after ${describeToken(previous)}`]
  }
  if (hasArrow && is(actual, ...NAME_TOKENS, T.Identifier) && previous && is(previous, ...NAME_TOKENS, T.Question, T.Star)) {
    return ['expected-colon', `expected ':' before the label after ${describeToken(previous)}, found ${found}`]
  }
  if (head && isKeyword(head) && is(actual, T.Arrow)) {
    return ['keyword-as-name', `'${head.image}' is a keyword: write "${head.image}" in quotes to use it as a name`, head]
  }
  return ['expected-end', `expected the end of the statement${previous ? ` after ${describeToken(previous)}` : ''}, found ${found}`]
}
