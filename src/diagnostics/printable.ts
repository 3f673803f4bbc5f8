// Text from a diagram (a quoted name, a source line) or from the file system (a file name) is
// printed into terminals and CI logs, where control characters are commands: ESC starts colour
// changes, cursor moves and OSC sequences (window titles, hyperlinks, clipboard writes), C1
// characters do the same in one byte, and bidirectional controls reorder what the reader
// sees. Every such character is printed as a visible escape instead of being sent raw.

/** C0 controls, DEL, C1 controls, the Unicode line and paragraph separators, and bidi controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** `a\u001b[31mb` → `a\x1b[31mb`: every unsafe character as a `\xNN` or `\uNNNN` escape. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/** The same characters each replaced by one `?` (a tab by a space), so columns stay where they were. */
export function maskControls(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\t' ? ' ' : '?'))
}
