// The one place diagnostics become text: GNU style `file:line:col: severity: message`, then
// the source line and a caret under the column (and tildes under the rest of the range).
import type { LocatedDiagnostic, Severity } from './diagnostic.js'
import { LineIndex } from './position.js'

/** How the severity word and the caret line are marked up (the CLI's terminal colours). */
export interface DiagnosticStyle {
  readonly severity: (severity: Severity, text: string) => string
  readonly caret: (text: string) => string
}

const PLAIN: DiagnosticStyle = { severity: (_severity, text) => text, caret: (text) => text }

export function formatDiagnostics(diagnostics: readonly LocatedDiagnostic[], source: string, fileName: string, style: DiagnosticStyle = PLAIN): string {
  const index = new LineIndex(source)
  return diagnostics.map((d) => formatOne(d, index, fileName, style)).join('')
}

function formatOne(d: LocatedDiagnostic, index: LineIndex, fileName: string, style: DiagnosticStyle): string {
  const { start, end } = d.range
  const line = index.lineText(start.line)
  const printable = [...line].map((c) => (c === '\t' ? ' ' : c < ' ' || c === '\u007f' ? '?' : c))
  const underline = end.line === start.line ? Math.max(1, end.column - start.column) : 1
  const caret = ' '.repeat(start.column - 1) + '^' + '~'.repeat(underline - 1)
  return (
    `${fileName}:${start.line}:${start.column}: ${style.severity(d.severity, `${d.severity}:`)} ${d.message}\n` +
    `${String(start.line).padStart(5)} | ${printable.join('')}\n` +
    `      | ${style.caret(caret)}\n`
  )
}

/** `100000` → `100,000`, the same on every machine (no Intl, no locale). */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
