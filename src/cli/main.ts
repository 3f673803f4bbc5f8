// The command line: argv in, exit code out (0 success, 1 the input has errors, 2 usage
// error). All input and output goes through Io; nothing here calls process.exit.
import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import type { ThemeName } from '../model/model.js'
import { renderFiles, type RenderJob } from './render-files.js'
import type { Io } from './io.js'

export const EXIT_OK = 0
export const EXIT_INPUT_ERRORS = 1
export const EXIT_USAGE = 2

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

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let job: RenderJob | undefined
  const program = new Command('lifeline')
    .description('Compile Lifeline sequence diagrams (*.seq) to SVG.')
    .argument('[files...]', "diagram files; '-' (or none, with piped input) reads standard input")
    .option('-o, --output <path>', "output file, or a folder (ending in '/' or existing) for several inputs")
    .addOption(new Option('--theme <theme>', "override the diagrams' theme").choices(['light', 'dark', 'auto']))
    .option('--strict', 'treat warnings as errors')
    .version(version(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run lifeline --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action((files: string[], opts: { output?: string; theme?: ThemeName; strict?: boolean }) => {
      job = { files, output: opts.output, theme: opts.theme, strict: opts.strict === true }
    })
  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE
    throw e
  }
  return job ? renderFiles(job, io) : EXIT_USAGE
}
