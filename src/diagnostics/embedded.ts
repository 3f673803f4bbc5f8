// Diagnostics of a diagram embedded in another file (a fenced block in Markdown, a <code> in
// HTML) moved onto that file's lines and columns, so that they point into the file the user
// edits. `lifeline md` and the Markdown plugins (src/integrations/) both place them this way.
import type { LocatedDiagnostic } from './diagnostic.js'

export interface Embedding {
  /** The host's 1-based line holding the block's first line. */
  readonly line: number
  /** Characters of the host line before the block's text on the block's 1-based `line` (indentation, a `> `). */
  readonly removed: (line: number) => number
}

/** A diagnostic of the block's source, moved onto the host's lines and columns (offsets stay the block's). */
export function inHost(d: LocatedDiagnostic, at: Embedding): LocatedDiagnostic {
  const move = (p: LocatedDiagnostic['range']['start']) => ({ line: at.line - 1 + p.line, column: p.column + at.removed(p.line), offset: p.offset })
  return { ...d, range: { start: move(d.range.start), end: move(d.range.end) } }
}
