// The default command: compile each input (files, or glob patterns the shell left alone) and
// write its SVG or PNG, or report its diagnostics. A file with errors gets no output at all;
// the others are still written. Rendering itself is batch/render-batch.ts.
import { basename, dirname, extname, join } from 'node:path'
import { InvalidArgumentError, Option, type Command } from 'commander'
import { escapeControls } from '../../diagnostics/printable.js'
import { THEME_NAMES, type ThemeName } from '../../model/model.js'
import { renderBatch, type Entry } from '../batch/render-batch.js'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, type Run } from '../exit.js'
import { readStdin, resolveInputs, STDIN, type Input } from '../inputs.js'
import type { Io } from '../io.js'
import { parseOutputPath } from '../output-option.js'
import { inputIdentities, overwritesInput } from '../overwrites-input.js'
import { MAX_SCALE } from '../png.js'
import { produce, type OutputFormat, type ProduceOptions } from '../produce.js'
import { readFileBytes } from '../read-source.js'
import { stderrColour } from '../terminal.js'
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
  lifeline signup.seq -o - | gzip > signup.svg.gz   '-o -' is standard output
  cat signup.seq | lifeline --theme dark > signup.svg

Exit codes:
  0  every diagram was written
  1  an input has errors (or warnings, with --strict); nothing is written for it;
     or a pattern matched no file
  2  usage error (unknown option, no input, an output format other than .svg or .png, ...)
`

const FORMATS: readonly OutputFormat[] = ['svg', 'png']

/** The root command: `lifeline [options] [files...]`. */
export function defineRenderCommand(program: Command, io: Io, run: Run, commands: readonly string[]): void {
  program
    .description('Compile Lifeline sequence diagrams (*.seq) to SVG or PNG.')
    .argument('[files...]', "diagram files or glob patterns; '-' (or none, with piped input) reads standard input")
    .option('-o, --output <path>', "output file (.svg or .png), a folder (ending in '/' or existing) for several inputs, or '-' for standard output", parseOutputPath)
    .addOption(new Option('--format <format>', 'output format (default: from the -o extension, else svg)').choices(FORMATS))
    .option('--scale <n>', 'PNG resolution: pixels per SVG unit (default: 1)', parseScale)
    .addOption(new Option('--theme <theme>', "override the diagrams' theme").choices(THEME_NAMES))
    .option('--strict', 'treat warnings as errors')
    .option('--verbose', 'say which lifeline.config.json applies')
    .addHelpText('after', EXAMPLES)
    .action((files: string[], opts: { output?: string; format?: OutputFormat; scale?: number; theme?: ThemeName; strict?: boolean; verbose?: boolean }) => {
      const job = { files, output: opts.output, format: opts.format, scale: opts.scale, theme: opts.theme, strict: opts.strict === true, verbose: opts.verbose === true }
      run(() => renderFiles(job, io, commands))
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

const COMMAND = 'lifeline'

export async function renderFiles(job: RenderJob, io: Io, commands: readonly string[] = []): Promise<number> {
  const usage = (message: string): number => (io.stderr(`${message}\n`), EXIT_USAGE)
  const toStdout = job.output === STDIN
  const toFolder = !toStdout && job.output !== undefined && (job.output.endsWith('/') || (await io.kind(job.output)) === 'directory')
  const format = chooseFormat(job, toFolder || toStdout)
  if (typeof format !== 'string') return usage(`${COMMAND}: ${format.problem}`)
  const resolved = await resolveInputs(job.files, { theme: job.theme, strict: job.strict }, io, { command: COMMAND, commands, what: 'a .seq file', verbose: job.verbose === true })
  if (!resolved.ok) return usage(resolved.message)
  const optionsFor = (input: Input): ProduceOptions => ({ compile: input.settings.compile, strict: input.settings.strict, format, scale: job.scale ?? 1, colour: stderrColour(io) })
  const [first] = resolved.inputs
  if (resolved.fromStdin && first) return renderOne(first, optionsFor(first), job, io)
  const files = resolved.inputs
  if (toStdout && files.length + resolved.unmatched.length > 1) return usage(`${COMMAND}: -o - (standard output) takes one input, but there are ${files.length + resolved.unmatched.length}`)
  if (toStdout && first) return renderOne(first, optionsFor(first), job, io)
  if (files.length > 1 && job.output !== undefined && !toFolder) {
    return usage(`${COMMAND}: -o ${job.output} names one file, but there are ${files.length} inputs: give a folder ending in '/'`)
  }
  for (const pattern of resolved.unmatched) io.stderr(`${escapeControls(pattern)}: error: no files match this pattern\n`)
  const sameAs = await inputIdentities(files.map((f) => f.name), io)
  const entries: Entry[] = await Promise.all(
    files.map(async (input) => {
      const { outDir } = input.settings
      const target = outputPath(input.name, job.output ?? outDir, job.output === undefined ? outDir !== undefined : toFolder, format)
      return { file: input.name, target, options: optionsFor(input), refusal: await overwritesInput(input.name, target, sameAs, io) }
    }),
  )
  const clash = firstClash(entries.filter((e) => e.refusal === undefined))
  if (clash) return usage(`${COMMAND}: ${clash[0]} and ${clash[1]} would both be written to ${clash[2]}: render them into different folders`)
  const written = await renderBatch(entries, io)
  const total = files.length + resolved.unmatched.length
  if (total > 1) io.stderr(summary(written, total))
  return written === total ? EXIT_OK : EXIT_INPUT_ERRORS
}

/** `rendered 198 of 200 diagrams, 2 with errors` */
export function summary(written: number, total: number): string {
  const failed = total - written
  return `rendered ${written} of ${total} diagram${total === 1 ? '' : 's'}${failed ? `, ${failed} with errors` : ''}\n`
}

/**
 * --format, else the -o file's extension, else SVG. A contradiction, or an extension that is
 * neither (`-o diagram.pdf`), is a usage error: writing SVG bytes under another format's name
 * would only fail later, in whatever opens the file.
 */
function chooseFormat(job: RenderJob, noExtension: boolean): OutputFormat | { problem: string } {
  const ext = job.output !== undefined && !noExtension ? extname(job.output).slice(1).toLowerCase() : ''
  const implied = FORMATS.find((f) => f === ext)
  if (ext !== '' && implied === undefined) return { problem: `-o ${job.output}: Lifeline writes ${FORMATS.map((f) => `.${f}`).join(' or ')} files, not .${ext}` }
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

/**
 * One input to standard output or to -o: standard input, or a file with `-o -`. Never a file
 * named '-': that name means standard output.
 */
async function renderOne(input: Input, options: ProduceOptions, job: RenderJob, io: Io): Promise<number> {
  const toStdout = job.output === undefined || job.output === STDIN
  if (options.format === 'png' && toStdout && io.stdoutIsTTY) {
    io.stderr(`${COMMAND}: not writing a PNG to the terminal: redirect it (> out.png) or name a file with -o\n`)
    return EXIT_USAGE
  }
  const read = input.file === undefined ? await readStdin(io, COMMAND) : await readFileBytes(input.file, io)
  if (!read.ok) {
    io.stderr('usage' in read ? `${read.usage}\n` : `${escapeControls(input.name)}: error: ${read.reason}\n`)
    return 'usage' in read ? EXIT_USAGE : EXIT_INPUT_ERRORS
  }
  const outcome = await produce(read.bytes, input.name, options)
  io.stderr(outcome.report)
  if (outcome.output === undefined) return EXIT_INPUT_ERRORS
  if (toStdout || job.output === undefined) {
    io.stdout(outcome.output)
    return EXIT_OK
  }
  const target = job.output.endsWith('/') ? join(job.output, `diagram.${options.format}`) : job.output
  try {
    await io.writeFileAtomic(target, outcome.output)
  } catch (e) {
    io.stderr(`${escapeControls(input.name)}: error: ${writeFailure(e)}\n`)
    return EXIT_INPUT_ERRORS
  }
  return EXIT_OK
}
