// Chevrotain's recognition errors → messages in the language's own words. The parser's
// errorMessageProvider (grammar/error-provider.ts) encodes what Chevrotain knows as JSON in
// the exception message; this module reads it together with the tokens around the error
// (token-context.ts) and, for the common slips, says what to write instead.
import type { IRecognitionException, IToken } from 'chevrotain'
import type { ErrorPayload } from '../../grammar/error-provider.js'
import * as T from '../../grammar/tokens.js'
import { error, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'
import { is, TokenContext, valid, type StatementSoFar } from './token-context.js'
import { keywordTypo } from './typos.js'
import { bareNameMessage } from '../diagnostics/suggest.js'

const NAME_TOKENS = [T.Identifier, T.QuotedString, T.DottedKey]
const KEYWORD_NAMES = new Set(T.allTokens.filter((t) => t.name.startsWith('Kw_')).map((t) => t.name))
/** Longest token text quoted in a message. */
const SHOWN_LENGTH = 24

const isKeyword = (t: IToken): boolean => KEYWORD_NAMES.has(t.tokenType.name)

const didYouMean = (word: string | undefined): string => (word ? ` (did you mean '${word}'?)` : '')

/** Text for a message: long texts are cut, so a message stays one readable line. */
export function shorten(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 3)}...` : text
}

export function describeToken(t: IToken | undefined): string {
  if (!valid(t)) return 'the end of the file'
  if (is(t, T.Newline)) return 'the end of the line'
  return `'${shorten(t.image).trim()}'`
}

function spanOf(t: IToken | undefined, fallback: IToken | undefined, sourceLength: number): Span {
  if (valid(t)) return { start: t.startOffset, end: t.startOffset + Math.max(1, t.image.length) }
  if (valid(fallback)) {
    const end = fallback.startOffset + fallback.image.length
    return { start: end, end: end + 1 }
  }
  return { start: sourceLength, end: sourceLength }
}

/**
 * Every parser error, worded; the token context is built once for all of them. `echoLines`
 * (1-based) are lines whose every other error only echoes one already reported elsewhere.
 */
export function syntaxDiagnostics(
  errors: readonly IRecognitionException[],
  tokens: readonly IToken[],
  sourceLength: number,
): { readonly diagnostics: Diagnostic[]; readonly echoLines: ReadonlySet<number> } {
  if (errors.length === 0) return { diagnostics: [], echoLines: new Set() }
  const context = new TokenContext(tokens)
  // After an attribute block left open, the next statement was misread as attributes: the
  // parser's complaints on that line are echoes of the one reported at the brace.
  const echoLines = new Set<number>()
  const out: Diagnostic[] = []
  for (const e of errors) {
    const line = valid(e.token) ? e.token.startLine : undefined
    if (line !== undefined && echoLines.has(line)) continue
    const d = syntaxDiagnostic(e, context, sourceLength)
    if (d.code === 'unclosed-attributes' && line !== undefined) echoLines.add(line)
    out.push(d)
  }
  return { diagnostics: out, echoLines }
}

function syntaxDiagnostic(e: IRecognitionException, context: TokenContext, sourceLength: number): Diagnostic {
  const actual = e.token
  const previous = (e as { previousToken?: IToken }).previousToken
  let payload: ErrorPayload
  try {
    payload = JSON.parse(e.message) as ErrorPayload
  } catch {
    payload = { kind: 'other', rule: '' }
  }
  const where: Where = { actual, previous: valid(previous) ? previous : undefined, rules: e.context?.ruleStack ?? [], context }
  const [code, message, at] = explain(payload, where)
  return error(code, message, at ? spanOf(at, undefined, sourceLength) : spanOf(actual, previous, sourceLength))
}

/** The error's surroundings: the token found, the one before, and the rules being parsed. */
interface Where {
  readonly actual: IToken
  readonly previous: IToken | undefined
  readonly rules: readonly string[]
  readonly context: TokenContext
}

/** Code, message, and the token to point at when it is not the offending one. */
type Explanation = [code: string, message: string, at?: IToken]

function explain(p: ErrorPayload, w: Where): Explanation {
  const { actual, previous } = w
  const found = describeToken(actual)
  const after = previous ? ` after ${describeToken(previous)}` : ''
  if (valid(actual) && isKeyword(actual) && (p.kind !== 'mismatch' || p.expected === T.Identifier.LABEL)) {
    const wantsName = p.kind === 'mismatch' || p.rule === 'name' || p.rule === 'endpoint'
    if (wantsName) return ['keyword-as-name', `'${actual.image}' is a keyword: write "${actual.image}" in quotes to use it as a name`]
  }
  if (p.kind === 'mismatch') return mismatch(p.expected, w)
  if (p.kind === 'notAllInput') {
    if (is(actual, T.RCurly, T.LCurly)) return badStart(actual)
    return ['unexpected-token', `unexpected ${found}`]
  }
  switch (p.rule) {
    case 'statementEnd': return endOfStatement(w)
    case 'name':
    case 'endpoint':
    case 'nameList':
      if (valid(actual) && is(actual, T.DottedKey)) return ['invalid-name', bareNameMessage(actual.image)]
      return ['expected-name', `expected a participant name${after}, found ${found}`]
    case 'label':
      return ['expected-label', `expected a label${after}, found ${found}`]
    case 'note':
      return ['expected-placement', `expected 'over', 'left of' or 'right of'${after}, found ${found}${didYouMean(keywordTypo(actual, ['over', 'left', 'right']))}`]
    case 'statement':
      return badStart(actual)
    default:
      return ['unexpected-token', `unexpected ${found}${after}`]
  }
}

/** A token other than the one the grammar required. */
function mismatch(expected: string, w: Where): Explanation {
  const { actual, previous } = w
  const after = previous ? ` after ${describeToken(previous)}` : ''
  if (!valid(actual) && expected === T.RCurly.LABEL) {
    const brace = w.context.unclosedBrace()
    return ['unclosed-block', "this '{' is never closed: add a '}' where its block ends", brace]
  }
  const opener = w.context.statementAt(actual).head
  if (expected === T.LCurly.LABEL && w.rules.at(-1) === 'block' && opener) {
    return ['expected-block', `expected '{' at the end of this line to open the '${opener.image}' block, found ${describeToken(actual)}`]
  }
  const inAttribute = w.rules.at(-1) === 'labelPart' && w.rules.at(-2) === 'attribute'
  if (inAttribute && previous && expected === T.Colon.LABEL && is(actual, T.Arrow)) {
    // `a -> b: x { delay: 2` then `b -> a: y`: the next statement was read as an attribute.
    const brace = w.context.openBraceBefore(previous)
    if (brace) return ['unclosed-attributes', `this '{' is never closed: end the attributes with '}' before line ${previous.startLine}`, brace]
  }
  if (inAttribute && previous && expected === T.Colon.LABEL) {
    const value = valid(actual) && !is(actual, T.Newline, T.RCurly, T.Semicolon) ? shorten(actual.image.trim()) : '...'
    return ['expected-colon', `expected ':' between '${previous.image}' and its value (write '${previous.image}: ${value}')`]
  }
  if (w.rules.at(-2) === 'property' && previous && !is(actual, T.Newline, T.Semicolon, T.RCurly)) {
    return ['invalid-name', bareNameMessage(previous.image), previous]
  }
  const inNames = w.rules.at(-1) === 'labelPart' && ['note', 'ref'].includes(w.rules.at(-2) ?? '')
  if (inNames && previous && expected === T.Colon.LABEL && is(actual, ...NAME_TOKENS)) {
    return ['expected-colon', `expected ',' or ':'${after}, found ${describeToken(actual)} (separate names with ',')`]
  }
  if (w.rules.at(-1) === 'attributes' && expected === T.RCurly.LABEL) {
    return ['expected-attribute', `expected an attribute (such as 'delay: 2') or '}'${after}, found ${describeToken(actual)}`]
  }
  return ['unexpected-token', `expected ${expected}${after}, found ${describeToken(actual)}`]
}

function badStart(actual: IToken): [string, string] {
  if (is(actual, T.Arrow)) return ['expected-name', `expected a participant name before ${describeToken(actual)}`]
  if (is(actual, T.RCurly)) return ['unmatched-brace', "unexpected '}': there is no open block to close"]
  if (is(actual, T.LCurly)) return ['unexpected-block', "unexpected '{': a block opens only after alt, opt, loop, par, critical, break, group, box, else or and"]
  if (is(actual, T.Colon)) return ['expected-name', "expected a name before ':'"]
  return ['expected-statement', `expected a statement (a message such as 'a -> b: hello', a participant, a note, ...), found ${describeToken(actual)}`]
}

/** A statement that begins with a token no statement can begin with. */
export function strayStatement(first: IToken): Diagnostic {
  const [code, message] = badStart(first)
  return error(code, message, { start: first.startOffset, end: first.startOffset + first.image.length })
}

/** The statement should have ended here: say what was probably meant. */
function endOfStatement(w: Where): Explanation {
  const { actual, previous } = w
  const statement = w.context.statementAt(actual)
  const head = statement.head
  const found = describeToken(actual)
  const afterPrevious = previous ? ` after ${describeToken(previous)}` : ''
  // `my-db: Postgres { ... }`: a declaration of a name with '-' read as a box's property line.
  if (head && is(head, T.DottedKey) && !head.image.includes('.') && is(actual, T.LCurly)) return ['invalid-name', bareNameMessage(head.image), head]
  if (head && previous && statement.length === 1) {
    const fix = firstWordFix(head, previous, statement, w.context)
    if (fix) return fix
  }
  if (previous && is(previous, T.RCurly)) {
    const typo = is(actual, T.Identifier) && statement.braceAhead ? keywordTypo(actual, ['else', 'and']) : undefined
    if (typo) return ['unknown-keyword', `'${actual.image}' is not a keyword: did you mean '${typo}'?`]
    return ['expected-end', `expected the end of the line after '}' (only 'else' or 'and' may follow it), found ${found}`]
  }
  if (is(actual, T.Arrow) && statement.hasArrow && previous) {
    const target = is(statement.next, ...NAME_TOKENS) ? statement.next?.image : '...'
    return ['second-arrow', `a message has one arrow: write '${shorten(`${previous.image} ${actual.image} ${target}`)}' as a statement of its own`]
  }
  if (is(actual, T.Comma) && head && is(head, ...NAME_TOKENS, T.Ampersand)) {
    return ['unexpected-comma', "only a note or a ref lists several names: a message goes from one participant to one other (or to '*', everyone)"]
  }
  if (is(actual, T.Minus) && previous && is(previous, ...NAME_TOKENS, T.Question)) {
    const arrow = is(statement.next, T.Minus) ? '-->' : '->'
    const typed = arrow === '-->' ? '--' : '-'
    return ['unknown-arrow', `'${typed}' is not an arrow: did you mean '${arrow}'?`]
  }
  if (statement.hasArrow && is(actual, ...NAME_TOKENS) && previous && is(previous, ...NAME_TOKENS, T.Question, T.Star)) {
    return ['expected-colon', `expected ':' before the label after ${describeToken(previous)}, found ${found}`]
  }
  if (head && isKeyword(head) && is(actual, T.Arrow)) {
    return ['keyword-as-name', `'${head.image}' is a keyword: write "${head.image}" in quotes to use it as a name`, head]
  }
  return ['expected-end', `expected the end of the statement${afterPrevious}, found ${found}`]
}

/** One word, then something that cannot follow it: a missing arrow, a missing `:`, or a typo'd keyword. */
function firstWordFix(head: IToken, previous: IToken, statement: StatementSoFar, context: TokenContext): Explanation | undefined {
  const actual = statement.at
  if (is(head, T.Identifier)) {
    const typo = keywordTypo(head, candidatesAfter(statement))
    if (typo) return ['unknown-keyword', `'${head.image}' is not a keyword: did you mean '${typo}'?`, head]
  }
  if (T.SETTING_KEYWORDS.some((k) => is(head, k)) && valid(actual) && !is(actual, T.Newline)) {
    return ['expected-colon', `expected ':' between '${head.image}' and its value (write '${head.image}: ${shorten(context.restOfLine(actual))}')`, actual]
  }
  if (is(head, ...NAME_TOKENS) && (is(actual, ...NAME_TOKENS, T.Question, T.Star) || actual?.image === '=' || actual?.image.startsWith('<'))) {
    return ['expected-arrow', `expected an arrow (->, ->> or -->) after ${describeToken(previous)}`]
  }
  return undefined
}

const BLOCK_KEYWORDS = ['alt', 'opt', 'loop', 'par', 'critical', 'break', 'group', 'box', 'else', 'and']
const ONE_NAME_KEYWORDS = ['activate', 'deactivate', 'create', 'destroy']

/** The keywords that the rest of a one-word statement would make sense after. */
function candidatesAfter(statement: StatementSoFar): string[] {
  const { at, next } = statement
  // After a mistyped `note`, `over`, `left` and `right` are names (they are keywords only after it).
  if (at?.image === 'over') return ['note', 'ref']
  if (at?.image === 'left' || at?.image === 'right') return ['note']
  if (statement.braceAhead) return BLOCK_KEYWORDS
  if (is(at, ...NAME_TOKENS) && (!valid(next) || is(next, T.Newline, T.Semicolon, T.RCurly))) return ONE_NAME_KEYWORDS
  return []
}
