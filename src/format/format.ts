// The format stage's entry: source text in, canonical text out, or the syntax errors that
// stop it (a file that does not parse is never rewritten: its meaning is not known). The
// canonical layout is worked out on '\n' line breaks and written with the file's own: a file
// whose first line break is CRLF (a Windows checkout) comes back with CRLF throughout.
import { hasErrors, sortDiagnostics, type LocatedDiagnostic } from '../diagnostics/diagnostic.js'
import { locate } from '../diagnostics/locate.js'
import { LineIndex } from '../diagnostics/position.js'
import { parse } from '../syntax/parse.js'
import { formatDiagram } from './print.js'

const MAX_DIAGNOSTICS = 20

export type FormatResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly diagnostics: readonly LocatedDiagnostic[] }

export function formatSource(source: string): FormatResult {
  const crlf = /^[^\n]*\r\n/.test(source)
  const lf = crlf ? source.replace(/\r\n/g, '\n') : source
  const parsed = parse(lf)
  if (!hasErrors(parsed.diagnostics)) {
    const text = formatDiagram(parsed.ast, lf)
    return { ok: true, text: crlf ? text.replace(/\n/g, '\r\n') : text }
  }
  // Located on the text as given, so offsets count its carriage returns too.
  const errors = (crlf ? parse(source) : parsed).diagnostics.filter((d) => d.severity === 'error')
  return { ok: false, diagnostics: locate(sortDiagnostics(errors, MAX_DIAGNOSTICS), new LineIndex(source)) }
}
