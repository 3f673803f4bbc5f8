// Offsets → lines and columns, once, for the diagnostics handed out of the library.
import type { Diagnostic, LocatedDiagnostic } from './diagnostic.js'
import type { LineIndex } from './position.js'

export function locate(diagnostics: readonly Diagnostic[], lines: LineIndex): LocatedDiagnostic[] {
  return diagnostics.map((d) => {
    const at = (offset: number) => ({ ...lines.position(offset), offset })
    return { severity: d.severity, code: d.code, message: d.message, range: { start: at(d.span.start), end: at(Math.max(d.span.start, d.span.end)) } }
  })
}
