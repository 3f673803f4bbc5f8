// The parser's error messages are structured data, not prose: src/syntax/syntax-errors.ts
// words them with the surrounding tokens in hand. This provider encodes what Chevrotain knows
// at the point of failure as JSON in the exception's message.
import type { IParserErrorMessageProvider, TokenType } from 'chevrotain'

export type ErrorPayload =
  | { readonly kind: 'mismatch'; readonly expected: string; readonly rule: string }
  | { readonly kind: 'noViableAlt' | 'earlyExit' | 'other'; readonly rule: string }
  | { readonly kind: 'notAllInput'; readonly rule: string }

const label = (t: TokenType): string => (typeof t.LABEL === 'string' ? t.LABEL : t.name)
const encode = (p: ErrorPayload): string => JSON.stringify(p)

export const errorProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) => encode({ kind: 'mismatch', expected: label(expected), rule: ruleName }),
  buildNotAllInputParsedMessage: ({ ruleName }) => encode({ kind: 'notAllInput', rule: ruleName }),
  buildNoViableAltMessage: ({ ruleName }) => encode({ kind: 'noViableAlt', rule: ruleName }),
  buildEarlyExitMessage: ({ ruleName }) => encode({ kind: 'earlyExit', rule: ruleName }),
}
