// Bytes → source text, refusing what is not a UTF-8 text file with one clear sentence.
const decoder = new TextDecoder('utf-8', { fatal: true })

export type SourceText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string }

export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.includes(0)) return { ok: false, reason: 'this looks like a binary file, not a Lifeline diagram' }
  try {
    const text = decoder.decode(bytes)
    return { ok: true, text } // TextDecoder drops a leading byte-order mark itself
  } catch {
    return { ok: false, reason: 'this file is not valid UTF-8 text' }
  }
}
