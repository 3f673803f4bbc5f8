// `lifeline fmt FILES...`: rewrites diagrams in the canonical layout (src/format), only the
// files that change; `--check` writes nothing and lists the files that would change; `-`
// formats standard input to standard output. A file with syntax errors is left alone.
import type { Command } from 'commander'
import { escapeControls } from '../../diagnostics/printable.js'
import { diagnosticText } from '../diagnostic-output.js'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, type Run } from '../exit.js'
import { formatSource } from '../../format/format.js'
import { readInputText, resolveInputs } from '../inputs.js'
import type { Io } from '../io.js'
import { rewriteOrSay } from '../rewrite.js'
import { stderrColour } from '../terminal.js'

const COMMAND = 'lifeline fmt'
const HELP = `
Examples:
  lifeline fmt diagrams/*.seq         rewrite the files that are not in the canonical layout
  lifeline fmt --check diagrams/*.seq list them and exit 1 instead (for CI)
  lifeline fmt - < in.seq > out.seq

Exit codes:
  0  every file is formatted (with --check: already was)
  1  a file has syntax errors or cannot be read (with --check: or would change)
  2  usage error
`

export function defineFmtCommand(program: Command, io: Io, run: Run): void {
  program
    .command('fmt')
    .description('Rewrite diagrams in the one canonical layout (comments kept, meaning unchanged).')
    .argument('<files...>', "diagram files; '-' formats standard input to standard output")
    .option('--check', 'write nothing; list the files that would change and exit 1 if any')
    .addHelpText('after', HELP)
    .action((files: string[], opts: { check?: boolean }) => {
      run(() => formatFiles(files, opts.check === true, io))
    })
}

async function formatFiles(files: readonly string[], check: boolean, io: Io): Promise<number> {
  const resolved = await resolveInputs(files, {}, io, { command: COMMAND, what: '.seq files' })
  if (!resolved.ok) return (io.stderr(`${resolved.message}\n`), EXIT_USAGE)
  let failed = false
  for (const pattern of resolved.unmatched) {
    io.stderr(`${pattern}: error: no files match this pattern\n`)
    failed = true
  }
  for (const input of resolved.inputs) {
    const { name, file } = input
    const source = await readInputText(input, io, COMMAND)
    if (!source.ok && 'usage' in source) return (io.stderr(`${source.usage}\n`), EXIT_USAGE)
    if (!source.ok) {
      io.stderr(`${escapeControls(name)}: error: ${source.reason}\n`)
      failed = true
      continue
    }
    const result = formatSource(source.text)
    if (!result.ok) {
      io.stderr(diagnosticText(result.diagnostics, source.text, name, stderrColour(io)))
      io.stderr(`${escapeControls(name)}: not formatted: fix the syntax errors first\n`)
      failed = true
      continue
    }
    const changed = result.text !== source.text
    if (check) {
      if (changed) {
        io.stdout(`${name}\n`)
        failed = true
      }
    } else if (file === undefined) io.stdout(result.text)
    else if (changed && !(await rewriteOrSay(file, source.bytes, result.text, io, COMMAND, 'it was not rewritten'))) failed = true
  }
  return failed ? EXIT_INPUT_ERRORS : EXIT_OK
}
