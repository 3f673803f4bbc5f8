// Source text → AST plus syntax diagnostics. Lexing and parsing never throw on user input;
// the parser recovers, so one run reports every independent error it can find.
import type { CstNode, ILexingError, IRecognitionException, IToken, Lexer } from 'chevrotain'
import { LifelineParser } from '../../grammar/parser.js'
import * as T from '../../grammar/tokens.js'
import { error, type Diagnostic } from '../diagnostics/diagnostic.js'
import { LineIndex } from '../diagnostics/position.js'
import type * as Ast from './ast.js'
import { syntaxDiagnostic } from './syntax-errors.js'
import { AstBuilder } from './to-ast.js'

export interface ParseResult {
  readonly ast: Ast.Diagram
  readonly diagnostics: readonly Diagnostic[]
}

let parser: LifelineParser | undefined
let recovering: LifelineParser | undefined
let lexer: Lexer | undefined

/**
 * Parsers are built on first use (constructing one analyses the grammar, a one-off cost).
 * Valid input, the common case, needs only the plain parser; input with errors is parsed
 * again by a recovering one, which goes on after each error to report them all.
 */
function parseTokens(tokens: IToken[]): { cst: CstNode; errors: IRecognitionException[] } {
  parser ??= new LifelineParser({ recover: false })
  parser.input = tokens
  const cst = parser.diagram()
  if (parser.errors.length === 0) return { cst, errors: [] }
  recovering ??= new LifelineParser()
  recovering.input = tokens
  return { cst: recovering.diagram(), errors: recovering.errors }
}

export function parse(source: string): ParseResult {
  lexer ??= T.createLexer()
  const lexed = lexer.tokenize(source)
  const diagnostics: Diagnostic[] = lexed.errors.map((e) => lexerDiagnostic(e, source))
  for (const t of lexed.tokens) {
    if (t.tokenType === T.UnterminatedString) {
      diagnostics.push(error('unterminated-string', 'this string has no closing \'"\' on its line', { start: t.startOffset, end: t.startOffset + 1 }))
    }
  }
  const { cst, errors } = parseTokens(lexed.tokens)
  diagnostics.push(...errors.map((e) => syntaxDiagnostic(e, lexed.tokens, source.length)))
  const builder = new AstBuilder()
  const comments = (lexed.groups['comments'] ?? []) as IToken[]
  const ast = builder.diagram(cst, comments)
  diagnostics.push(...builder.diagnostics)
  return { ast, diagnostics: firstPerLine(diagnostics, source) }
}

/**
 * After the first syntax error on a line the parser's view of that line is a guess, so later
 * errors there are mostly echoes of the first: keep one per line, the leftmost.
 */
function firstPerLine(diagnostics: readonly Diagnostic[], source: string): Diagnostic[] {
  const lines = new LineIndex(source)
  const byLine = new Map<number, Diagnostic>()
  for (const d of diagnostics) {
    const line = lines.lineOf(d.span.start)
    const kept = byLine.get(line)
    if (!kept || d.span.start < kept.span.start) byLine.set(line, d)
  }
  return [...byLine.values()].sort((a, b) => a.span.start - b.span.start)
}

function lexerDiagnostic(e: ILexingError, source: string): Diagnostic {
  const span = { start: e.offset, end: e.offset + Math.max(1, e.length) }
  const text = source.slice(e.offset, e.offset + Math.max(2, e.length))
  if (text.startsWith('<-')) {
    return error('reversed-arrow', "arrows point from sender to receiver: write 'b -> a' instead of 'a <- b'", span)
  }
  if (text.startsWith('=>') || text.startsWith('=')) return error('unexpected-character', "unexpected '=': did you mean '->'?", span)
  const shown = [...text][0] ?? ''
  const code = shown.codePointAt(0) ?? 0
  const printable = code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${shown}'`
  return error('unexpected-character', `unexpected character ${printable}`, span)
}
