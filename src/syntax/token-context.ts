// What the error messages need to know about the tokens around an error, computed once per
// parse in linear passes so that wording thousands of errors stays linear too: where each
// token's statement starts, whether it has an arrow so far, the next `{` in it, and which
// `{` is still open at the end.
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import * as T from '../../grammar/tokens.js'

/** Tokens that end a statement (and so start the next one after them). */
export const BOUNDARIES = [T.Newline, T.Semicolon, T.LCurly, T.RCurly]

export const is = (t: IToken | undefined, ...types: TokenType[]): boolean => t !== undefined && types.some((type) => tokenMatcher(t, type))
export const valid = (t: IToken | undefined): t is IToken => t !== undefined && !Number.isNaN(t.startOffset) && t.tokenType.name !== 'EOF'

/** A statement as seen from one token in it: the tokens before that one. */
export interface StatementSoFar {
  /** The statement's first token, if the token is not the first. */
  readonly head: IToken | undefined
  /** How many tokens of the statement come before the token. */
  readonly length: number
  readonly hasArrow: boolean
  /** The token itself and the one after it. */
  readonly at: IToken | undefined
  readonly next: IToken | undefined
  /** Whether a `{` follows in the same statement, at or after the token. */
  readonly braceAhead: boolean
}

export class TokenContext {
  private readonly starts: Int32Array
  private readonly arrows: Uint8Array
  private readonly braces: Uint8Array
  private unclosed: IToken | null | undefined

  constructor(readonly tokens: readonly IToken[]) {
    const n = tokens.length
    this.starts = new Int32Array(n)
    this.arrows = new Uint8Array(n)
    this.braces = new Uint8Array(n + 1)
    for (let i = 1; i < n; i++) {
      const continues = !is(tokens[i - 1], ...BOUNDARIES)
      this.starts[i] = continues ? (this.starts[i - 1] ?? 0) : i
      this.arrows[i] = continues && ((this.arrows[i - 1] ?? 0) === 1 || is(tokens[i - 1], T.Arrow)) ? 1 : 0
    }
    for (let i = n - 1; i >= 0; i--) {
      const t = tokens[i]
      this.braces[i] = is(t, T.LCurly) || (!is(t, ...BOUNDARIES) && (this.braces[i + 1] ?? 0) === 1) ? 1 : 0
    }
  }

  /** The statement that holds `token` (or, for the end of the input, the last statement). */
  statementAt(token: IToken | undefined): StatementSoFar {
    const index = valid(token) ? this.indexOf(token.startOffset) : this.tokens.length
    const start = index < this.tokens.length ? (this.starts[index] ?? index) : this.lastStart()
    return {
      head: start < index ? this.tokens[start] : undefined,
      length: index - start,
      hasArrow: index < this.tokens.length ? this.arrows[index] === 1 : this.tokens.slice(start).some((t) => is(t, T.Arrow)),
      at: this.tokens[index],
      next: this.tokens[index + 1],
      braceAhead: this.braces[index] === 1,
    }
  }

  /** The `{` that is still open at the end of the input, if any. */
  unclosedBrace(): IToken | undefined {
    if (this.unclosed === undefined) {
      const open: IToken[] = []
      for (const t of this.tokens) {
        if (is(t, T.LCurly)) open.push(t)
        else if (is(t, T.RCurly)) open.pop()
      }
      this.unclosed = open.at(-1) ?? null
    }
    return this.unclosed ?? undefined
  }

  /** The text of `token` and the tokens after it up to the end of its statement, one blank between each. */
  restOfLine(token: IToken): string {
    const words: string[] = []
    for (let i = this.indexOf(token.startOffset); i < this.tokens.length && !is(this.tokens[i], ...BOUNDARIES); i++) {
      words.push(this.tokens[i]?.image.trim() ?? '')
    }
    return words.join(' ')
  }

  /** The innermost `{` still open where `token` stands (a scan back: for error paths only). */
  openBraceBefore(token: IToken): IToken | undefined {
    let depth = 0
    for (let i = this.indexOf(token.startOffset) - 1; i >= 0; i--) {
      const t = this.tokens[i]
      if (is(t, T.RCurly)) depth++
      else if (is(t, T.LCurly) && depth-- === 0) return t
    }
    return undefined
  }

  /** The index of the first token that starts at or after `offset`. */
  private indexOf(offset: number): number {
    let low = 0
    let high = this.tokens.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((this.tokens[mid]?.startOffset ?? 0) < offset) low = mid + 1
      else high = mid
    }
    return low
  }

  private lastStart(): number {
    const last = this.tokens.length - 1
    if (last < 0) return 0
    return is(this.tokens[last], ...BOUNDARIES) ? this.tokens.length : (this.starts[last] ?? 0)
  }
}
