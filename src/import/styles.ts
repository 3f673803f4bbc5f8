// Label text from another tool, written in Lifeline's inline-style syntax (`**bold**`,
// `*italic*`, `` `code` ``) so that it shows as it did there: Mermaid draws its labels as
// plain text, so a marker Lifeline would read as a style is escaped; PlantUML's Creole styles
// `**bold**`, `//italic//`, `""mono""` (and `<b>`, `<i>`) become Lifeline's.
import { parseInlineStyles } from '../model/inline-styles.js'

const MARKER = /[*_`]/g

/** `text` as written when Lifeline shows it as it is; every marker escaped when it would style it. */
export function literalText(text: string): string {
  const runs = parseInlineStyles(text)
  const unchanged = runs.length === 1 && runs[0]?.text === text && !runs[0].bold && !runs[0].italic && !runs[0].code
  return unchanged ? text : escapeMarkers(text)
}

function escapeMarkers(text: string): string {
  return text.replace(MARKER, '\\$&')
}

/**
 * PlantUML's Creole bold, italic and monospace (and their HTML tags); not a `//` right after
 * `:` or `/`, which is a URL's.
 */
const CREOLE = /\*\*(.+?)\*\*|<b>(.+?)<\/b>|(?<![:/])\/\/([^/].*?)\/\/|<i>(.+?)<\/i>|""(.+?)""/g

/** PlantUML label text in Lifeline's syntax: its styles mapped, everything else literal. */
export function creoleText(text: string): string {
  const matches = [...text.matchAll(CREOLE)]
  if (matches.length === 0) return literalText(text)
  // Markers between the styled parts are escaped: alone they might pair across them.
  let out = ''
  let last = 0
  for (const m of matches) {
    out += escapeMarkers(text.slice(last, m.index))
    const [, bold, b, italic, i, mono] = m
    const inner = bold ?? b ?? italic ?? i
    out += inner !== undefined ? `${bold ?? b ? '**' : '*'}${escapeMarkers(inner)}${bold ?? b ? '**' : '*'}` : codeSpan(mono ?? '')
    last = m.index + m[0].length
  }
  return out + escapeMarkers(text.slice(last))
}

/** A code span holding `content` as written: fenced by more backticks than any run inside it. */
function codeSpan(content: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}
