// The default command: compile each input (files, or glob patterns the shell left alone) and
// write its SVG or PNG, or report its diagnostics. A file with errors gets no output at all;
// the others are still written. Rendering itself is batch/render-batch.ts.
import { basename, dirname, extname, join, resolve } from 'node:path'
import { InvalidArgumentError, Option, type Command } from 'commander'
import { escapeControls } from '../../diagnostics/printable.js'
import type { ThemeName } from '../../model/model.js'
import { renderBatch, type Entry } from '../batch/render-batch.js'
import { compileOptions, ConfigFinder, withConfig, type Config } from '../config.js'
import { expandInputs } from '../glob.js'
import type { Io } from '../io.js'
import type { Run } from '../main.js'
import { MAX_SCALE } from '../png.js'
import { produce, type OutputFormat, type ProduceOptions } from '../produce.js'
import { writeFailure } from '../write-output.js'

const EXAMPLES = `
Examples:
  lifeline signup.seq                 write signup.svg beside signup.seq
  lifeline signup.seq -o docs/signup.svg
  lifeline signup.seq -o signup.png   PNG, inferred from the extension
  lifeline signup.seq --format png --scale 2
  lifeline diagrams/*.seq -o out/     one SVG per input, into out/
  lifeline "docs/**/*.seq" -o out/    globs are expanded by lifeline too
  lifeline - < signup.seq > signup.svg
  cat signup.seq | lifeline --theme dark > signup.svg

Exit codes:
  0  every diagram was written
  1  an input has errors (or warnings, with --strict); nothing is written for it;
     or a pattern matched no file
  2  usage error (unknown option, missing input, ...)
`

const FORMATS: readonly OutputFormat[] = ['svg', 'png']

/** The root command: `lifeline [options] [files...]`. */
export function defineRenderCommand(program: Command, io: Io, run: Run): void {
  program
    .description('Compile Lifeline sequence diagrams (*.seq) to SVG or PNG.')
    .argument('[files...]', "diagram files or glob patterns; '-' (or none, with piped input) reads standard input")
    .option('-o, --output <path>', "output file, or a folder (ending in '/' or existing) for several inputs")
    .addOption(new Option('--format <format>', 'output format (default: from the -o extension, else svg)').choices(FORMATS))
    .option('--scale <n>', 'PNG resolution: pixels per SVG unit (default: 1)', parseScale)
    .addOption(new Option('--theme <theme>', "override the diagrams' theme").choices(['light', 'dark', 'auto']))
    .option('--strict', 'treat warnings as errors')
    .option('--verbose', 'say which lifeline.config.json applies')
    .addHelpText('after', EXAMPLES)
    .action((files: string[], opts: { output?: string; format?: OutputFormat; scale?: number; theme?: ThemeName; strict?: boolean; verbose?: boolean }) => {
      const job = { files, output: opts.output, format: opts.format, scale: opts.scale, theme: opts.theme, strict: opts.strict === true, verbose: opts.verbose === true }
      run(() => renderFiles(job, io))
    })
}

function parseScale(value: string): number {
  const scale = Number(value)
  if (!(scale > 0 && scale <= MAX_SCALE)) throw new InvalidArgumentError(`give a number above 0 and at most ${MAX_SCALE}`)
  return scale
}

export interface RenderJob {
  readonly files: readonly string[]
  readonly output: string | undefined
  readonly format: OutputFormat | undefined
  readonly scale: number | undefined
  readonly theme: ThemeName | undefined
  readonly strict: boolean
  readonly verbose?: boolean
}

const STDIN = '-'
const EXIT_INPUT_ERRORS = 1
const EXIT_USAGE = 2

export async function renderFiles(job: RenderJob, io: Io): Promise<number> {
  const usage = (message: string): number => (io.stderr(`lifeline: ${message}\n`), EXIT_USAGE)
  const fromStdin = job.files.length === 0 || (job.files.length === 1 && job.files[0] === STDIN)
  if (fromStdin && job.files.length === 0 && io.stdinIsTTY) return usage("no input files (pass a .seq file, or '-' to read standard input; see --help)")
  if (job.files.includes(STDIN) && job.files.length > 1) return usage("'-' (standard input) cannot be mixed with files")
  const toFolder = job.output !== undefined && (job.output.endsWith('/') || (await io.kind(job.output)) === 'directory')
  const format = chooseFormat(job, toFolder)
  if (typeof format !== 'string') return usage(format.problem)
  const { files, unmatched } = fromStdin ? { files: [], unmatched: [] } : await expandInputs(job.files, io)
  // lifeline.config.json, found upward from each input (from the current folder for stdin).
  const configs = await new ConfigFinder(io, job.verbose === true).forInputs(fromStdin ? [undefined] : files)
  if (!configs.ok) return usage(configs.message.replace(/^lifeline: /, ''))
  const optionsFor = (config: Config | undefined): ProduceOptions & { outDir: string | undefined } => {
    const effective = withConfig(job, config ?? {})
    return { compile: compileOptions(effective), strict: effective.strict, format, scale: job.scale ?? 1, outDir: effective.outDir }
  }
  if (fromStdin) return renderStdin(job, optionsFor(configs.configs[0]), io)
  if (files.length > 1 && job.output !== undefined && !toFolder) {
    return usage(`-o ${job.output} names one file, but there are ${files.length} inputs: give a folder ending in '/'`)
  }
  if (toFolder && job.output !== undefined && !(await makeFolder(job.output, io))) return EXIT_INPUT_ERRORS
  for (const pattern of unmatched) io.stderr(`${escapeControls(pattern)}: error: no files match this pattern\n`)
  const sameAs = await inputIdentities(files, io)
  const entries: Entry[] = await Promise.all(
    files.map(async (file, i) => {
      const { outDir, ...options } = optionsFor(configs.configs[i])
      const target = outputPath(file, job.output ?? outDir, job.output === undefined ? outDir !== undefined : toFolder, format)
      return { file, target, options, refusal: await overwritesInput(file, target, sameAs, io) }
    }),
  )
  const clash = firstClash(entries.filter((e) => e.refusal === undefined))
  if (clash) return usage(`${clash[0]} and ${clash[1]} would both be written to ${clash[2]}: render them into different folders`)
  if (job.output === undefined) {
    for (const folder of new Set(entries.map((e) => dirname(e.target)))) if (!(await makeFolder(folder, io))) return EXIT_INPUT_ERRORS
  }
  const written = await renderBatch(entries, io)
  const total = files.length + unmatched.length
  if (total > 1) io.stderr(summary(written, total))
  return written === total ? 0 : EXIT_INPUT_ERRORS
}

/** Each input by its resolved path and by its identity on disk (device and inode), so an alias is recognised. */
async function inputIdentities(files: readonly string[], io: Io): Promise<Map<string, string>> {
  const inputs = new Map<string, string>()
  for (const file of files) {
    inputs.set(`path:${resolve(file)}`, file)
    const id = await io.identity(file)
    if (id !== undefined && !inputs.has(`id:${id}`)) inputs.set(`id:${id}`, file)
  }
  return inputs
}

/**
 * Why writing `target` would overwrite an input, or undefined. Paths are compared resolved, and
 * files by device and inode, so no symbolic link, hard link or `./` spelling lets an output
 * land on its own input (`x.seq -o x.seq`) or another one (`a.seq a.svg`).
 */
async function overwritesInput(file: string, target: string, inputs: ReadonlyMap<string, string>, io: Io): Promise<string | undefined> {
  const id = await io.identity(target)
  const victim = inputs.get(`path:${resolve(target)}`) ?? (id === undefined ? undefined : inputs.get(`id:${id}`))
  if (victim === undefined) return undefined
  const itself = resolve(target) === resolve(file) || (id !== undefined && (await io.identity(file)) === id)
  return `its output ${target} would overwrite ${itself ? 'the input itself' : 'another input'}; name another output with -o`
}

/** Creates an output folder, or says in one line why it cannot. */
async function makeFolder(folder: string, io: Io): Promise<boolean> {
  try {
    await io.ensureDir(folder)
    return true
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : writeFailure(e)
    io.stderr(`${escapeControls(folder)}: error: cannot create this folder (${why})\n`)
    return false
  }
}

/** `rendered 198 of 200 diagrams, 2 with errors` */
export function summary(written: number, total: number): string {
  const failed = total - written
  return `rendered ${written} of ${total} diagram${total === 1 ? '' : 's'}${failed ? `, ${failed} with errors` : ''}\n`
}

/** --format, else the -o file's extension, else SVG; a contradiction is a usage error. */
function chooseFormat(job: RenderJob, toFolder: boolean): OutputFormat | { problem: string } {
  const ext = job.output !== undefined && !toFolder ? extname(job.output).slice(1).toLowerCase() : ''
  const implied = FORMATS.find((f) => f === ext)
  if (job.format && implied && job.format !== implied) return { problem: `-o ${job.output} is a .${implied} file, but --format says ${job.format}` }
  const format = job.format ?? implied ?? 'svg'
  if (job.scale !== undefined && format !== 'png') return { problem: '--scale applies to PNG output only (add --format png, or -o NAME.png)' }
  return format
}

function outputPath(file: string, output: string | undefined, toFolder: boolean, format: OutputFormat): string {
  const name = `${basename(file, extname(file))}.${format}`
  if (output === undefined) return join(dirname(file), name)
  return toFolder ? join(output, name) : output
}

/** Two inputs with the same name bound for one folder would overwrite each other. */
function firstClash(entries: readonly { file: string; target: string }[]): [string, string, string] | undefined {
  const byTarget = new Map<string, string>()
  for (const { file, target } of entries) {
    const other = byTarget.get(target)
    if (other !== undefined) return [other, file, target]
    byTarget.set(target, file)
  }
  return undefined
}

async function renderStdin(job: RenderJob, options: ProduceOptions, io: Io): Promise<number> {
  if (options.format === 'png' && job.output === undefined && io.stdoutIsTTY) {
    io.stderr('lifeline: not writing a PNG to the terminal: redirect it (> out.png) or name a file with -o\n')
    return EXIT_USAGE
  }
  if (job.output?.endsWith('/') && !(await makeFolder(job.output, io))) return EXIT_INPUT_ERRORS
  const outcome = await produce(await io.readStdin(), '<stdin>', options)
  io.stderr(outcome.report)
  if (outcome.output === undefined) return EXIT_INPUT_ERRORS
  if (job.output === undefined) {
    io.stdout(outcome.output)
    return 0
  }
  const target = job.output.endsWith('/') ? join(job.output, `diagram.${options.format}`) : job.output
  try {
    await io.writeFileAtomic(target, outcome.output)
  } catch (e) {
    io.stderr(`${escapeControls(target)}: error: cannot write it (${writeFailure(e)})\n`)
    return EXIT_INPUT_ERRORS
  }
  return 0
}
