// An `else` (or `and`) written inside the still-open block of its `alt` (or `par`): the `}`
// before it was forgotten. The parser only notices at the end of the file, so this looks at
// the tokens and points at the branch instead.
import type { IToken } from 'chevrotain'
import * as T from '../../grammar/tokens.js'
import { error, type Diagnostic } from '../diagnostics/diagnostic.js'
import { BOUNDARIES, is } from './token-context.js'

/** The first branch that needs a `}` before it, when some block is left open at the end. */
export function missingBraceBeforeBranch(tokens: readonly IToken[]): Diagnostic | undefined {
  /** For each open `{`, the first token of the statement that opened it. */
  const open: (IToken | undefined)[] = []
  let head: IToken | undefined
  let previous: IToken | undefined
  /** The last token that is not a line break: `}` then a line break may still precede `else`. */
  let previousOnAnyLine: IToken | undefined
  let found: Diagnostic | undefined
  for (const t of tokens) {
    const startsStatement = previous === undefined || is(previous, ...BOUNDARIES)
    if (startsStatement && !is(t, T.Newline)) head = t
    if (is(t, T.LCurly)) open.push(head)
    else if (is(t, T.RCurly)) open.pop()
    else if (!found && startsStatement && is(t, T.Else, T.And) && !is(previousOnAnyLine, T.RCurly)) found = missing(t, open.at(-1))
    previous = t
    if (!is(t, T.Newline)) previousOnAnyLine = t
  }
  return open.length > 0 ? found : undefined
}

function missing(branch: IToken, opener: IToken | undefined): Diagnostic | undefined {
  const fragment = is(branch, T.Else) ? T.Alt : T.Par
  if (!opener || !is(opener, fragment)) return undefined
  return error(
    'missing-brace',
    `expected '}' before '${branch.image}' to close the '${opener.image}' block that starts on line ${opener.startLine}`,
    { start: branch.startOffset, end: branch.startOffset + branch.image.length },
  )
}
