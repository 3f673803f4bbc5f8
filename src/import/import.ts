// The importer's entry: a Mermaid or PlantUML sequence diagram in, canonical Lifeline text
// out (read into the Lifeline AST, printed by the formatter), with every diagnostic: errors
// stop the import, warnings say what could not be carried over exactly and where.
import { error, hasErrors, sortDiagnostics, type LocatedDiagnostic } from '../diagnostics/diagnostic.js'
import { locate } from '../diagnostics/locate.js'
import { LineIndex } from '../diagnostics/position.js'
import { formatDiagram } from '../format/print.js'
import { checkInputs, oneOf, wholeAtLeast, type OptionShape } from '../diagnostics/read-options.js'
import { languageOfText, SOURCE_LANGUAGES, type SourceLanguage } from './detect.js'
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

const AT_START = { start: 0, end: 0 }

const IMPORT_OPTIONS: OptionShape = {
  noun: 'option',
  example: "{ from: 'mermaid' }",
  keys: { from: oneOf(SOURCE_LANGUAGES), maxDiagnostics: wholeAtLeast(1) },
}

/** Never throws: bad input (from JavaScript, too) and bugs come back as error diagnostics. */
export function importDiagram(source: string, options: ImportOptions = {}): ImportResult {
  const text = typeof source === 'string' ? source : ''
  const lines = new LineIndex(text)
  const checked = checkInputs(source, options, IMPORT_OPTIONS)
  if (checked.problems.length > 0) return { text: undefined, from: undefined, diagnostics: locate(checked.problems, lines) }
  const given: ImportOptions = checked.options
  const from = given.from ?? languageOfText(text)
  if (!from) {
    const message = "cannot tell whether this is Mermaid or PlantUML: it has neither 'sequenceDiagram' nor '@startuml'; say which with --from"
    return { text: undefined, from, diagnostics: locate([error('unknown-source-language', message, AT_START)], lines) }
  }
  try {
    const read = from === 'mermaid' ? readMermaid(text) : readPlantUml(text)
    const diagnostics = locate(sortDiagnostics(read.diagnostics, given.maxDiagnostics ?? 20), lines)
    if (hasErrors(read.diagnostics)) return { text: undefined, from, diagnostics }
    return { text: formatDiagram(read.ast, text.replace(/\r(?!\n)/g, '\n')), from, diagnostics }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    return { text: undefined, from, diagnostics: locate([error('internal-error', `internal error: ${reason} (please report this with the input)`, AT_START)], lines) }
  }
}
