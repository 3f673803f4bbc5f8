// Bytes → source text, refusing what is not a UTF-8 text file with one clear sentence.
import type { Io } from './io.js'

const decoder = new TextDecoder('utf-8', { fatal: true })

/** The text, and the bytes it was decoded from (to tell later whether the file changed meanwhile). */
export type SourceText = { readonly ok: true; readonly text: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string }

export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.includes(0)) return { ok: false, reason: 'this looks like a binary file, not a Lifeline diagram' }
  try {
    const text = decoder.decode(bytes)
    return { ok: true, text, bytes } // TextDecoder drops a leading byte-order mark itself
  } catch {
    return { ok: false, reason: 'this file is not valid UTF-8 text' }
  }
}

/** Reads an input file as text, or says in one sentence why it cannot be read. */
export async function readSourceFile(file: string, io: Io): Promise<SourceText> {
  const kind = await io.kind(file)
  if (kind !== 'file') {
    return { ok: false, reason: kind === 'missing' ? 'no such file' : kind === 'directory' ? 'is a folder, not a diagram file' : 'not a regular file' }
  }
  try {
    return decodeSource(await io.readFile(file))
  } catch (e) {
    return { ok: false, reason: `cannot read it (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})` }
  }
}
