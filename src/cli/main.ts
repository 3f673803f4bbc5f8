// The command line: argv in, exit code out (0 success, 1 the input has errors, 2 usage
// error). All input and output goes through Io; nothing here calls process.exit. Each
// command lives in its own module under commands/ and registers itself here.
import { Command, CommanderError } from 'commander'
import { defineCheckCommand } from './commands/check.js'
import { defineFmtCommand } from './commands/fmt.js'
import { defineMdCommand } from './commands/md.js'
import { defineCompletionCommand } from './commands/completion.js'
import { defineRenderCommand } from './commands/render.js'
import { defineWatchCommand } from './commands/watch.js'
import type { Io } from './io.js'
import { packageVersion } from './package-files.js'

export const EXIT_OK = 0
export const EXIT_INPUT_ERRORS = 1
export const EXIT_USAGE = 2

/** What a command's action hands back: the work to await for the exit code. */
export type Run = (work: () => Promise<number>) => void

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let work: (() => Promise<number>) | undefined
  const run: Run = (w) => {
    work = w
  }
  const program = new Command('lifeline')
    .version(packageVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .showHelpAfterError('(run lifeline --help for usage)')
    .exitOverride()
    // `lifeline check --strict`: options after a command name belong to that command.
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
  defineRenderCommand(program, io, run)
  defineCheckCommand(program, io, run)
  defineFmtCommand(program, io, run)
  defineMdCommand(program, io, run)
  defineWatchCommand(program, io, run)
  defineCompletionCommand(program, io, run)
  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE
    throw e
  }
  return work ? work() : EXIT_USAGE
}
