// Mermaid's YAML front matter (`---` ... `---` before the diagram) and `%%{init}%%` directives:
// a `title` becomes Lifeline's, a `theme` of dark or default carries over, the sequence options
// `mirrorActors` and `showSequenceNumbers` become `footbox` and `autonumber`, and every other
// key is reported once, its lines kept as comments.
import type { Span } from '../../diagnostics/diagnostic.js'
import type { DiagramBuilder } from '../builder.js'
import type { SourceLine } from '../lines.js'

/** Mermaid's dark and default themes are Lifeline's dark and light; the others have no match. */
export function mermaidTheme(b: DiagramBuilder, theme: string, span: Span): void {
  if (theme === 'dark' || theme === 'default') b.setting('theme', theme === 'dark' ? 'dark' : 'light', span)
  else b.unsupported(span, `Mermaid's '${theme}' theme has no Lifeline equivalent; the light theme is used`)
}

/** Mermaid's sequence options that Lifeline has as settings, and the setting each becomes. */
const SEQUENCE_OPTIONS: Readonly<Record<string, 'footbox' | 'autonumber'>> = { mirroractors: 'footbox', showsequencenumbers: 'autonumber' }

/**
 * `mirrorActors: false` (no heads at the bottom) as `footbox: false`, `showSequenceNumbers:
 * true` as `autonumber`; false if `key` is no such option.
 */
export function sequenceOption(b: DiagramBuilder, key: string, value: string, span: Span): boolean {
  const setting = SEQUENCE_OPTIONS[key.toLowerCase()]
  if (!setting) return false
  const on = value.trim().replace(/^['"](.*)['"]$/, '$1').toLowerCase() === 'true'
  if (setting === 'footbox') b.setting('footbox', String(on), span)
  else if (on) b.setting('autonumber', 'true', span)
  return true
}

/** Reads the front matter if the source starts with one; the index of the first line after it. */
export function readFrontMatter(lines: readonly SourceLine[], b: DiagramBuilder): number {
  const first = lines.findIndex((l) => l.text !== '')
  if (first < 0 || lines[first]?.text !== '---') return 0
  const close = lines.findIndex((l, k) => k > first && l.text === '---')
  if (close < 0) return 0
  for (let k = first + 1; k < close; k++) {
    const line = lines[k]
    if (!line?.text) continue
    const span = { start: line.start, end: line.end }
    const title = /^title\s*:\s*(.*)$/.exec(line.text)?.[1]
    const theme = /^theme\s*:\s*['"]?(\w+)/.exec(line.text)?.[1]
    const [, key, value = ''] = /^([\w-]+)\s*:(.*)$/.exec(line.text) ?? []
    if (key && sequenceOption(b, key, value, span)) continue
    if (title !== undefined) b.setting('title', title.replace(/^(['"])(.*)\1$/, '$2'), span)
    else if (theme !== undefined) mermaidTheme(b, theme, span)
    else if (key === 'config' || (key && !value.trim())) continue // a mapping's header: its keys report themselves
    else {
      if (key) b.unsupported(span, `the front matter key '${key}' has no Lifeline equivalent; kept as a comment`)
      b.comment(line.text, span)
    }
  }
  return close + 1
}
