// The default command: compile each input and write its SVG, or report its diagnostics.
// A file with errors gets no output at all; the others are still written.
import { basename, dirname, extname, join, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { compile } from '../../compile.js'
import { formatDiagnostics } from '../../diagnostics/format.js'
import type { ThemeName } from '../../model/model.js'
import type { Io } from '../io.js'
import type { Run } from '../main.js'
import { decodeSource } from '../read-source.js'

const EXAMPLES = `
Examples:
  lifeline signup.seq                 write signup.svg beside signup.seq
  lifeline signup.seq -o docs/signup.svg
  lifeline diagrams/*.seq -o out/     one SVG per input, into out/
  lifeline - < signup.seq > signup.svg
  cat signup.seq | lifeline --theme dark > signup.svg

Exit codes:
  0  every diagram was written
  1  an input has errors (or warnings, with --strict); nothing is written for it
  2  usage error (unknown option, missing input, ...)
`

/** The root command: `lifeline [options] [files...]`. */
export function defineRenderCommand(program: Command, io: Io, run: Run): void {
  program
    .description('Compile Lifeline sequence diagrams (*.seq) to SVG.')
    .argument('[files...]', "diagram files; '-' (or none, with piped input) reads standard input")
    .option('-o, --output <path>', "output file, or a folder (ending in '/' or existing) for several inputs")
    .addOption(new Option('--theme <theme>', "override the diagrams' theme").choices(['light', 'dark', 'auto']))
    .option('--strict', 'treat warnings as errors')
    .addHelpText('after', EXAMPLES)
    .action((files: string[], opts: { output?: string; theme?: ThemeName; strict?: boolean }) => {
      run(() => renderFiles({ files, output: opts.output, theme: opts.theme, strict: opts.strict === true }, io))
    })
}

export interface RenderJob {
  readonly files: readonly string[]
  readonly output: string | undefined
  readonly theme: ThemeName | undefined
  readonly strict: boolean
}

const STDIN = '-'

export async function renderFiles(job: RenderJob, io: Io): Promise<number> {
  const fromStdin = job.files.length === 0 || (job.files.length === 1 && job.files[0] === STDIN)
  if (fromStdin && job.files.length === 0 && io.stdinIsTTY) {
    io.stderr("lifeline: no input files (pass a .seq file, or '-' to read standard input; see --help)\n")
    return 2
  }
  if (job.files.includes(STDIN) && job.files.length > 1) {
    io.stderr("lifeline: '-' (standard input) cannot be mixed with files\n")
    return 2
  }
  const toFolder = job.output !== undefined && (job.output.endsWith('/') || (await io.kind(job.output)) === 'directory')
  if (job.files.length > 1 && job.output !== undefined && !toFolder) {
    io.stderr(`lifeline: -o ${job.output} names one file, but there are ${job.files.length} inputs: give a folder ending in '/'\n`)
    return 2
  }
  if (toFolder && job.output !== undefined) await io.ensureDir(job.output)
  if (fromStdin) return renderStdin(job, io)
  let failed = false
  // Never overwrite an input: not a file's own (`x.seq -o x.seq`), nor another one's (`a.seq a.svg`).
  const inputs = new Set(job.files.map((f) => resolve(f)))
  for (const file of job.files) {
    const target = outputPath(file, job.output, toFolder)
    if (inputs.has(resolve(target))) {
      const which = resolve(target) === resolve(file) ? 'the input itself' : 'another input'
      io.stderr(`${file}: error: its output ${target} would overwrite ${which}; name another output with -o\n`)
      failed = true
    } else if (!(await renderOne(file, target, job, io))) failed = true
  }
  return failed ? 1 : 0
}

function outputPath(file: string, output: string | undefined, toFolder: boolean): string {
  const name = `${basename(file, extname(file))}.svg`
  if (output === undefined) return join(dirname(file), name)
  return toFolder ? join(output, name) : output
}

/** Compiles one source; prints its diagnostics; returns the SVG if it may be written. */
function compileReporting(text: string, name: string, job: RenderJob, io: Io): string | undefined {
  const result = compile(text, job.theme ? { theme: job.theme } : {})
  if (result.diagnostics.length) io.stderr(formatDiagnostics(result.diagnostics, text, name))
  const blocked = job.strict && result.diagnostics.some((d) => d.severity === 'warning')
  return blocked ? undefined : result.svg
}

async function renderStdin(job: RenderJob, io: Io): Promise<number> {
  const source = decodeSource(await io.readStdin())
  if (!source.ok) {
    io.stderr(`<stdin>: error: ${source.reason}\n`)
    return 1
  }
  const svg = compileReporting(source.text, '<stdin>', job, io)
  if (svg === undefined) return 1
  if (job.output === undefined) io.stdout(svg)
  else await io.writeFileAtomic(job.output.endsWith('/') ? join(job.output, 'diagram.svg') : job.output, svg)
  return 0
}

async function renderOne(file: string, target: string, job: RenderJob, io: Io): Promise<boolean> {
  const kind = await io.kind(file)
  if (kind !== 'file') {
    io.stderr(`${file}: error: ${kind === 'missing' ? 'no such file' : kind === 'directory' ? 'is a folder, not a diagram file' : 'not a regular file'}\n`)
    return false
  }
  let bytes: Uint8Array
  try {
    bytes = await io.readFile(file)
  } catch (e) {
    io.stderr(`${file}: error: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})\n`)
    return false
  }
  const source = decodeSource(bytes)
  if (!source.ok) {
    io.stderr(`${file}: error: ${source.reason}\n`)
    return false
  }
  const svg = compileReporting(source.text, file, job, io)
  if (svg === undefined) return false
  try {
    await io.writeFileAtomic(target, svg)
  } catch (e) {
    io.stderr(`${target}: error: cannot write it (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})\n`)
    return false
  }
  return true
}
