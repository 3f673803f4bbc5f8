// `lifeline playground`: serves the playground (src/playground/) on 127.0.0.1 and prints its
// address; it opens no browser. Runs until Ctrl+C, then stops cleanly (exit 0).
import { join } from 'node:path'
import type { Command } from 'commander'
import { startPlaygroundServer } from '../../playground/server.js'
import type { Io } from '../io.js'
import { EXIT_USAGE, type Run } from '../exit.js'
import { packageRoot } from '../package-files.js'
import { parsePort, PORT_HELP } from '../port-option.js'

export function definePlaygroundCommand(program: Command, io: Io, run: Run): void {
  program
    .command('playground')
    .description('serve the playground (an editor with the live picture, in the browser) on 127.0.0.1')
    .option('--port <port>', PORT_HELP, parsePort, 0)
    .action((opts: { port: number }) => run(() => playground(opts.port, io)))
}

async function playground(port: number, io: Io): Promise<number> {
  let server
  try {
    server = await startPlaygroundServer(port, join(packageRoot(), 'dist', 'playground'))
  } catch (e) {
    io.stderr(`lifeline: cannot serve the playground on port ${port} (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`)
    return EXIT_USAGE
  }
  io.stdout(`playground: open ${server.url} (Ctrl+C to stop)\n`)
  await new Promise<void>((resolve) => io.onInterrupt(resolve))
  await server.close()
  io.stdout('stopped\n')
  return 0
}
