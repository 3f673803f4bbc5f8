// The importer's entry: a Mermaid or PlantUML sequence diagram in, canonical Lifeline text
// out (read into the Lifeline AST, printed by the formatter), with every diagnostic: errors
// stop the import, warnings say what could not be carried over exactly and where.
import { hasErrors, sortDiagnostics, type LocatedDiagnostic } from '../diagnostics/diagnostic.js'
import { locate } from '../diagnostics/locate.js'
import { LineIndex } from '../diagnostics/position.js'
import { formatDiagram } from '../format/print.js'
import { languageOfText, type SourceLanguage } from './detect.js'
import { readMermaid } from './mermaid/read.js'
import { readPlantUml } from './plantuml/read.js'

export interface ImportOptions {
  /** The source's language; read from the text when absent. */
  readonly from?: SourceLanguage
  /** At most this many diagnostics are reported (default 20). */
  readonly maxDiagnostics?: number
}

export interface ImportResult {
  /** The Lifeline diagram, unless the source has errors. */
  readonly text: string | undefined
  /** The language the source was read as (undefined when it could not be told). */
  readonly from: SourceLanguage | undefined
  /** Positions are in the source diagram. */
  readonly diagnostics: readonly LocatedDiagnostic[]
}

export function importDiagram(source: string, options: ImportOptions = {}): ImportResult {
  const lines = new LineIndex(source)
  const from = options.from ?? languageOfText(source)
  if (!from) {
    const start = { line: 1, column: 1, offset: 0 }
    const message = "cannot tell whether this is Mermaid or PlantUML: it has neither 'sequenceDiagram' nor '@startuml'; say which with --from"
    return { text: undefined, from, diagnostics: [{ severity: 'error', code: 'unknown-source-language', message, range: { start, end: start } }] }
  }
  const read = from === 'mermaid' ? readMermaid(source) : readPlantUml(source)
  const diagnostics = locate(sortDiagnostics(read.diagnostics, options.maxDiagnostics ?? 20), lines)
  if (hasErrors(read.diagnostics)) return { text: undefined, from, diagnostics }
  return { text: formatDiagram(read.ast, source.replace(/\r(?!\n)/g, '\n')), from, diagnostics }
}
