// The command line: argv in, exit code out (exit.ts). All input and output goes through Io;
// nothing here calls process.exit. Each command lives in its own module under commands/ and
// registers itself here; the commands import nothing from this module.
import { Command, CommanderError } from 'commander'
import { defineCheckCommand } from './commands/check.js'
import { defineFmtCommand } from './commands/fmt.js'
import { defineImportCommand } from './commands/import.js'
import { defineLspCommand } from './commands/lsp.js'
import { defineMdCommand } from './commands/md.js'
import { defineCompletionCommand } from './commands/completion.js'
import { defineRenderCommand } from './commands/render.js'
import { defineWatchCommand } from './commands/watch.js'
import { definePlaygroundCommand } from './commands/playground.js'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, type Run } from './exit.js'
import type { Io } from './io.js'
import { packageVersion } from './package-files.js'

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
  defineCheckCommand(program, io, run)
  defineFmtCommand(program, io, run)
  defineMdCommand(program, io, run)
  defineImportCommand(program, io, run)
  defineWatchCommand(program, io, run)
  definePlaygroundCommand(program, io, run)
  defineCompletionCommand(program, io, run)
  defineLspCommand(program, io, run)
  // The root command last, so that it knows the others' names for "did you mean".
  defineRenderCommand(program, io, run, program.commands.map((c) => c.name()))
  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE
    throw e
  }
  if (!work) return EXIT_USAGE
  try {
    return await work()
  } catch (e) {
    // Commands report their own problems; anything that still escapes is one line, not a stack.
    io.stderr(`lifeline: error: ${e instanceof Error ? e.message : String(e)}\n`)
    return EXIT_INPUT_ERRORS
  }
}
