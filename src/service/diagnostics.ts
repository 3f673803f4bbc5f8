// The compiler's diagnostics, as an editor places them: ranges in lines and UTF-16 characters.
import type { DocumentAnalysis } from './document.js'
import { rangeOf } from './positions.js'
import type { ServiceDiagnostic } from './types.js'

export function diagnostics(doc: DocumentAnalysis): ServiceDiagnostic[] {
  return doc.diagnostics.map((d) => ({
    range: rangeOf(doc.lines, { start: d.range.start.offset, end: d.range.end.offset }),
    severity: d.severity,
    code: d.code,
    message: d.message,
  }))
}
