// Writing back a text file a command read and changed (`fmt`, `md`): only if its bytes are
// still those that were read, so an edit made while the command ran is never lost, and with
// the byte-order mark it had (decoding dropped it), so no byte but the changed ones moves.
import type { Io } from './io.js'

export type Rewritten = 'written' | 'changed meanwhile'

export async function rewriteIfUnchanged(file: string, read: Uint8Array, text: string, io: Io): Promise<Rewritten> {
  if (!Buffer.from(await io.readFile(file)).equals(read)) return 'changed meanwhile'
  const bom = read[0] === 0xef && read[1] === 0xbb && read[2] === 0xbf ? '\ufeff' : ''
  await io.writeFileAtomic(file, bom + text, { inPlace: true })
  return 'written'
}
