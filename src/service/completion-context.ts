// Where the cursor stands, read with the grammar's own lexer over the text before it: inside
// an attribute block (and whose: a participant's, a message's, a note's) or a statement block,
// the statement's tokens so far, and the partial word being typed. Tokens rather than the AST,
// because the text being typed is unfinished by nature and the AST drops unfinished statements.
import type { IToken, TokenType } from 'chevrotain'
import * as T from '../../grammar/tokens.js'
import type { Span } from '../diagnostics/diagnostic.js'

export type AttributeOwner = 'participant' | 'message' | 'note'

export type CursorContext =
  | { readonly where: 'comment' }
  | { readonly where: 'statement'; readonly before: readonly IToken[]; readonly partial: Span }
  | { readonly where: 'attributes'; readonly owner: AttributeOwner; readonly before: readonly IToken[]; readonly partial: Span }

interface Level {
  readonly kind: 'block' | 'attributes'
  /** The statement that opened the braces (its header, for a block). */
  readonly opener: readonly IToken[]
}

let lexer: ReturnType<typeof T.createLexer> | undefined

const is = (t: IToken | undefined, type: TokenType): boolean => t !== undefined && (t.tokenType === type || t.tokenType.CATEGORIES?.includes(type) === true)

/**
 * Whether a statement starting with this token opens a `{ ... }` of statements: the block
 * keywords (`alt`, `box`, ...) are the ones that take a free label before their brace.
 */
function opensBlock(type: TokenType): boolean {
  return type.PUSH_MODE === 'label'
}

/** Tokens a partial word may be: what the user is typing is replaced by the completion. */
function isWord(t: IToken): boolean {
  return [T.Identifier, T.DottedKey, T.LabelText, T.QuotedString].some((type) => is(t, type)) || t.tokenType.name.startsWith('Kw_')
}

function ownerOf(opener: readonly IToken[]): AttributeOwner {
  if (is(opener[0], T.Note)) return 'note'
  return opener.some((t) => is(t, T.Arrow)) ? 'message' : 'participant'
}

export function cursorContext(text: string, offset: number): CursorContext {
  lexer ??= T.createLexer()
  const lexed = lexer.tokenize(text.slice(0, offset))
  const comments = (lexed.groups['comments'] ?? []) as IToken[]
  const lastComment = comments.at(-1)
  if (lastComment && lastComment.startOffset + lastComment.image.length >= offset) return { where: 'comment' }
  const tokens = lexed.tokens
  const last = tokens.at(-1)
  const typing = last && last.startOffset + last.image.length === offset && isWord(last) ? last : undefined
  const partial = typing ? { start: typing.startOffset, end: offset } : { start: offset, end: offset }
  const stack: Level[] = []
  let statement: IToken[] = []
  for (const t of typing ? tokens.slice(0, -1) : tokens) {
    if (is(t, T.LCurly)) {
      stack.push({ kind: statement[0] && opensBlock(statement[0].tokenType) ? 'block' : 'attributes', opener: statement })
      statement = []
    } else if (is(t, T.RCurly)) {
      const closed = stack.pop()
      statement = closed?.kind === 'attributes' ? [...closed.opener, t] : []
    } else if (is(t, T.Newline) || is(t, T.Semicolon)) statement = []
    else statement.push(t)
  }
  const level = stack.at(-1)
  if (level?.kind === 'attributes') return { where: 'attributes', owner: ownerOf(level.opener), before: statement, partial }
  return { where: 'statement', before: statement, partial }
}
