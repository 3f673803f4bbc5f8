// The formatter: an AST (with its comments) and its source in, the canonical text out. One
// statement per line, two spaces per block level, `} else ... {` joined, at most one blank
// line kept where the source had any, and every comment kept: a comment alone on its line
// stays on its own line before what follows it; a comment after a statement stays after it.
// It reads only the AST and the source's spacing, so it cannot change what a diagram means.
import type * as Ast from '../syntax/ast.js'
import { blockHeader, simpleStatement } from './statements.js'

const INDENT = '  '
type BlockStatement = Ast.FragmentStatement | Ast.BranchStatement | Ast.BoxStatement | Ast.HighlightStatement

const isBlock = (s: Ast.Statement): s is BlockStatement => s.kind === 'fragment' || s.kind === 'branch' || s.kind === 'box' || s.kind === 'highlight'

export function formatDiagram(ast: Ast.Diagram, source: string): string {
  const eol = /\r\n/.test(source.match(/\r\n|\n|\r/)?.[0] ?? '') ? '\r\n' : '\n'
  const lines = new Printer(ast, source).print()
  return lines.length ? lines.join(eol) + eol : ''
}

class Printer {
  private readonly lines: string[] = []
  private readonly comments: readonly Ast.Comment[]
  private nextComment = 0
  /** Where every statement starts, sorted: a comment with one of these before it on its line is not trailing. */
  private readonly starts: number[] = []
  /** Set while the last line is a `}` with nothing after it, so an `else` / `and` may join it. */
  private openClose = false

  constructor(private readonly ast: Ast.Diagram, private readonly source: string) {
    this.comments = [...ast.comments].sort((a, b) => a.span.start - b.span.start)
    const collect = (list: readonly Ast.Statement[]): void => {
      for (const s of list) {
        this.starts.push(s.span.start)
        if (isBlock(s)) collect(s.body)
      }
    }
    collect(ast.statements)
    this.starts.sort((a, b) => a - b)
  }

  print(): string[] {
    this.block(this.ast.statements, 0, this.source.length, 0)
    return this.lines
  }

  /** Prints a list of statements and the comments among them, up to offset `end`. */
  private block(statements: readonly Ast.Statement[], depth: number, end: number, from: number): void {
    let previous = from
    let first = true
    for (const s of statements) {
      const printedBefore = this.lines.length
      previous = this.commentsBefore(s.span.start, depth, previous, first)
      first &&= this.lines.length === printedBefore
      const join = s.kind === 'branch' && this.openClose
      if (!join && !first && this.blankBetween(previous, s.span.start)) this.lines.push('')
      this.statement(s, depth, join)
      previous = s.span.end
      first = false
    }
    this.commentsBefore(end, depth, previous, first)
  }

  /** Prints the unprinted comments that start before `offset`, each on its own line; returns where the last ended. */
  private commentsBefore(offset: number, depth: number, previous: number, first: boolean): number {
    let last = previous
    let isFirst = first
    for (let c = this.comments[this.nextComment]; c && c.span.start < offset; c = this.comments[++this.nextComment]) {
      if (!isFirst && this.blankBetween(last, c.span.start)) this.lines.push('')
      this.lines.push(INDENT.repeat(depth) + c.text.trimEnd())
      this.openClose = false
      last = c.span.end
      isFirst = false
    }
    return last
  }

  private statement(s: Ast.Statement, depth: number, join: boolean): void {
    const pad = INDENT.repeat(depth)
    if (!isBlock(s)) {
      this.commentsBefore(s.span.end, depth, s.span.start, true) // comments inside a multi-line attribute block
      this.lines.push(pad + simpleStatement(s, pad) + this.trailing(s.span.end))
      this.openClose = false
      return
    }
    const header = blockHeader(s)
    if (join) this.lines[this.lines.length - 1] += ` ${header}`
    else this.lines.push(pad + header)
    const afterHeader = s.label?.span.end ?? (s.kind === 'box' || s.kind === 'highlight' ? s.span.start + s.kind.length : s.keywordSpan.end)
    const comment = this.trailingComment(afterHeader, s.span.start)
    if (comment && comment.span.start < s.span.end) {
      this.lines[this.lines.length - 1] += ` ${comment.text.trimEnd()}`
      this.nextComment++
    }
    const close = s.span.end - 1 // the `}`
    this.block(s.body, depth + 1, close, afterHeader)
    const after = this.trailing(s.span.end)
    this.lines.push(`${pad}}${after}`)
    this.openClose = after === ''
  }

  /** ` # comment` if the next comment follows `end` on the same line with no statement between. */
  private trailing(end: number): string {
    const comment = this.trailingComment(end, end - 1)
    if (!comment) return ''
    this.nextComment++
    return ` ${comment.text.trimEnd()}`
  }

  private trailingComment(after: number, onLineOf: number): Ast.Comment | undefined {
    const c = this.comments[this.nextComment]
    if (!c || c.span.start < after) return undefined
    if (/[\r\n]/.test(this.source.slice(onLineOf, c.span.start))) return undefined
    return this.firstStartFrom(after) < c.span.start ? undefined : c
  }

  /** The first statement start at or after `offset` (binary search), or Infinity. */
  private firstStartFrom(offset: number): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((this.starts[mid] ?? Infinity) < offset) low = mid + 1
      else high = mid
    }
    return this.starts[low] ?? Infinity
  }

  /** Whether the source has an empty line (or one holding only `;`) between two offsets. */
  private blankBetween(from: number, to: number): boolean {
    return /(?:\r\n|\n|\r)[^\S\r\n;]*(?:;[^\S\r\n;]*)*(?:\r\n|\n|\r)/.test(this.source.slice(from, to))
  }
}
