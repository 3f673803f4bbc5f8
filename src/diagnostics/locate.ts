// Offsets → lines and columns, once, for the diagnostics handed out of the library. Offsets
// are clamped to the text, so a range is always inside the input (an error at the end of
// the file is an empty range there).
import type { Diagnostic, LocatedDiagnostic } from './diagnostic.js'
import type { LineIndex } from './position.js'

export function locate(diagnostics: readonly Diagnostic[], lines: LineIndex): LocatedDiagnostic[] {
  return diagnostics.map((d) => {
    const at = (offset: number) => {
      const inside = Math.max(0, Math.min(offset, lines.length))
      return { ...lines.position(inside), offset: inside }
    }
    return { severity: d.severity, code: d.code, message: d.message, range: { start: at(d.span.start), end: at(Math.max(d.span.start, d.span.end)) } }
  })
}
