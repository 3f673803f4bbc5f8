// Diagnostics of many files, printed in the form the reader wants: GNU text with a caret
// (people), a JSON array (tools), or GitHub Actions workflow commands (annotations on the
// pull request). Text goes to stderr; JSON and annotations are the output, so stdout.
import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js'
import { formatDiagnostics } from '../diagnostics/format.js'
import { escapeControls } from '../diagnostics/printable.js'
import { LIMIT_OF_CODE } from '../limits.js'
import { CONFIG_FILE } from './config.js'
import type { Io } from './io.js'
import { stderrColour, TERMINAL_STYLE } from './terminal.js'

export const DIAGNOSTIC_FORMATS = ['text', 'json', 'github'] as const
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number]

/** One file's findings; `source` is absent when the file could not be read at all. */
export interface FileReport {
  readonly file: string
  readonly source: string | undefined
  readonly diagnostics: readonly LocatedDiagnostic[]
}

/**
 * One file's diagnostics as GNU text, for every command. A diagnostic naming a size limit gets
 * a note on how to change it from the command line, which the library's message cannot know.
 */
export function diagnosticText(diagnostics: readonly LocatedDiagnostic[], source: string, file: string, colour = false): string {
  const limits = [...new Set(diagnostics.flatMap((d) => LIMIT_OF_CODE[d.code] ?? []))]
  return formatDiagnostics(diagnostics, source, file, colour ? TERMINAL_STYLE : undefined) + limits.map((name) => limitNote(file, name)).join('')
}

/** How to change a size limit from the command line, said after a diagnostic naming it. */
export function limitNote(file: string, limit: string): string {
  return `${escapeControls(file)}: note: a ${CONFIG_FILE} with { "limits": { "${limit}": N } } sets another ${limit}\n`
}

/** GitHub Actions sets GITHUB_ACTIONS=true in every step: annotate there, print text elsewhere. */
export function defaultFormat(env: Io['env']): DiagnosticFormat {
  return env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text'
}

/** A whole-file problem (missing, not UTF-8) as a diagnostic at the file's start. */
export function fileProblem(code: string, message: string): LocatedDiagnostic {
  const start = { line: 1, column: 1, offset: 0 }
  return { severity: 'error', code, message, range: { start, end: start } }
}

export function printReports(reports: readonly FileReport[], format: DiagnosticFormat, io: Io): void {
  switch (format) {
    case 'text':
      for (const r of reports) {
        if (r.source !== undefined) io.stderr(diagnosticText(r.diagnostics, r.source, r.file, stderrColour(io)))
        else for (const d of r.diagnostics) io.stderr(`${escapeControls(r.file)}: ${d.severity}: ${escapeControls(d.message)}\n`)
      }
      return
    case 'json': {
      // Escaped as in text and annotations: JSON.stringify writes C1 and bidi controls raw, and
      // a tool shows the decoded message to a person, so it gets the visible escape too.
      const all = reports.flatMap((r) => r.diagnostics.map((d) => ({ file: escapeControls(r.file), severity: d.severity, code: d.code, message: escapeControls(d.message), range: d.range })))
      io.stdout(`${JSON.stringify(all, null, 2)}\n`)
      return
    }
    case 'github':
      for (const r of reports) for (const d of r.diagnostics) io.stdout(annotation(r.file, d))
      return
  }
}

// Workflow command escaping: the message may not hold raw line breaks or '%', and property
// values additionally not ':' or ','. Control characters are made visible first: the log
// viewer is a terminal emulator too.
const escapeData = (s: string): string => escapeControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

function annotation(file: string, d: LocatedDiagnostic): string {
  const { start, end } = d.range
  const where = `file=${escapeProperty(file)},line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column}`
  return `::${d.severity} ${where},title=${escapeProperty(`lifeline ${d.code}`)}::${escapeData(d.message)}\n`
}
