// Mermaid's YAML front matter (`---` ... `---` before the diagram): its `title` becomes
// Lifeline's, a `theme` of dark or default carries over, anything else is reported.
import { DiagramBuilder } from '../builder.js'
import type { SourceLine } from '../lines.js'

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
    if (title !== undefined) b.setting('title', title.replace(/^(['"])(.*)\1$/, '$2'), span)
    else if (theme === 'dark' || theme === 'default') b.setting('theme', theme === 'dark' ? 'dark' : 'light', span)
    else if (!/^config\s*:\s*$/.test(line.text)) b.unsupported(span, `the front matter setting '${line.text}' has no Lifeline equivalent`)
  }
  return close + 1
}
