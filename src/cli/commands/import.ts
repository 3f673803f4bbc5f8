// `lifeline import FILES...`: Mermaid and PlantUML sequence diagrams to Lifeline (src/import).
// A diagram file gets a `.seq` beside it (or at -o); a Markdown page has its diagram blocks
// converted in place (cli/import/page.ts); `-` reads standard input. What could not be carried
// over exactly is printed as warnings; a file with errors gets no output at all.
import { basename, dirname, extname, join, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import type { LocatedDiagnostic } from '../../diagnostics/diagnostic.js'
import { escapeControls } from '../../diagnostics/printable.js'
import { languageOfPath, SOURCE_LANGUAGES, type SourceLanguage } from '../../import/detect.js'
import { importDiagram } from '../../import/import.js'
import { diagnosticText } from '../diagnostic-output.js'
import { importPage } from '../import/page.js'
import { loadMarkdownParser } from '../md/fences.js'
import type { Io } from '../io.js'
import type { Run } from '../exit.js'
import { decodeSource, readSourceFile } from '../read-source.js'
import { rewriteIfUnchanged } from '../rewrite.js'

const STDIN = '-'
const HELP = `
Examples:
  lifeline import flow.mmd              write flow.seq beside flow.mmd
  lifeline import login.puml -o docs/login.seq
  lifeline import diagrams/*.puml -o out/
  lifeline import docs/page.md          convert the page's Mermaid and PlantUML blocks in place
  lifeline import - --from plantuml < login.puml > login.seq

The language is taken from the extension (.mmd .mermaid / .puml .plantuml .pu .iuml .wsd,
.md .markdown for pages), else from the content (@startuml, sequenceDiagram).

Exit codes:
  0  every input was imported (warnings say what was carried over approximately)
  1  an input has errors or cannot be read; nothing is written for it
  2  usage error
`

interface ImportJob {
  readonly files: readonly string[]
  readonly output: string | undefined
  readonly from: SourceLanguage | undefined
}

export function defineImportCommand(program: Command, io: Io, run: Run): void {
  program
    .command('import')
    .description('Convert Mermaid and PlantUML sequence diagrams (files, or blocks in Markdown pages) to Lifeline.')
    .argument('<files...>', "diagram files or Markdown pages; '-' reads standard input and writes standard output")
    .option('-o, --output <path>', "output file, or a folder (ending in '/' or existing) for several inputs")
    .addOption(new Option('--from <tool>', 'the source language, when neither the extension nor the content says').choices(SOURCE_LANGUAGES))
    .addHelpText('after', HELP)
    .action((files: string[], opts: { output?: string; from?: SourceLanguage }) => {
      run(() => importFiles({ files, output: opts.output, from: opts.from }, io))
    })
}

async function importFiles(job: ImportJob, io: Io): Promise<number> {
  const usage = (message: string): number => (io.stderr(`lifeline import: ${message}\n`), 2)
  if (job.files.includes(STDIN) && job.files.length > 1) return usage("'-' (standard input) cannot be mixed with files")
  const toFolder = job.output !== undefined && (job.output.endsWith('/') || (await io.kind(job.output)) === 'directory')
  if (job.files.length > 1 && job.output !== undefined && !toFolder) return usage(`-o ${job.output} names one file, but there are ${job.files.length} inputs: give a folder ending in '/'`)
  if (toFolder && job.output !== undefined) await io.ensureDir(job.output)
  let ok = true
  for (const file of job.files) {
    const done = file === STDIN ? await importStdin(job, io) : await importFile(file, job, toFolder, io)
    ok &&= done
  }
  return ok ? 0 : 1
}

/** Prints a file's diagnostics; true if none is an error. */
function report(diagnostics: readonly LocatedDiagnostic[], source: string, name: string, io: Io): boolean {
  if (diagnostics.length > 0) io.stderr(diagnosticText(diagnostics, source, name))
  return !diagnostics.some((d) => d.severity === 'error')
}

async function importStdin(job: ImportJob, io: Io): Promise<boolean> {
  const source = decodeSource(await io.readStdin())
  if (!source.ok) return (io.stderr(`<stdin>: error: ${source.reason}\n`), false)
  const result = importDiagram(source.text, job.from ? { from: job.from } : {})
  if (!report(result.diagnostics, source.text, '<stdin>', io) || result.text === undefined) return false
  if (job.output === undefined || job.output === STDIN) io.stdout(result.text)
  else await io.writeFileAtomic(job.output.endsWith('/') ? join(job.output, 'diagram.seq') : job.output, result.text)
  return true
}

async function importFile(file: string, job: ImportJob, toFolder: boolean, io: Io): Promise<boolean> {
  const source = await readSourceFile(file, io)
  if (!source.ok) return (io.stderr(`${file}: error: ${source.reason}\n`), false)
  const kind = languageOfPath(file)
  if (kind === 'markdown' && job.from === undefined) return importMarkdownPage(file, source, job, toFolder, io)
  const result = importDiagram(source.text, { from: job.from ?? (kind === 'markdown' ? undefined : kind) })
  if (!report(result.diagnostics, source.text, file, io) || result.text === undefined) return false
  const target = job.output === undefined ? join(dirname(file), `${basename(file, extname(file))}.seq`) : toFolder ? join(job.output, `${basename(file, extname(file))}.seq`) : job.output
  if (resolve(target) === resolve(file)) return (io.stderr(`${file}: error: its output ${target} would overwrite the input itself; name another output with -o\n`), false)
  await io.writeFileAtomic(target, result.text)
  io.stdout(`wrote ${target}\n`)
  return true
}

async function importMarkdownPage(file: string, source: { text: string; bytes: Uint8Array }, job: ImportJob, toFolder: boolean, io: Io): Promise<boolean> {
  const result = importPage(source.text, await loadMarkdownParser())
  if (!report(result.diagnostics, source.text, file, io) || result.text === undefined) return (io.stderr(`${file}: not converted: fix the errors first\n`), false)
  if (result.converted === 0) return (io.stdout(`${file}: no Mermaid or PlantUML sequence diagram to convert\n`), true)
  const target = job.output === undefined ? file : toFolder ? join(job.output, basename(file)) : job.output
  // In place, as md and fmt rewrite: with its byte-order mark, and only if nobody changed it since it was read.
  if (target === file) {
    if ((await rewriteIfUnchanged(file, source.bytes, result.text, io)) === 'changed meanwhile') {
      return (io.stderr(`${escapeControls(file)}: error: it changed while lifeline import ran, so it was not converted: run lifeline import again\n`), false)
    }
  } else await io.writeFileAtomic(target, result.text)
  io.stdout(`${target === file ? 'updated' : 'wrote'} ${target}: ${result.converted} diagram${result.converted === 1 ? '' : 's'} converted\n`)
  return true
}
