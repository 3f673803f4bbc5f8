// Writing back a text file a command read and changed (`fmt`, `md`, `import`'s page): only if
// its bytes are still those that were read, so an edit made while the command ran is never
// lost, and with the byte-order mark it had (decoding dropped it), so no byte but the changed
// ones moves. Written in place: through a symbolic link, to its target (write-output.ts).
import { escapeControls } from '../diagnostics/printable.js'
import type { Io } from './io.js'
import { writeFailure } from './write-output.js'

export type Rewritten = 'written' | 'changed meanwhile'

export async function rewriteIfUnchanged(file: string, read: Uint8Array, text: string, io: Io): Promise<Rewritten> {
  if (!Buffer.from(await io.readFile(file)).equals(read)) return 'changed meanwhile'
  const bom = read[0] === 0xef && read[1] === 0xbb && read[2] === 0xbf ? '\ufeff' : ''
  await io.writeFileAtomic(file, bom + text, { inPlace: true })
  return 'written'
}

/**
 * rewriteIfUnchanged for a command (`lifeline fmt`), saying in one line why the file was not
 * written: changed meanwhile (`undone` says what was not done), or the write failed. True if written.
 */
export async function rewriteOrSay(file: string, read: Uint8Array, text: string, io: Io, command: string, undone: string): Promise<boolean> {
  try {
    if ((await rewriteIfUnchanged(file, read, text, io)) === 'written') return true
    io.stderr(`${escapeControls(file)}: error: it changed while ${command} ran, so ${undone}: run ${command} again\n`)
  } catch (e) {
    io.stderr(`${escapeControls(file)}: error: ${writeFailure(e)}\n`)
  }
  return false
}
