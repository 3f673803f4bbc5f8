// The token vocabulary of the Lifeline language, in two lexer modes:
//   statement: names, keywords, arrows and punctuation;
//   label:     free text after `:` or a block keyword (`alt`, `box`, ...), which runs to the
//              end of the line and stops at a comment, `{` or `}` (`;` is text; see matchers.ts).
// Every token has a LABEL: the words error messages use for it.
import { createToken, Lexer, type ITokenConfig, type TokenType } from 'chevrotain'
import {
  attributeSemicolonMatcher, commentMatcher, crossArrowMatcher, hashWordMatcher, keywordMatcher, labelTextMatcher, type KeywordPlace,
} from './matchers.js'

/**
 * Chevrotain re-creates regex patterns without their `u` flag, which breaks `\p{L}`; a custom
 * matcher keeps the flag (and a sticky regex keeps matching linear).
 */
function unicode(source: string): { exec: (text: string, offset: number) => RegExpExecArray | null } {
  const sticky = new RegExp(source, 'uy')
  return {
    exec: (text, offset) => {
      sticky.lastIndex = offset
      return sticky.exec(text)
    },
  }
}

/**
 * A token type that never spans lines unless its config says so (only the line breaks do).
 * Said explicitly, this spares the lexer analysing every pattern for line breaks (a parse of
 * each regex) at every start.
 */
function token(config: ITokenConfig): TokenType {
  return createToken({ line_breaks: false, ...config })
}

/** Any token that may appear inside a statement (everything but separators and braces). */
export const InStatement = token({ name: 'InStatement', pattern: Lexer.NA, label: 'a statement' })
/** Tokens that cannot start a statement: a statement beginning with one is skipped whole. */
export const StrayStart = token({ name: 'StrayStart', pattern: Lexer.NA, label: 'a statement' })

export const Identifier = token({
  name: 'Identifier',
  categories: [InStatement],
  pattern: unicode('[\\p{L}_][\\p{L}\\p{N}_]*'),
  label: 'a name',
})
/** `style.fill`, `font-color`: only valid as attribute keys, reported as such elsewhere. */
export const DottedKey = token({
  name: 'DottedKey',
  categories: [InStatement],
  pattern: unicode('[\\p{L}_][\\p{L}\\p{N}_]*(?:[.-][\\p{L}\\p{N}_]+)+'),
  label: 'an attribute name',
})

function keyword(word: string, place: KeywordPlace, pushesLabel = false): TokenType {
  return token({
    name: `Kw_${word.replace('-', '_')}`,
    pattern: keywordMatcher(word, place),
    label: `'${word}'`,
    longer_alt: [DottedKey, Identifier],
    categories: typeof place === 'object' ? [InStatement, StrayStart] : [InStatement],
    ...(pushesLabel ? { push_mode: 'label' } : {}),
  })
}

export const Title = keyword('title', 'setting')
export const Autonumber = keyword('autonumber', 'setting')
export const Theme = keyword('theme', 'setting')
export const Wrap = keyword('wrap', 'setting')
export const AsyncDelay = keyword('async-delay', 'setting')
export const Footbox = keyword('footbox', 'setting')
export const Note = keyword('note', 'statement')
export const Over = keyword('over', { after: ['note', 'ref'] })
export const Left = keyword('left', { after: ['note'] })
export const Right = keyword('right', { after: ['note'] })
export const Of = keyword('of', { after: ['left', 'right'] })
export const Ref = keyword('ref', 'statement')
export const Activate = keyword('activate', 'statement')
export const Deactivate = keyword('deactivate', 'statement')
export const Create = keyword('create', 'statement')
export const Destroy = keyword('destroy', 'statement')
/** `return` and `return label`: the label runs to the end of the line. */
export const Return = keyword('return', 'statement', true)
// Block keywords take a free-text label up to their `{`.
export const Alt = keyword('alt', 'block', true)
export const Else = keyword('else', 'block', true)
export const Opt = keyword('opt', 'block', true)
export const Loop = keyword('loop', 'block', true)
export const Par = keyword('par', 'block', true)
export const And = keyword('and', 'block', true)
export const Critical = keyword('critical', 'block', true)
export const Option = keyword('option', 'block', true)
export const Break = keyword('break', 'block', true)
export const Group = keyword('group', 'block', true)
export const Box = keyword('box', 'block', true)
export const Highlight = keyword('highlight', 'block', true)

export const SETTING_KEYWORDS = [Title, Autonumber, Theme, Wrap, AsyncDelay, Footbox]
export const FRAGMENT_KEYWORDS = [Alt, Opt, Loop, Par, Critical, Break, Group]
export const BRANCH_KEYWORDS = [Else, And, Option]
const KEYWORDS = [
  AsyncDelay, Title, Autonumber, Theme, Wrap, Footbox, Note, Over, Left, Right, Of, Ref,
  Deactivate, Activate, Create, Destroy, Return, ...FRAGMENT_KEYWORDS, ...BRANCH_KEYWORDS, Box, Highlight,
]

// Arrows, longest first so `-->` and `->>` win over `->`.
export const Arrow = token({ name: 'Arrow', categories: [InStatement, StrayStart], pattern: Lexer.NA, label: 'an arrow (->, ->> or -->)' })
export const ReplyArrow = token({ name: 'ReplyArrow', pattern: /-->/, label: "'-->'", categories: [Arrow] })
export const DashedCrossArrow = token({ name: 'DashedCrossArrow', pattern: crossArrowMatcher('--x'), label: "'--x'", categories: [Arrow] })
export const AsyncArrow = token({ name: 'AsyncArrow', pattern: /->>/, label: "'->>'", categories: [Arrow] })
export const SyncArrow = token({ name: 'SyncArrow', pattern: /->/, label: "'->'", categories: [Arrow] })
export const CrossArrow = token({ name: 'CrossArrow', pattern: crossArrowMatcher('-x'), label: "'-x'", categories: [Arrow] })
export const HeadlessArrow = token({ name: 'HeadlessArrow', pattern: /--/, label: "'--'", categories: [Arrow] })

export const Plus = token({ name: 'Plus', categories: [InStatement, StrayStart], pattern: /\+/, label: "'+'" })
export const Minus = token({ name: 'Minus', categories: [InStatement, StrayStart], pattern: /-/, label: "'-'" })
export const Question = token({ name: 'Question', categories: [InStatement], pattern: /\?/, label: "'?' (the outside world)" })
export const LeftEdge = token({ name: 'LeftEdge', categories: [InStatement], pattern: /\[/, label: "'[' (the left edge)" })
export const RightEdge = token({ name: 'RightEdge', categories: [InStatement], pattern: /\]/, label: "']' (the right edge)" })
export const Star = token({ name: 'Star', categories: [InStatement], pattern: /\*/, label: "'*' (everyone)" })
export const Ampersand = token({ name: 'Ampersand', categories: [InStatement], pattern: /&/, label: "'&'" })
export const Comma = token({ name: 'Comma', categories: [InStatement, StrayStart], pattern: /,/, label: "','" })
export const Colon = token({ name: 'Colon', categories: [InStatement, StrayStart], pattern: /:/, label: "':'", push_mode: 'label' })

export const LCurly = token({ name: 'LCurly', pattern: /\{/, label: "'{'" })
export const RCurly = token({ name: 'RCurly', pattern: /\}/, label: "'}'" })
export const Semicolon = token({ name: 'Semicolon', pattern: /;/, label: "';'" })
export const Newline = token({ name: 'Newline', pattern: /\r?\n|\r/, label: 'end of line', line_breaks: true })
export const Divider = token({ name: 'Divider', categories: [InStatement], pattern: /==(?:[^\r\n=]|=(?!=))*==/, label: "a divider ('== text ==')" })
export const Delay = token({ name: 'Delay', categories: [InStatement], pattern: /\.\.\.(?:[^\r\n.]|\.(?!\.\.))*(?:\.\.\.)?/, label: "a delay ('...')" })
/** `"""` ... `"""`: text over several lines, wherever a quoted label may stand. */
export const TextBlock = token({
  name: 'TextBlock',
  categories: [InStatement],
  pattern: /"""[\s\S]*?"""/,
  label: "a text block ('\"\"\"')",
  line_breaks: true,
})
export const QuotedString = token({
  name: 'QuotedString',
  categories: [InStatement],
  pattern: /"(?:[^"\\\r\n]|\\.)*"/,
  label: 'a quoted string',
})
// Parses as a string so the statement still makes sense; syntax/parse.ts reports it.
export const UnterminatedString = token({
  name: 'UnterminatedString',
  categories: [QuotedString],
  pattern: /"(?:[^"\\\r\n]|\\.)*/,
  label: 'an unterminated string',
})
export const Comment = token({ name: 'Comment', pattern: commentMatcher, group: 'comments' })
/** A `#` glued to a word between statements (`#LightBlue`): kept as one token so the error can name it. */
export const HashWord = token({ name: 'HashWord', categories: [InStatement, StrayStart], pattern: hashWordMatcher, label: "'#'" })
export const Whitespace = token({ name: 'Whitespace', pattern: /[ \t\f\v\u00a0\ufeff]+/, group: Lexer.SKIPPED })

/** Free text of a label: starts at a non-blank character that is not a quote. */
export const LabelText = token({
  name: 'LabelText',
  categories: [InStatement],
  pattern: labelTextMatcher,
  label: 'a label',
})

// In label mode the terminators pop back to statement mode and still count as tokens.
const popping = (type: TokenType, name: string): TokenType =>
  token({ name, pattern: type.PATTERN as RegExp, label: type.LABEL as string, pop_mode: true, categories: [type] })
const LabelNewline = token({
  name: 'LabelNewline', pattern: /\r?\n|\r/, label: 'end of line', line_breaks: true, pop_mode: true, categories: [Newline],
})
const LabelSemicolon = token({ name: 'LabelSemicolon', pattern: attributeSemicolonMatcher, label: "';'", pop_mode: true, categories: [Semicolon] })
const LabelLCurly = popping(LCurly, 'LabelLCurly')
const LabelRCurly = popping(RCurly, 'LabelRCurly')

export const lexerDefinition = {
  modes: {
    statement: [
      Whitespace, Comment, HashWord, Newline, Semicolon, LCurly, RCurly, Divider, Delay,
      ReplyArrow, DashedCrossArrow, AsyncArrow, SyncArrow, CrossArrow, HeadlessArrow, Arrow,
      Plus, Minus, Question, LeftEdge, RightEdge, Star, Ampersand, Comma, Colon,
      TextBlock, QuotedString, UnterminatedString, ...KEYWORDS, DottedKey, Identifier,
    ],
    label: [
      Whitespace, Comment, LabelNewline, LabelSemicolon, LabelLCurly, LabelRCurly,
      TextBlock, QuotedString, UnterminatedString, LabelText,
    ],
  },
  defaultMode: 'statement',
}

/** Every token type the parser may see, for the parser's constructor. */
export const allTokens: TokenType[] = [
  ...lexerDefinition.modes.statement,
  ...lexerDefinition.modes.label.filter((t) => !lexerDefinition.modes.statement.includes(t)),
]

/**
 * A new lexer. Construction analyses every pattern; the definition is checked (validations)
 * only on request, by the grammar tests, so production start-up skips that work.
 */
export function createLexer(options: { readonly validate?: boolean } = {}): Lexer {
  return new Lexer(lexerDefinition, {
    positionTracking: 'full',
    // Names are Unicode (\p{L}), whose first characters Chevrotain cannot compute, so the
    // first-character optimisation is off; the lexer is still linear in the input.
    safeMode: true,
    skipValidations: options.validate !== true,
  })
}
