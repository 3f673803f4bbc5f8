// The one place diagnostics become text: GNU style `file:line:col: severity: message`, then
// the source line and a caret under the column (and tildes under the rest of the range). A
// long line is shown as a window around the column with `…` where it is cut, so one error in
// a megabyte-long line prints one short line, not the megabyte. Control characters are
// escaped (printable.ts): what is printed never drives the terminal. A style may mark up the
// severity and the caret (the command line's terminal colours).
import type { LocatedDiagnostic, Severity } from './diagnostic.js'
import { LineIndex } from './position.js'
import { charClass, type CharClass } from './char-class.js'
import { escapeControls, maskControls } from './printable.js'

/** The most characters (UTF-16 units) of a source line shown under a diagnostic. */
export const SNIPPET_WIDTH = 120
/** How far into the window the caret sits when the line has to be cut. */
const LEAD = 40
const ELLIPSIS = '…'

/** How the severity word and the caret line are marked up (the CLI's terminal colours). */
export interface DiagnosticStyle {
  readonly severity: (severity: Severity, text: string) => string
  readonly caret: (text: string) => string
}

const PLAIN: DiagnosticStyle = { severity: (_severity, text) => text, caret: (text) => text }

export function formatDiagnostics(diagnostics: readonly LocatedDiagnostic[], source: string, fileName: string, style: DiagnosticStyle = PLAIN): string {
  const index = new LineIndex(source)
  return diagnostics.map((d) => formatOne(d, index, source, escapeControls(fileName), style)).join('')
}

function formatOne(d: LocatedDiagnostic, index: LineIndex, source: string, fileName: string, style: DiagnosticStyle): string {
  const { start, end } = d.range
  // Positions are taken from lines and columns (which callers such as `lifeline md` move), not offsets.
  const from = indexOfColumn(source, index, start.line, start.column)
  const to = end.line === start.line ? indexOfColumn(source, index, end.line, end.column) : from + 1
  const snippet = window(source, index, start.line, from, to)
  const caret = ' '.repeat(snippet.caretColumn) + '^' + '~'.repeat(Math.max(0, snippet.underline - 1))
  return (
    `${fileName}:${start.line}:${start.column}: ${style.severity(d.severity, `${d.severity}:`)} ${escapeControls(d.message)}
` +
    `${String(start.line).padStart(5)} | ${snippet.text}
` +
    `      | ${style.caret(caret)}
`
  )
}

const CELLS: Readonly<Record<CharClass, number>> = { zero: 0, wide: 2, emoji: 2, other: 1 }

/** The part of a line around [from, to) that is shown, and where the caret goes in it (in terminal cells). */
function window(source: string, index: LineIndex, line: number, from: number, to: number): { text: string; caretColumn: number; underline: number } {
  const lineStart = index.lineStart(line)
  const lineEnd = lineStart + index.lineLength(line)
  const cutStart = lineEnd - lineStart > SNIPPET_WIDTH ? Math.max(lineStart, Math.min(from - LEAD, lineEnd - SNIPPET_WIDTH)) : lineStart
  const start = notInsidePair(source, cutStart)
  const end = notInsidePair(source, Math.min(lineEnd, start + SNIPPET_WIDTH))
  const before = start > lineStart ? ELLIPSIS : ''
  const after = end < lineEnd ? ELLIPSIS : ''
  // Terminal cells of the text as shown (controls masked): a wide character takes two.
  const cells = (a: number, b: number): number => [...maskControls(source.slice(a, Math.max(a, b)))].reduce((n, c) => n + CELLS[charClass(c)], 0)
  const caretAt = Math.min(Math.max(from, start), end)
  return {
    text: before + maskControls(source.slice(start, end)) + after,
    caretColumn: before.length + cells(start, caretAt),
    underline: Math.max(1, cells(caretAt, Math.min(to, end))),
  }
}

/** The UTF-16 index of a 1-based column (in code points) of a line, clamped to the line's end. */
function indexOfColumn(source: string, index: LineIndex, line: number, column: number): number {
  const end = index.lineStart(line) + index.lineLength(line)
  let at = index.lineStart(line)
  for (let c = 1; c < column && at < end; c++) at += isHigh(source.charCodeAt(at)) && at + 1 < end ? 2 : 1
  return at
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff

/** Moves a cut off the low half of a surrogate pair, so no character is split. */
function notInsidePair(source: string, at: number): number {
  const c = source.charCodeAt(at)
  return c >= 0xdc00 && c <= 0xdfff && at > 0 ? at - 1 : at
}

/** `100000` → `100,000`, the same on every machine (no Intl, no locale). */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
