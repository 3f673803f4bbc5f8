// Folding ranges: every block that spans lines (fragments, branches, boxes, ...), from its header
// line to the line before its closing `}` so the brace stays in view, and runs of two or more
// whole-line comments.
import type * as Ast from '../syntax/ast.js'
import type { DocumentAnalysis } from './document.js'
import { allStatements, isBlock } from './occurrences.js'
import type { FoldingRange } from './types.js'

export function foldingRanges(doc: DocumentAnalysis): FoldingRange[] {
  const ranges: FoldingRange[] = []
  for (const s of allStatements(doc.ast.statements)) {
    if (!isBlock(s)) continue
    const startLine = doc.lines.lineOf(s.span.start)
    const closingLine = doc.lines.lineOf(Math.max(s.span.start, s.span.end - 1))
    if (closingLine - 1 > startLine) ranges.push({ startLine, endLine: closingLine - 1, kind: 'region' })
  }
  return [...ranges, ...commentRuns(doc)].sort((a, b) => a.startLine - b.startLine)
}

function commentRuns(doc: DocumentAnalysis): FoldingRange[] {
  const lines = doc.ast.comments.filter((c) => wholeLine(doc, c)).map((c) => doc.lines.lineOf(c.span.start))
  const runs: FoldingRange[] = []
  let start = lines[0]
  for (let i = 1; i <= lines.length; i++) {
    const line = lines[i]
    const previous = lines[i - 1] ?? 0
    if (line === previous + 1) continue
    if (start !== undefined && previous > start) runs.push({ startLine: start, endLine: previous, kind: 'comment' })
    start = line
  }
  return runs
}

/** A comment with nothing but blanks before it on its line. */
function wholeLine(doc: DocumentAnalysis, comment: Ast.Comment): boolean {
  const line = doc.lines.lineOf(comment.span.start)
  return doc.text.slice(doc.lines.lineStart(line + 1), comment.span.start).trim() === ''
}
