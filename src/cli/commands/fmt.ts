// `lifeline fmt FILES...`: rewrites diagrams in the canonical layout (src/format), only the
// files that change; `--check` writes nothing and lists the files that would change; `-`
// formats standard input to standard output. A file with syntax errors is left alone.
import type { Command } from 'commander'
import { escapeControls } from '../../diagnostics/printable.js'
import { diagnosticText } from '../diagnostic-output.js'
import { formatSource } from '../../format/format.js'
import type { Io } from '../io.js'
import type { Run } from '../main.js'
import { decodeSource, readSourceFile } from '../read-source.js'
import { rewriteIfUnchanged } from '../rewrite.js'
import { writeFailure } from '../write-output.js'

const STDIN = '-'
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

/**
 * Writes a formatted file back (its mode, links, byte-order mark and read-only state respected,
 * and only if nobody changed it since it was read); false, with one line said, if it cannot.
 */
async function rewrite(file: string, read: Uint8Array, text: string, io: Io): Promise<boolean> {
  try {
    if ((await rewriteIfUnchanged(file, read, text, io)) === 'written') return true
    io.stderr(`${escapeControls(file)}: error: it changed while lifeline fmt ran, so it was not rewritten: run lifeline fmt again\n`)
    return false
  } catch (e) {
    io.stderr(`${escapeControls(file)}: error: cannot write it (${writeFailure(e)})\n`)
    return false
  }
}

async function formatFiles(files: readonly string[], check: boolean, io: Io): Promise<number> {
  if (files.includes(STDIN) && files.length > 1) {
    io.stderr("lifeline fmt: '-' (standard input) cannot be mixed with files\n")
    return 2
  }
  let failed = false
  for (const file of files) {
    const fromStdin = file === STDIN
    const name = fromStdin ? '<stdin>' : file
    const source = fromStdin ? decodeSource(await io.readStdin()) : await readSourceFile(file, io)
    if (!source.ok) {
      io.stderr(`${escapeControls(name)}: error: ${source.reason}\n`)
      failed = true
      continue
    }
    const result = formatSource(source.text)
    if (!result.ok) {
      io.stderr(diagnosticText(result.diagnostics, source.text, name))
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
    } else if (fromStdin) io.stdout(result.text)
    else if (changed && !(await rewrite(file, source.bytes, result.text, io))) failed = true
  }
  return failed ? 1 : 0
}
