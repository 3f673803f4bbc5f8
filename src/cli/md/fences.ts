// Fenced code blocks in Markdown (CommonMark's ``` and ~~~ fences, any length, indented as
// inside list items), with what `lifeline md` needs of each: its info string, its source with
// the fence's indentation removed, and where it sits, so diagnostics and edits can be mapped
// back onto the Markdown file's own lines.

/** One line of the file, with its line break kept so untouched lines are copied byte for byte. */
export interface Line {
  readonly text: string
  readonly eol: string
}

export interface Fence {
  /** The info string's first word, e.g. `lifeline`. */
  readonly language: string
  /** `key=value` words of the info string, e.g. `name=signup`. */
  readonly attributes: ReadonlyMap<string, string>
  /** The opening fence's indentation, repeated on the line we insert after it. */
  readonly indent: string
  /** 0-based indices of the opening and closing fence lines. */
  readonly open: number
  readonly close: number
  /** The block's text, indentation removed, lines joined with `\n`. */
  readonly source: string
  /** Characters removed from the start of each content line (for diagnostic columns). */
  readonly removed: readonly number[]
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g
  for (let m = pattern.exec(text); m && m.index < text.length; m = pattern.exec(text)) {
    lines.push({ text: m[1] ?? '', eol: m[2] ?? '' })
    if (!m[2]) break
  }
  return lines
}

const OPENING = /^([ \t]*)(`{3,}|~{3,})(.*)$/

export function findFences(lines: readonly Line[]): Fence[] {
  const fences: Fence[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = OPENING.exec(lines[i]?.text ?? '')
    if (!open) continue
    const [, indent = '', marks = '', info = ''] = open
    if (marks.startsWith('`') && info.includes('`')) continue // not a fence (CommonMark)
    const close = closingLine(lines, i + 1, marks)
    if (close === undefined) break // an unclosed fence runs to the end of the file
    fences.push(fence(lines, { indent, info, open: i, close }))
    i = close
  }
  return fences
}

function closingLine(lines: readonly Line[], from: number, marks: string): number | undefined {
  const closing = new RegExp(`^[ \\t]*${marks[0] === '`' ? '`' : '~'}{${marks.length},}[ \\t]*$`)
  for (let j = from; j < lines.length; j++) if (closing.test(lines[j]?.text ?? '')) return j
  return undefined
}

function fence(lines: readonly Line[], at: { indent: string; info: string; open: number; close: number }): Fence {
  const [language = '', ...words] = at.info.trim().split(/\s+/)
  const attributes = new Map<string, string>()
  for (const word of words) {
    const eq = word.indexOf('=')
    if (eq > 0) attributes.set(word.slice(0, eq), word.slice(eq + 1).replace(/^"(.*)"$/, '$1'))
  }
  const content = lines.slice(at.open + 1, at.close).map((l) => l.text)
  const removed = content.map((text) => Math.min(at.indent.length, /^[ \t]*/.exec(text)?.[0].length ?? 0))
  return {
    language: language.toLowerCase(),
    attributes,
    indent: at.indent,
    open: at.open,
    close: at.close,
    source: content.map((text, k) => text.slice(removed[k] ?? 0)).join('\n') + (content.length ? '\n' : ''),
    removed,
  }
}
