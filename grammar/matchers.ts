// Hand-written token matchers for the rules a regex cannot say, because they look at the text
// around a token: keywords that count only where the grammar needs them, `#` that starts a
// comment only between blanks, and free label text that keeps `;`, `#42` and `{id}`.
// Each matcher has Chevrotain's custom-pattern shape: (text, offset) → match or null.

type Match = [string] | null
/** The tokens matched so far, as Chevrotain hands them to a custom pattern. */
type SoFar = readonly { readonly image: string; readonly tokenType: { readonly name: string } }[]
export interface Matcher {
  readonly exec: (text: string, offset: number, tokens?: SoFar) => Match
}

const NAME_CHAR = /[\p{L}\p{N}_]/u
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff'
const isLineEnd = (c: string | undefined): boolean => c === undefined || c === '\n' || c === '\r'

function isNameCharAt(text: string, offset: number): boolean {
  const c = text.codePointAt(offset)
  return c !== undefined && NAME_CHAR.test(String.fromCodePoint(c))
}

/** The first character at or after `offset` that is not a blank ('' at the end of the text). */
function nextVisible(text: string, offset: number): string {
  let i = offset
  while (isBlank(text[i])) i++
  return text[i] ?? ''
}

/**
 * Whether `offset` is where a statement starts: only blanks (and a leading `&`) stand between
 * it and the start of the text, a line break, a `;`, or a brace.
 */
export function atStatementStart(text: string, offset: number): boolean {
  let i = offset - 1
  while (isBlank(text[i])) i--
  if (text[i] === '&') {
    i--
    while (isBlank(text[i])) i--
  }
  const c = text[i]
  return c === undefined || c === '\n' || c === '\r' || c === ';' || c === '{' || c === '}'
}

/** The word just before `offset` on the same line (blanks skipped), or ''. */
function previousWord(text: string, offset: number): string {
  let end = offset
  while (isBlank(text[end - 1])) end--
  let start = end
  while (start > 0 && NAME_CHAR.test(text[start - 1] ?? '')) start--
  return text.slice(start, end)
}

/**
 * Where a keyword counts:
 *  - `setting`: at the start of a statement, unless an arrow or a `,` follows (`title -> b`);
 *  - `statement`: the same, and not before a `:` either (`note: Note taker` declares `note`);
 *  - `block`: the same as `statement`, and not alone on its line (`box` alone declares `box`)
 *    unless it follows a `}` (`} else`);
 *  - `after:WORD`: right after WORD on the same line (`over` after `note`, `of` after `left`).
 * Anywhere else the word is a name, so keywords are reserved only where the grammar needs them.
 */
export type KeywordPlace = 'setting' | 'statement' | 'block' | { readonly after: readonly string[] }

/** Characters that, next after a word, make it a name: the start of an arrow, a list or a label. */
const NAME_FOLLOWERS = new Set(['-', '<', '=', ','])

function keywordCounts(place: KeywordPlace, text: string, offset: number, end: number): boolean {
  if (typeof place === 'object') return place.after.includes(previousWord(text, offset))
  if (!atStatementStart(text, offset)) return false
  const next = nextVisible(text, end)
  if (NAME_FOLLOWERS.has(next)) return false
  if (place === 'setting') return true
  if (next === ':') return false
  const alone = next === '' || next === '\n' || next === '\r' || next === ';'
  return place === 'statement' || !alone || afterClosingBrace(text, offset)
}

/** Whether a `}` comes just before `offset` on its line (`} else`). */
function afterClosingBrace(text: string, offset: number): boolean {
  let i = offset - 1
  while (isBlank(text[i])) i--
  return text[i] === '}'
}

/** A keyword: its word, not followed by a name character, where `place` says it counts. */
export function keywordMatcher(word: string, place: KeywordPlace): Matcher {
  return {
    exec: (text, offset) => {
      if (!text.startsWith(word, offset)) return null
      const end = offset + word.length
      if (isNameCharAt(text, end)) return null
      return keywordCounts(place, text, offset, end) ? [word] : null
    },
  }
}

/**
 * A comment: `#` at the start of a line (after blanks) or with blanks on both sides (or a line
 * end after it). Inside a token (`docs#install`, `#42`, `#ff0000`) it is text.
 */
export function isCommentStart(text: string, offset: number): boolean {
  if (text[offset] !== '#') return false
  let i = offset - 1
  while (isBlank(text[i])) i--
  if (isLineEnd(text[i]) || i < 0) return true
  return isBlank(text[offset - 1]) && (isBlank(text[offset + 1]) || isLineEnd(text[offset + 1]))
}

function lineEnd(text: string, offset: number): number {
  let i = offset
  while (!isLineEnd(text[i])) i++
  return i
}

export const commentMatcher: Matcher = {
  exec: (text, offset) => (isCommentStart(text, offset) ? [text.slice(offset, lineEnd(text, offset))] : null),
}

/** `#` that is not a comment, with the word it is glued to (`#LightBlue`): never valid between statements. */
export const hashWordMatcher: Matcher = {
  exec: (text, offset) => {
    if (text[offset] !== '#' || isCommentStart(text, offset)) return null
    let i = offset + 1
    while (i < text.length && !isBlank(text[i]) && !isLineEnd(text[i])) i++
    return [text.slice(offset, i)]
  },
}

/** `key:` at the start of a braced run: the run is an attribute block, not text. */
const ATTRIBUTE_START = /^\{\s*[\p{L}_][\p{L}\p{N}_.-]*\s*:/u

/**
 * The end of a `{...}` glued to the text before it (`/users/{id}`), or -1 when the brace opens
 * an attribute block or a body instead: one preceded by a blank, or holding `key:`, or not closed
 * on its line.
 */
function gluedBraceEnd(text: string, offset: number, start: number): number {
  if (offset === start || isBlank(text[offset - 1])) return -1
  let i = offset + 1
  while (!isLineEnd(text[i]) && text[i] !== '{' && text[i] !== '}') i++
  if (text[i] !== '}' || ATTRIBUTE_START.test(text.slice(offset, i + 1))) return -1
  return i + 1
}

/** Names of the keywords whose `{` opens a body of statements, not an attribute block. */
const BODY_KEYWORDS = new Set(
  ['alt', 'else', 'opt', 'loop', 'par', 'and', 'critical', 'option', 'break', 'group', 'box', 'highlight'].map((w) => `Kw_${w}`),
)
const BOUNDARY_NAMES = new Set(['Newline', 'LabelNewline', 'Semicolon', 'LabelSemicolon', 'LCurly', 'LabelLCurly', 'RCurly', 'LabelRCurly'])

/**
 * Whether the lexer stands inside an attribute block (`{ delay: 2; lost: true }`), where `;`
 * separates values, rather than in a label of a statement, where it is text. Kept incrementally
 * over the tokens matched so far (one pass per tokenize, not a scan back per label): a stack of
 * open braces, each marked by whether its statement began with a body keyword.
 */
class BraceTracker {
  private tokens: SoFar | undefined
  private seen = 0
  private head: string | undefined
  private atStart = true
  private readonly open: boolean[] = []

  inAttributes(tokens: SoFar | undefined): boolean {
    if (!tokens) return false
    if (tokens !== this.tokens || tokens.length < this.seen) this.reset(tokens)
    for (; this.seen < tokens.length; this.seen++) {
      const t = tokens[this.seen]
      if (!t) continue
      const name = t.tokenType.name
      if (this.atStart && name !== 'Ampersand') this.head = name
      if (name === 'LCurly' || name === 'LabelLCurly') this.open.push(!BODY_KEYWORDS.has(this.head ?? ''))
      else if (name === 'RCurly' || name === 'LabelRCurly') this.open.pop()
      this.atStart = BOUNDARY_NAMES.has(name) && !(this.open.at(-1) ?? false)
    }
    return this.open.at(-1) ?? false
  }

  private reset(tokens: SoFar): void {
    this.tokens = tokens
    this.seen = 0
    this.head = undefined
    this.atStart = true
    this.open.length = 0
  }
}

const braces = new BraceTracker()

/** `;` in label mode: a separator inside an attribute block, text anywhere else. */
export const attributeSemicolonMatcher: Matcher = {
  exec: (text, offset, tokens) => (text[offset] === ';' && braces.inAttributes(tokens) ? [';'] : null),
}

/**
 * Free label text: from a visible character that is not a quote to the end of the line, or to a
 * `{` that opens attributes or a body, a `}` that closes one, or a comment. `;` is text, except
 * in an attribute block, where it ends the value.
 */
export const labelTextMatcher: Matcher = {
  exec: (text, offset, tokens) => {
    const stopAtSemicolon = braces.inAttributes(tokens)
    const first = text[offset]
    if (first === undefined || first === '"' || isBlank(first) || isLineEnd(first) || first === '{' || first === '}') return null
    if (isCommentStart(text, offset)) return null
    let i = offset
    while (!isLineEnd(text[i])) {
      const c = text[i]
      if (c === '}' || (c === '#' && isCommentStart(text, i)) || (c === ';' && stopAtSemicolon)) break
      if (c === '{') {
        const end = gluedBraceEnd(text, i, offset)
        if (end < 0) break
        i = end
        continue
      }
      i++
    }
    return [text.slice(offset, i)]
  },
}

/**
 * `-x` / `--x`, the arrows that destroy their target, after a sender (`a -x b`, `a--xb`), never
 * the `-` mark of `b --> -x` (the sender's deactivation before a target named `x`).
 */
export function crossArrowMatcher(arrow: '-x' | '--x'): Matcher {
  return {
    exec: (text, offset) => {
      if (!text.startsWith(arrow, offset)) return null
      let i = offset - 1
      while (isBlank(text[i])) i--
      const before = text[i]
      return before === undefined || before === '>' || before === '-' || isLineEnd(before) || before === ';' ? null : [arrow]
    },
  }
}
