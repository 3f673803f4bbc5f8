// The parser's error messages are structured data, not prose: src/syntax/syntax-errors.ts
// words them with the surrounding tokens in hand. This provider encodes what Chevrotain knows
// at the point of failure as JSON in the exception's message. It also counts: Chevrotain
// builds one message per error it records, and past a budget the provider stops the parse,
// since input that is all errors costs the parser ten times more per token than valid input
// and tells the user nothing new.
import type { IParserErrorMessageProvider, TokenType } from 'chevrotain'

export type ErrorPayload =
  | { readonly kind: 'mismatch'; readonly expected: string; readonly rule: string }
  | { readonly kind: 'noViableAlt' | 'earlyExit' | 'other'; readonly rule: string }
  | { readonly kind: 'notAllInput'; readonly rule: string }

/** Thrown through the parser once the error budget is spent (not a recognition error, so Chevrotain lets it out). */
export class ErrorBudgetSpent extends Error {
  override readonly name = 'ErrorBudgetSpent'
}

export interface CountingErrorProvider extends IParserErrorMessageProvider {
  /** A fresh budget of `errors` for the next parse. */
  reset(errors: number): void
}

const label = (t: TokenType): string => (typeof t.LABEL === 'string' ? t.LABEL : t.name)

export function countingErrorProvider(): CountingErrorProvider {
  let left = Infinity
  const encode = (p: ErrorPayload): string => {
    if (--left < 0) throw new ErrorBudgetSpent()
    return JSON.stringify(p)
  }
  return {
    reset: (errors) => {
      left = errors
    },
    buildMismatchTokenMessage: ({ expected, ruleName }) => encode({ kind: 'mismatch', expected: label(expected), rule: ruleName }),
    buildNotAllInputParsedMessage: ({ ruleName }) => encode({ kind: 'notAllInput', rule: ruleName }),
    buildNoViableAltMessage: ({ ruleName }) => encode({ kind: 'noViableAlt', rule: ruleName }),
    buildEarlyExitMessage: ({ ruleName }) => encode({ kind: 'earlyExit', rule: ruleName }),
  }
}
