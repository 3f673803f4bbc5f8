// Bidirectional embeddings, overrides and isolates reorder how the text after them is shown:
// in the picture, and in the editor or the code review where the diagram is read ("Trojan
// Source", CVE-2021-42574), so a label or a name may show other than what it says. One is
// rarely meant in a diagram: each that opens a reordering is warned about at its place, by
// name (the pops that close one follow it). The SVG keeps it (a right-to-left label may need
// one); the left-to-right and right-to-left marks, which only steer neutral characters, pass.
import { warning, type Diagnostic } from '../diagnostics/diagnostic.js'

const CONTROLS: Readonly<Record<string, string>> = {
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
}
const CONTROL = new RegExp(`[${Object.keys(CONTROLS).join('')}]`, 'g')
/** More would repeat the same news down a page. */
const MAX_REPORTED = 10

export function bidiWarnings(source: string): Diagnostic[] {
  const found: Diagnostic[] = []
  for (const m of source.matchAll(CONTROL)) {
    if (found.length === MAX_REPORTED) break
    const c = m[0]
    const code = `U+${c.charCodeAt(0).toString(16).toUpperCase()}`
    const at = m.index ?? 0
    found.push(
      warning('bidi-control', `a bidirectional control (${code} ${CONTROLS[c]}) reorders how the text after it is shown: remove it unless the text needs it`, {
        start: at,
        end: at + 1,
      }),
    )
  }
  return found
}
