// What the terminal on standard error can take: colour, and a progress bar redrawn in place.
// Colour follows the conventions other tools honour: FORCE_COLOR turns it on (anything but
// "0" or "false"; Node's own rule, which also wins over NO_COLOR), a non-empty NO_COLOR
// turns it off (no-color.org), and otherwise only a terminal that is not TERM=dumb gets it.
// The progress bar needs a terminal that understands "erase line" and a person watching it:
// never with TERM=dumb or in CI (CI is set by GitHub Actions, GitLab, CircleCI and most others).
import type { DiagnosticStyle } from '../diagnostics/format.js'
import type { Io } from './io.js'

export function stderrColour(io: Io): boolean {
  const force = io.env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force !== 'false'
  if ((io.env['NO_COLOR'] ?? '') !== '') return false
  return io.stderrIsTTY && io.env['TERM'] !== 'dumb'
}

/** Bold red errors, bold yellow warnings, a green caret: the colours compilers use. */
export const TERMINAL_STYLE: DiagnosticStyle = {
  severity: (severity, text) => (severity === 'error' ? `\x1b[1;31m${text}\x1b[0m` : `\x1b[1;33m${text}\x1b[0m`),
  caret: (text) => `\x1b[1;32m${text}\x1b[0m`,
}

export function stderrProgress(io: Io): boolean {
  return io.stderrIsTTY && io.env['TERM'] !== 'dumb' && io.env['CI'] === undefined
}
