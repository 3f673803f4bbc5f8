// Source text → AST plus syntax diagnostics. Lexing and parsing never throw on user input;
// the parser recovers, so one run reports every independent error it can find.
import type { IRecognitionException, IToken, Lexer } from 'chevrotain'
import type { DiagramCstNode } from '../../grammar/cst.js'
import { LifelineParser } from '../../grammar/parser.js'
import * as T from '../../grammar/tokens.js'
import { error, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js'
import { groupDigits } from '../diagnostics/format.js'
import { LineIndex } from '../diagnostics/position.js'
import type * as Ast from './ast.js'
import { bidiWarnings } from './bidi-controls.js'
import { foreignDiagram, foreignLines, mayHoldForeignLines } from './foreign.js'
import { lexerDiagnostic } from './lexer-errors.js'
import { missingBraceBeforeBranch } from './missing-brace.js'
import { syntaxDiagnostics } from './syntax-errors.js'
import { checkTokenLimits } from './token-limits.js'
import type { TokenLimits } from './token-limit-values.js'
import { AstBuilder } from './to-ast.js'

export interface ParseResult {
  readonly ast: Ast.Diagram
  readonly diagnostics: readonly Diagnostic[]
}

/** The parser gives up after this many syntax errors: more would cost time and say nothing new. */
const MAX_SYNTAX_ERRORS = 1000

let parser: LifelineParser | undefined
let recovering: LifelineParser | undefined
let lexer: Lexer | undefined

/**
 * Parsers are built on first use (constructing one analyses the grammar, a one-off cost).
 * Valid input, the common case, needs only the plain parser; input with errors is parsed
 * again by a recovering one, which goes on after each error to report them all.
 */
function parseTokens(tokens: IToken[]): { cst: DiagramCstNode | undefined; errors: IRecognitionException[] } {
  const plain = (parser ??= new LifelineParser({ recover: false }))
  const cst = withoutStackTraces(() => plain.parseDiagram(tokens, MAX_SYNTAX_ERRORS))
  if (cst && plain.errors.length === 0) return { cst, errors: [] }
  const careful = (recovering ??= new LifelineParser())
  return { cst: withoutStackTraces(() => careful.parseDiagram(tokens, MAX_SYNTAX_ERRORS)), errors: careful.errors }
}

/**
 * Lexes and parses `source`. With `limits`, the token stream is checked first, and a source
 * past them is not parsed at all (see token-limits.ts). Text from Mermaid or PlantUML gets one
 * diagnostic per foreign line (foreign.ts), and the rest is parsed without those lines.
 */
export function parse(source: string, limits?: TokenLimits): ParseResult {
  const diagram = foreignDiagram(source)
  if (diagram) return { ast: { statements: [], comments: [] }, diagnostics: [diagram] }
  const parsed = parseNative(source, limits)
  const bidi = bidiWarnings(source)
  if (bidi.length === 0) return parsed
  return { ast: parsed.ast, diagnostics: [...parsed.diagnostics, ...bidi].sort((a, b) => a.span.start - b.span.start) }
}

/** Lifeline text, with any lines pasted from Mermaid or PlantUML reported and left out. */
function parseNative(source: string, limits: TokenLimits | undefined): ParseResult {
  const first = parseText(source, limits)
  if (!mayHoldForeignLines(source, hasErrors(first.diagnostics))) return first
  const lines = new LineIndex(source)
  const errorLines = new Set(first.diagnostics.filter((d) => d.severity === 'error').map((d) => lines.lineOf(d.span.start) + 1))
  const foreign = foreignLines(source, errorLines)
  if (foreign.diagnostics.length === 0) return first
  const second = parseText(foreign.masked, limits)
  return { ast: second.ast, diagnostics: [...foreign.diagnostics, ...second.diagnostics].sort((a, b) => a.span.start - b.span.start) }
}

function parseText(source: string, limits: TokenLimits | undefined): ParseResult {
  lexer ??= T.createLexer()
  const lexed = lexer.tokenize(source)
  const diagnostics: Diagnostic[] = lexed.errors.map((e) => lexerDiagnostic(e, source, lexed.tokens))
  for (const t of lexed.tokens) {
    if (t.tokenType === T.UnterminatedString) {
      diagnostics.push(error('unterminated-string', 'this string has no closing \'"\' on its line', { start: t.startOffset, end: t.startOffset + 1 }))
    }
  }
  const comments = (lexed.groups['comments'] ?? []) as IToken[]
  const overLimits = limits ? checkTokenLimits(lexed.tokens, limits) : []
  if (overLimits.length > 0) {
    return { ast: { statements: [], comments: [] }, diagnostics: firstPerLine([...diagnostics, ...overLimits], source) }
  }
  const { cst, errors } = parseTokens(lexed.tokens)
  // A parse without errors has every block closed, so there is no brace to miss.
  const branch = errors.length > 0 ? missingBraceBeforeBranch(lexed.tokens) : undefined
  // A forgotten `}` before `else` is the reason for the unclosed block at the end: say it once.
  const syntax = syntaxDiagnostics(errors, lexed.tokens, source.length)
  for (const d of syntax.diagnostics) if (!branch || d.code !== 'unclosed-block') diagnostics.push(d)
  if (branch) diagnostics.push(branch)
  if (!cst) {
    // Where reading stopped: just after the last error recorded.
    const last = errors.at(-1)?.token
    const at = last && !Number.isNaN(last.startOffset) ? last.startOffset + last.image.length : source.length
    const message = `stopped reading after ${groupDigits(MAX_SYNTAX_ERRORS)} syntax errors: correct these first`
    const stopped = error('too-many-errors', message, { start: at, end: at + 1 })
    return { ast: { statements: [], comments: [] }, diagnostics: [...firstPerLine(diagnostics, source), stopped] }
  }
  const builder = new AstBuilder(source)
  const ast = builder.diagram(cst, comments)
  for (const d of builder.diagnostics) diagnostics.push(d)
  return { ast, diagnostics: firstPerLine(withoutEchoes(diagnostics, syntax.echoLines, source), source) }
}

/**
 * Chevrotain reports each syntax error as an exception, and capturing a stack trace is most
 * of an exception's cost: on input that is all errors, parsing is three times faster without.
 * The traces are never shown (the errors become diagnostics), and nothing else runs meanwhile.
 */
function withoutStackTraces<T>(run: () => T): T {
  const saved = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return run()
  } finally {
    Error.stackTraceLimit = saved
  }
}

/** Drops the errors on lines that only echo an error reported elsewhere (see syntaxDiagnostics). */
function withoutEchoes(diagnostics: Diagnostic[], echoLines: ReadonlySet<number>, source: string): Diagnostic[] {
  if (echoLines.size === 0) return diagnostics
  const lines = new LineIndex(source)
  return diagnostics.filter((d) => d.severity !== 'error' || !echoLines.has(lines.lineOf(d.span.start) + 1))
}

/**
 * After the first syntax error on a line the parser's view of that line is a guess, so later
 * errors there are mostly echoes of the first: keep one per line, the leftmost.
 */
function firstPerLine(diagnostics: readonly Diagnostic[], source: string): Diagnostic[] {
  if (diagnostics.length === 0) return [] // valid input, the common case: no need to index its lines
  const lines = new LineIndex(source)
  const byLine = new Map<number, Diagnostic>()
  for (const d of diagnostics) {
    const line = lines.lineOf(d.span.start)
    const kept = byLine.get(line)
    if (!kept || d.span.start < kept.span.start) byLine.set(line, d)
  }
  return [...byLine.values()].sort((a, b) => a.span.start - b.span.start)
}
