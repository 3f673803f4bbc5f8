// Bytes → source text, refusing what is not a UTF-8 text file with one clear sentence.
import type { Io, PathKind } from './io.js'

const decoder = new TextDecoder('utf-8', { fatal: true })
const lenient = new TextDecoder('utf-8', { ignoreBOM: true })

/** The text, and the bytes it was decoded from (to tell later whether the file changed meanwhile). */
export type SourceText = { readonly ok: true; readonly text: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string }

/** `what` names the kind of text expected, for the binary-file reason. */
export function decodeSource(bytes: Uint8Array, what = 'Lifeline diagram'): SourceText {
  // Before the NUL test: UTF-16 text of ASCII characters is half zero bytes.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'this file is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8' }
  }
  if (bytes.includes(0)) return { ok: false, reason: `this looks like a binary file, not a ${what}` }
  try {
    const text = decoder.decode(bytes)
    return { ok: true, text, bytes } // TextDecoder drops a leading byte-order mark itself
  } catch {
    return { ok: false, reason: `this file is not valid UTF-8 text: ${firstBadByte(bytes)}` }
  }
}

/**
 * Where the first byte that is not UTF-8 is, as `line 3, column 7 (byte 0xff)`: the text decoded
 * leniently has U+FFFD there, the first one whose bytes are not a real, encoded U+FFFD.
 */
function firstBadByte(bytes: Uint8Array): string {
  const text = lenient.decode(bytes)
  let offset = 0 // bytes before `at`, kept in step with the characters
  let line = 1
  let column = 1
  for (const c of text) {
    const real = c === '\uFFFD' && bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd
    if (c === '\uFFFD' && !real) return `line ${line}, column ${column} (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`
    const code = c.codePointAt(0) ?? 0
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    if (c === '\n') [line, column] = [line + 1, 1]
    else if (!(c === '\uFEFF' && offset === 3)) column++ // a byte-order mark is no column
  }
  return 'at the end of the file'
}

export type FileBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string }

/** What a file given to a command should be, in the words of its reasons. */
export type FileRole = 'diagram' | 'Markdown' | 'config'

/** Why a path of this kind cannot be read as a `role` file, in words; undefined for a regular file. */
export function notAFile(found: PathKind, role: FileRole): string | undefined {
  switch (found) {
    case 'file':
      return undefined
    case 'missing':
      return 'no such file'
    case 'directory':
      return `is a folder, not a ${role} file`
    case 'other':
      return 'not a regular file (a FIFO, a device or a socket)'
    case 'broken-link':
      return 'a symbolic link to a file that does not exist'
    case 'link-loop':
      return 'a symbolic link loop (ELOOP): following the links leads back to them'
    default:
      return found satisfies never
  }
}

/** Reads an input file's bytes, or says in one sentence why it cannot be read; `role` names what it should be. */
export async function readFileBytes(file: string, io: Io, role: FileRole = 'diagram'): Promise<FileBytes> {
  const reason = notAFile(await io.kind(file), role)
  if (reason !== undefined) return { ok: false, reason }
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
