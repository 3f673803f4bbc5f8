// The other tools' sources are line-oriented: this splits one into lines that keep their
// offsets, so every statement, comment and diagnostic can point back at its source.
import type { Span } from '../diagnostics/diagnostic.js'

export interface SourceLine {
  /** The line without its line break and without surrounding blanks. */
  readonly text: string
  /** Offset of `text`'s first character in the whole source. */
  readonly start: number
  /** Offset just after `text`'s last character. */
  readonly end: number
}

export function sourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = []
  const pattern = /[^\r\n]*/g
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    lines.push({ text, start: m.index + lead, end: m.index + lead + text.length })
    // step over the line break (CRLF as one), or stop at the end
    if (m.index + raw.length >= source.length) break
    pattern.lastIndex = m.index + raw.length + (source.startsWith('\r\n', m.index + raw.length) ? 2 : 1)
  }
  return lines
}

/** The span of `part`, found at or after `from` within a line (the whole line if absent). */
export function spanOf(line: SourceLine, part: string, from = 0): Span {
  const at = part ? line.text.indexOf(part, from) : -1
  return at < 0 ? { start: line.start, end: line.end } : { start: line.start + at, end: line.start + at + part.length }
}

export const lineSpan = (line: SourceLine): Span => ({ start: line.start, end: line.end })
