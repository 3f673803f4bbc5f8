// The limits checked on the token stream (token-limits.ts), as the caller hands them over. A
// module of its own, free of Chevrotain's types, since the library's declarations reach it
// (src/limits.ts extends it) and a user's TypeScript never sees Chevrotain.
export interface TokenLimits {
  /**
   * Words, names, symbols and line breaks the parser reads. A parser's time per token grows
   * tenfold when every token is an error, so this bounds the time any input may take.
   */
  readonly maxTokens: number
  /** How deep `{ ... }` blocks may nest. */
  readonly maxNesting: number
  /** Characters in one label, name or quoted string. */
  readonly maxTextLength: number
}
