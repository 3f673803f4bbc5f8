// Bytes → source text, refusing what is not a UTF-8 text file with one clear sentence.
import type { Io } from './io.js'

const decoder = new TextDecoder('utf-8', { fatal: true })

/** The text, and the bytes it was decoded from (to tell later whether the file changed meanwhile). */
export type SourceText = { readonly ok: true; readonly text: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string }

/** `what` names the kind of text expected, for the binary-file reason. */
export function decodeSource(bytes: Uint8Array, what = 'Lifeline diagram'): SourceText {
  if (bytes.includes(0)) return { ok: false, reason: `this looks like a binary file, not a ${what}` }
  try {
    const text = decoder.decode(bytes)
    return { ok: true, text, bytes } // TextDecoder drops a leading byte-order mark itself
  } catch {
    return { ok: false, reason: 'this file is not valid UTF-8 text' }
  }
}

export type FileBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string }

/** Reads an input file's bytes, or says in one sentence why it cannot be read; `kind` names what it should be. */
export async function readFileBytes(file: string, io: Io, kind: 'diagram' | 'Markdown' = 'diagram'): Promise<FileBytes> {
  const found = await io.kind(file)
  if (found !== 'file') {
    return { ok: false, reason: found === 'missing' ? 'no such file' : found === 'directory' ? `is a folder, not a ${kind} file` : 'not a regular file' }
  }
  try {
    return { ok: true, bytes: await io.readFile(file) }
  } catch (e) {
    return { ok: false, reason: `cannot read it (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})` }
  }
}

/** Reads an input file as text, or says in one sentence why it cannot be read. */
export async function readSourceFile(file: string, io: Io): Promise<SourceText> {
  const read = await readFileBytes(file, io)
  return read.ok ? decodeSource(read.bytes) : read
}
