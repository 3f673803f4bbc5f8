// `lifeline lsp --stdio`: the language server (src/lsp) for editors, over standard input and
// output. Only registration lives here; the server is loaded on first use, so other commands
// never pay for vscode-languageserver at start.
import type { Command } from 'commander'
import { compile } from '../../compile.js'
import type { Io } from '../io.js'
import type { Run } from '../exit.js'

const HELP = `
Editors start this themselves; see docs/editors.md for VS Code, Neovim and Helix.

Example:
  lifeline lsp --stdio
`

export function defineLspCommand(program: Command, io: Io, run: Run): void {
  program
    .command('lsp')
    .description('Run the language server (Language Server Protocol) for editors.')
    .option('--stdio', 'speak the protocol over standard input and output (the transport editors pass)')
    .addHelpText('after', HELP)
    .action((opts: { stdio?: boolean }) => {
      run(async () => {
        if (opts.stdio !== true) {
          io.stderr('lifeline lsp: pass --stdio: standard input and output are the only transport\n')
          return 2
        }
        const { serveLanguage } = await import('../../lsp/server.js')
        // The protocol owns the process's raw streams, which Io deliberately does not hand out.
        // The server renders previews with this bundle's compile, so its own bundle has no renderer.
        serveLanguage(process.stdin, process.stdout, compile)
        // The server ends the process itself when the client says `exit` or goes away.
        return new Promise<number>(() => undefined)
      })
    })
}
