// Fenced code blocks in Markdown, found by a CommonMark parser (markdown-it), so a fence counts
// exactly where a Markdown renderer would draw one: inside list items and blockquotes, and not
// inside an indented code block, an HTML comment or another fence. For each, what `lifeline md`
// needs: its info string, its source as the renderer sees it, and where it sits in the file's
// own lines, so diagnostics and edits are mapped back onto them and every other byte is kept.
// markdown-it is loaded on first use (loadMarkdownParser): only `lifeline md` needs it.
import type MarkdownIt from 'markdown-it'

/** One line of the file, with its line break kept so untouched lines are copied byte for byte. */
export interface Line {
  readonly text: string
  readonly eol: string
}

export interface Fence {
  /** The info string's first word, lower case, e.g. `lifeline`. */
  readonly language: string
  /** `key=value` words of the info string, e.g. `name=signup`. */
  readonly attributes: ReadonlyMap<string, string>
  /**
   * What precedes the closing fence on its line: the containers' marks and indentation (`  ` in
   * a list item, `> ` in a blockquote), repeated on the lines inserted after the block.
   */
  readonly prefix: string
  /** Column (0-based, in UTF-16 units) of the opening fence's first mark. */
  readonly indent: number
  /**
   * 0-based indices of the opening and closing fence lines; for a fence never closed, `close`
   * is its last line (the opening line when it has no content).
   */
  readonly open: number
  readonly close: number
  /**
   * Whether the fence has its closing fence. One that is never closed runs to the end of the
   * document (CommonMark), or of its container (a list item, a blockquote): `end-of-file` or
   * `container`.
   */
  readonly unclosed: 'end-of-file' | 'container' | undefined
  /** The fence's marks, e.g. three backticks: what would close it. */
  readonly markup: string
  /** The block's text as the renderer sees it (containers' marks and indentation removed), lines joined with `\n`. */
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

export type MarkdownParser = Pick<InstanceType<typeof MarkdownIt>, 'parse'>

let parser: MarkdownParser | undefined

/** The CommonMark parser (strict CommonMark, raw HTML recognised so comments hide their content). */
export async function loadMarkdownParser(): Promise<MarkdownParser> {
  if (!parser) {
    const { default: MarkdownIt } = await import('markdown-it')
    parser = new MarkdownIt('commonmark')
  }
  return parser
}

/** The marks and indentation before a closing fence: spaces, tabs and blockquote `>` only. */
const CLOSING = /^([ \t>]*?)(`{3,}|~{3,})[ \t]*$/

/**
 * Every fence of the text, in order. One never closed (running to the end of the file or of its
 * container, as CommonMark reads it) only with `unclosed`, for the caller that says so
 * (`lifeline md`); the others (`lifeline import`) take closed blocks only.
 */
export function findFences(text: string, lines: readonly Line[], markdown: MarkdownParser, options: { unclosed?: boolean } = {}): Fence[] {
  const fences: Fence[] = []
  for (const token of markdown.parse(text, {})) {
    if (token.type !== 'fence' || !token.map) continue
    const [open, end] = token.map
    const close = end - 1
    const closing = close > open ? CLOSING.exec(lines[close]?.text ?? '') : null
    const closed = closing !== null && closing[2]?.[0] === token.markup[0] && (closing[2]?.length ?? 0) >= token.markup.length
    const unclosed = closed ? undefined : end >= lines.length ? 'end-of-file' : 'container'
    if (unclosed && !options.unclosed) continue
    // A fence never closed may end the file without a line break: its source ends with one all the same.
    const source = token.content === '' || token.content.endsWith('\n') ? token.content : `${token.content}\n`
    fences.push(fence(lines, token.info, source, { open, close, unclosed, prefix: closing?.[1] ?? containerMarks(lines[open]?.text ?? '', token.markup), markup: token.markup }))
  }
  return fences
}

/**
 * The containers' marks before a fence that has no closing line to copy them from, taken from
 * its opening line: a blockquote's `>` stays, a list item's marker becomes spaces.
 */
function containerMarks(opening: string, markup: string): string {
  return opening.slice(0, Math.max(0, opening.indexOf(markup))).replace(/[-*+]|\d+[.)]/g, (m) => ' '.repeat(m.length))
}

interface FenceAt {
  readonly open: number
  readonly close: number
  readonly unclosed: Fence['unclosed']
  readonly prefix: string
  readonly markup: string
}

function fence(lines: readonly Line[], info: string, source: string, at: FenceAt): Fence {
  const [language = '', ...words] = info.trim().split(/\s+/)
  const attributes = new Map<string, string>()
  for (const word of words) {
    const eq = word.indexOf('=')
    if (eq > 0) attributes.set(word.slice(0, eq), word.slice(eq + 1).replace(/^"(.*)"$/, '$1'))
  }
  const content = source === '' ? [] : source.slice(0, -1).split('\n')
  // The parser removed each line's container marks and indentation: what is left ends the raw line.
  const removed = content.map((text, k) => {
    const raw = lines[at.open + 1 + k]?.text ?? ''
    return raw.endsWith(text) ? raw.length - text.length : 0
  })
  return {
    language: language.toLowerCase(),
    attributes,
    prefix: at.prefix,
    indent: (lines[at.open]?.text ?? '').indexOf(at.markup),
    open: at.open,
    close: at.close,
    unclosed: at.unclosed,
    markup: at.markup,
    source,
    removed,
  }
}
