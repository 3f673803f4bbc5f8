// `lifeline import page.md`: every Mermaid sequence diagram block and every PlantUML block of a
// Markdown page becomes a `lifeline` block in place (fences found by `lifeline md`'s finder);
// other Mermaid diagrams are left as they are and reported. All or nothing: a block with
// errors leaves the whole page unchanged. Every byte outside the converted blocks is kept.
import type { LocatedDiagnostic } from '../../diagnostics/diagnostic.js'
import { importDiagram } from '../../import/import.js'
import type { SourceLanguage } from '../../import/detect.js'
import { findFences, splitLines, type Fence, type Line, type MarkdownParser } from '../md/fences.js'
import { shift } from '../md/plan.js'

const FENCE_LANGUAGES: Readonly<Record<string, SourceLanguage>> = { mermaid: 'mermaid', plantuml: 'plantuml', puml: 'plantuml' }

export interface PageImport {
  /** The converted page, unless a block has errors (then nothing is converted). */
  readonly text: string | undefined
  /** How many blocks were converted. */
  readonly converted: number
  /** Every block's diagnostics, and a warning per block left as it was, on the page's own lines. */
  readonly diagnostics: readonly LocatedDiagnostic[]
}

/** `markdown` is `lifeline md`'s CommonMark parser (loadMarkdownParser). */
export function importPage(page: string, markdown: MarkdownParser): PageImport {
  const lines = splitLines(page)
  const diagnostics: LocatedDiagnostic[] = []
  const replacements: { fence: Fence; text: string }[] = []
  let failed = false
  for (const fence of findFences(page, lines, markdown)) {
    const from = FENCE_LANGUAGES[fence.language]
    if (!from) continue
    const result = importDiagram(fence.source, { from })
    const other = result.diagnostics.find((d) => d.code === 'not-a-sequence-diagram')
    if (other) {
      diagnostics.push(leftAsItIs(fence, other.message))
      continue
    }
    diagnostics.push(...result.diagnostics.map((d) => shift(d, fence)))
    if (result.text === undefined) failed = true
    else replacements.push({ fence, text: result.text })
  }
  if (failed) return { text: undefined, converted: 0, diagnostics }
  return { text: replaceBlocks(lines, replacements), converted: replacements.length, diagnostics }
}

/** A warning at the opening fence: this block stays as it was, and why. */
function leftAsItIs(fence: Fence, reason: string): LocatedDiagnostic {
  const at = { line: fence.open + 1, column: fence.indent + 1, offset: 0 }
  return { severity: 'warning', code: 'block-left-as-is', message: `left this ${fence.language} block as it is: ${reason.replace(/^this is /, 'it is ')}`, range: { start: at, end: at } }
}

/** The page with each block's content and language word replaced, every other line as it was. */
function replaceBlocks(lines: readonly Line[], replacements: readonly { fence: Fence; text: string }[]): string {
  const out = lines.map((l) => l.text + l.eol)
  const eol = lines.find((l) => l.eol)?.eol ?? '\n'
  // From the end, so earlier indices stay valid.
  for (const { fence, text } of [...replacements].reverse()) {
    const open = lines[fence.open]
    if (!open) continue
    const opening = open.text.replace(/^([ \t>]*(?:`{3,}|~{3,})[ \t]*)\S+/, '$1lifeline') + open.eol
    // Each line inside the block's containers: `  ` in a list item, `> ` in a blockquote.
    const body = text.split('\n').slice(0, -1).map((l) => (fence.prefix + l).trimEnd() + eol)
    out.splice(fence.open, fence.close - fence.open, opening, ...body)
  }
  return out.join('')
}
