// Where things are, as an editor counts: 0-based lines and 0-based UTF-16 character offsets
// within the line (the Language Server Protocol's default encoding). The compiler counts in
// UTF-16 offsets from the start of the text (Span); this converts between the two.
import type { Span } from '../diagnostics/diagnostic.js'
import type { LineIndex } from '../diagnostics/position.js'

export interface TextPosition {
  /** 0-based line. */
  readonly line: number
  /** 0-based offset in UTF-16 units from the start of the line. */
  readonly character: number
}

export interface TextRange {
  readonly start: TextPosition
  readonly end: TextPosition
}

export function positionAt(lines: LineIndex, offset: number): TextPosition {
  const inside = Math.max(0, Math.min(offset, lines.length))
  const line = lines.lineOf(inside)
  return { line, character: inside - lines.lineStart(line + 1) }
}

/** The offset of a position; a character past the end of its line stops at the line's end. */
export function offsetAt(lines: LineIndex, position: TextPosition): number {
  const start = lines.lineStart(position.line + 1)
  const length = lines.lineText(position.line + 1).length
  return start + Math.max(0, Math.min(position.character, length))
}

export function rangeOf(lines: LineIndex, span: Span): TextRange {
  return { start: positionAt(lines, span.start), end: positionAt(lines, Math.max(span.start, span.end)) }
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end
}
