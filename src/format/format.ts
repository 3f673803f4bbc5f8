// The format stage's entry: source text in, canonical text out, or the syntax errors that
// stop it (a file that does not parse is never rewritten: its meaning is not known).
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
  const parsed = parse(source)
  if (!hasErrors(parsed.diagnostics)) return { ok: true, text: formatDiagram(parsed.ast, source) }
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error')
  return { ok: false, diagnostics: locate(sortDiagnostics(errors, MAX_DIAGNOSTICS), new LineIndex(source)) }
}
