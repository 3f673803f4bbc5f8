// `lifeline import FILES...`: Mermaid and PlantUML sequence diagrams to Lifeline (src/import).
// A diagram file gets a `.seq` beside it (or at -o); a Markdown page has its diagram blocks
// converted in place (cli/import/page.ts); `-` reads standard input, `-o -` writes standard
// output. Inputs come from inputs.ts as for every command (patterns, standard input); no output
// lands on an input (overwrites-input.ts, as render), and a file already at a name import made
// up (beside the input, or in an -o folder) is replaced only with --force: an imported `.seq`
// is usually edited by hand next. What could not be carried over exactly is printed as
// warnings; a file with errors gets no output at all.
import { basename, dirname, extname, join } from 'node:path'
import { Option, type Command } from 'commander'
import type { LocatedDiagnostic } from '../../diagnostics/diagnostic.js'
import { escapeControls } from '../../diagnostics/printable.js'
import { languageOfPath, SOURCE_LANGUAGES, type SourceLanguage } from '../../import/detect.js'
import { importDiagram } from '../../import/import.js'
import { diagnosticText } from '../diagnostic-output.js'
import { importPage } from '../import/page.js'
import { loadMarkdownParser } from '../md/fences.js'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, type Run } from '../exit.js'
import { readInputText, resolveInputs, STDIN } from '../inputs.js'
import type { Io } from '../io.js'
import { parseOutputPath } from '../output-option.js'
import { inputIdentities, overwritesInput, type InputIdentities } from '../overwrites-input.js'
import type { SourceText } from '../read-source.js'
import { rewriteOrSay } from '../rewrite.js'
import { writeFailure } from '../write-output.js'

const COMMAND = 'lifeline import'
const HELP = `
Examples:
  lifeline import flow.mmd              write flow.seq beside flow.mmd
  lifeline import login.puml -o docs/login.seq
  lifeline import diagrams/*.puml -o out/
  lifeline import flow.mmd --force      replace flow.seq if it exists
  lifeline import docs/page.md          convert the page's Mermaid and PlantUML blocks in place
  lifeline import - --from plantuml < login.puml > login.seq

The language is taken from the extension (.mmd .mermaid / .puml .plantuml .pu .iuml .wsd,
.md .markdown for pages), else from the content (@startuml, sequenceDiagram).

Exit codes:
  0  every input was imported (warnings say what was carried over approximately)
  1  an input has errors or cannot be read, or its output exists (without --force);
     nothing is written for it
  2  usage error
`

interface ImportJob {
  readonly files: readonly string[]
  readonly output: string | undefined
  readonly from: SourceLanguage | undefined
  readonly force: boolean
}

export function defineImportCommand(program: Command, io: Io, run: Run): void {
  program
    .command('import')
    .description('Convert Mermaid and PlantUML sequence diagrams (files, or blocks in Markdown pages) to Lifeline.')
    .argument('<files...>', "diagram files or Markdown pages; '-' reads standard input and writes standard output")
    .option('-o, --output <path>', "output file, or a folder (ending in '/' or existing) for several inputs", parseOutputPath)
    .addOption(new Option('--from <tool>', 'the source language, when neither the extension nor the content says').choices(SOURCE_LANGUAGES))
    .option('--force', 'replace a file already at an output name made from the input (beside it, or in an -o folder)')
    .addHelpText('after', HELP)
    .action((files: string[], opts: { output?: string; from?: SourceLanguage; force?: boolean }) => {
      run(() => importFiles({ files, output: opts.output, from: opts.from, force: opts.force === true }, io))
    })
}

async function importFiles(job: ImportJob, io: Io): Promise<number> {
  const usage = (message: string): number => (io.stderr(`${message}\n`), EXIT_USAGE)
  const resolved = await resolveInputs(job.files, {}, io, { command: COMMAND, what: 'a Mermaid or PlantUML file or a Markdown page' })
  if (!resolved.ok) return usage(resolved.message)
  const toStdout = job.output === STDIN
  const toFolder = !toStdout && job.output !== undefined && (job.output.endsWith('/') || (await io.kind(job.output)) === 'directory')
  const count = resolved.inputs.length + resolved.unmatched.length
  if (count > 1 && job.output !== undefined && !toFolder) return usage(`${COMMAND}: -o ${job.output} names one file, but there are ${count} inputs: give a folder ending in '/'`)
  for (const pattern of resolved.unmatched) io.stderr(`${escapeControls(pattern)}: error: no files match this pattern\n`)
  const inputs = await inputIdentities(resolved.inputs.flatMap((i) => (i.file === undefined ? [] : [i.file])), io)
  let ok = resolved.unmatched.length === 0
  for (const input of resolved.inputs) {
    const source = await readInputText(input, io, COMMAND)
    if (!source.ok && 'usage' in source) return usage(source.usage)
    if (!source.ok) {
      io.stderr(`${escapeControls(input.name)}: error: ${source.reason}\n`)
      ok = false
      continue
    }
    const into: Destination = { output: job.output, toFolder, force: job.force, inputs }
    ok = (input.file === undefined ? await importText(input.name, source, job, into, io) : await importFile(input.file, source, job, into, io)) && ok
  }
  return ok ? EXIT_OK : EXIT_INPUT_ERRORS
}

/** Where outputs go: -o (a file, a folder, or '-' for standard output), and the run's inputs, which no output may overwrite. */
interface Destination {
  readonly output: string | undefined
  readonly toFolder: boolean
  /** --force: replace a file at an output name made from the input's (no -o, or an -o folder). */
  readonly force: boolean
  readonly inputs: InputIdentities
}

/** Prints a file's diagnostics; true if none is an error. */
function report(diagnostics: readonly LocatedDiagnostic[], source: string, name: string, io: Io): boolean {
  if (diagnostics.length > 0) io.stderr(diagnosticText(diagnostics, source, name))
  return !diagnostics.some((d) => d.severity === 'error')
}

/** Standard input: the diagram to standard output, or to the file -o names. */
async function importText(name: string, source: SourceText & { ok: true }, job: ImportJob, into: Destination, io: Io): Promise<boolean> {
  const result = importDiagram(source.text, job.from ? { from: job.from } : {})
  if (!report(result.diagnostics, source.text, name, io) || result.text === undefined) return false
  if (into.output === undefined || into.output === STDIN) return (io.stdout(result.text), true)
  return writeImported(name, into.toFolder ? join(into.output, 'diagram.seq') : into.output, result.text, into, io)
}

async function importFile(file: string, source: SourceText & { ok: true }, job: ImportJob, into: Destination, io: Io): Promise<boolean> {
  const kind = languageOfPath(file)
  if (kind === 'markdown' && job.from === undefined) return importMarkdownPage(file, source, into, io)
  const result = importDiagram(source.text, { from: job.from ?? (kind === 'markdown' ? undefined : kind) })
  if (!report(result.diagnostics, source.text, file, io) || result.text === undefined) return false
  const name = `${basename(file, extname(file))}.seq`
  const target = into.output === undefined ? join(dirname(file), name) : into.toFolder ? join(into.output, name) : into.output
  if (target === STDIN) return (io.stdout(result.text), true)
  if (!(await writeImported(file, target, result.text, into, io))) return false
  io.stdout(`wrote ${target}\n`)
  return true
}

/**
 * Writes `text` to `target`, unless `target` is one of the run's inputs, or a file at a name
 * made from the input's without --force; false, with one line said, if it is not written.
 */
async function writeImported(file: string, target: string, text: string, into: Destination, io: Io): Promise<boolean> {
  const refusal = (await overwritesInput(file, target, into.inputs, io)) ?? (await replacesUnasked(target, into, io))
  if (refusal !== undefined) return (io.stderr(`${escapeControls(file)}: error: ${escapeControls(refusal)}\n`), false)
  try {
    await io.writeFileAtomic(target, text)
    return true
  } catch (e) {
    return (io.stderr(`${escapeControls(file)}: error: ${writeFailure(e)}\n`), false)
  }
}

/** Why writing `target` would replace a file the user did not name (no -o, or an -o folder), unless --force. */
async function replacesUnasked(target: string, into: Destination, io: Io): Promise<string | undefined> {
  if (into.force || (into.output !== undefined && !into.toFolder) || (await io.kind(target)) === 'missing') return undefined
  return `${target} already exists, and lifeline import replaces a file only when told to: pass --force to replace it, or -o to write elsewhere`
}

async function importMarkdownPage(file: string, source: SourceText & { ok: true }, into: Destination, io: Io): Promise<boolean> {
  const result = importPage(source.text, await loadMarkdownParser())
  if (!report(result.diagnostics, source.text, file, io) || result.text === undefined) return (io.stderr(`${file}: not converted: fix the errors first\n`), false)
  if (result.converted === 0) return (io.stdout(`${file}: no Mermaid or PlantUML sequence diagram to convert\n`), true)
  const target = into.output === undefined ? file : into.toFolder ? join(into.output, basename(file)) : into.output
  if (target === STDIN) return (io.stdout(result.text), true)
  // In place, as md and fmt rewrite: with its byte-order mark, and only if nobody changed it since it was read.
  if (target === file) {
    if (!(await rewriteOrSay(file, source.bytes, result.text, io, COMMAND, 'it was not converted'))) return false
  } else if (!(await writeImported(file, target, result.text, into, io))) return false
  io.stdout(`${target === file ? 'updated' : 'wrote'} ${target}: ${result.converted} diagram${result.converted === 1 ? '' : 's'} converted\n`)
  return true
}
