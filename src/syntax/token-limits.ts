// Size limits that must hold before the parser runs. The parser, the AST builder, the model
// and the layout all recurse into nested blocks, so nesting is counted on the flat token
// stream, where counting cannot overflow the stack; overlong texts are caught here too,
// before anything measures them. The numbers come from the caller (src/limits.ts).
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import * as T from '../../grammar/tokens.js'
import { error, type Diagnostic } from '../diagnostics/diagnostic.js'
import { groupDigits } from '../diagnostics/format.js'
import type { TokenLimits } from './token-limit-values.js'

const TEXT_KINDS: [TokenType, string][] = [
  [T.LabelText, 'label'],
  [T.QuotedString, 'quoted text'],
  [T.Identifier, 'name'],
  [T.DottedKey, 'name'],
  [T.Divider, 'divider'],
  [T.Delay, 'delay text'],
]

/** At most one diagnostic per limit: the first place the input goes past it. */
export function checkTokenLimits(tokens: readonly IToken[], limits: TokenLimits): Diagnostic[] {
  const found: Diagnostic[] = []
  const extra = tokens[limits.maxTokens]
  if (extra) {
    const message = `this diagram has ${groupDigits(tokens.length)} tokens (names, words, symbols and line breaks): Lifeline reads at most ${groupDigits(limits.maxTokens)} (the maxTokens limit)`
    found.push(error('too-many-tokens', message, { start: extra.startOffset, end: extra.startOffset + 1 }))
  }
  let depth = 0
  let tooDeep = false
  let tooLong = false
  for (const t of tokens) {
    if (tokenMatcher(t, T.LCurly)) {
      depth++
      if (depth > limits.maxNesting && !tooDeep) {
        tooDeep = true
        const message = `this block is nested ${groupDigits(depth)} deep: Lifeline allows at most ${groupDigits(limits.maxNesting)} (the maxNesting limit)`
        found.push(error('nesting-too-deep', message, { start: t.startOffset, end: t.startOffset + 1 }))
      }
    } else if (tokenMatcher(t, T.RCurly)) {
      depth = Math.max(0, depth - 1)
    } else if (t.image.length > limits.maxTextLength && !tooLong) {
      tooLong = true
      const what = TEXT_KINDS.find(([type]) => tokenMatcher(t, type))?.[1] ?? 'text'
      const message = `this ${what} is ${groupDigits(t.image.length)} characters long: Lifeline allows at most ${groupDigits(limits.maxTextLength)} (the maxTextLength limit)`
      found.push(error('text-too-long', message, { start: t.startOffset, end: t.startOffset + 1 }))
    }
  }
  return found
}
