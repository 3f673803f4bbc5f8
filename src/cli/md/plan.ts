// What `lifeline md` would do to one Markdown file, worked out without touching anything:
// each diagram block's SVG (or its diagnostics, mapped onto the Markdown file's lines), its
// image link (found after the fence, or to be inserted), and the file's new text.
import { dirname, join, resolve } from 'node:path'
import { compile, type CompileOptions } from '../../compile.js'
import { error, type LocatedDiagnostic } from '../../diagnostics/diagnostic.js'
import { inHost } from '../../diagnostics/embedded.js'
import { findFences, splitLines, type Fence, type Line } from './fences.js'
import { altText, isValidName, linkTarget, ownLinkTarget, svgFileName, withMarker } from './names.js'

const LANGUAGES = new Set(['lifeline', 'seq'])

export interface BlockPlan {
  /** 1-based line of the opening fence. */
  readonly line: number
  readonly svgPath: string
  /** The SVG to write, marker included; undefined when the block has errors. */
  readonly svg: string | undefined
  readonly diagnostics: readonly LocatedDiagnostic[]
  /** Index of the line holding this block's image link now, if there is one. */
  readonly linkIndex: number | undefined
  /** The file the current link points at, resolved. */
  readonly linkedPath: string | undefined
  /** The link line this block should have. */
  readonly link: string
}

export interface FilePlan {
  readonly blocks: readonly BlockPlan[]
  /** The Markdown text with every good block's link in place. */
  readonly text: string
}

export interface PlanOptions {
  readonly outDir: string | undefined
  readonly compile: CompileOptions
  readonly strict: boolean
  /** SVGs already planned in this run (resolved path → content), so two blocks never write one file. */
  readonly claimed: Map<string, string>
}

export function planFile(markdown: string, text: string, options: PlanOptions): FilePlan {
  const lines = splitLines(text)
  const fences = findFences(lines).filter((f) => LANGUAGES.has(f.language))
  const blocks = fences.map((f) => planBlock(markdown, lines, f, options))
  return { blocks, text: applyLinks(lines, fences, blocks) }
}

function planBlock(markdown: string, lines: readonly Line[], fence: Fence, options: PlanOptions): BlockPlan {
  const name = fence.attributes.get('name')
  const svgPath = join(options.outDir ?? dirname(markdown), svgFileName(markdown, name !== undefined && isValidName(name) ? name : undefined, fence.source))
  const { linkIndex, linkedPath } = findLink(markdown, lines, fence.close)
  const base = { line: fence.open + 1, svgPath, linkIndex, linkedPath }
  const refuse = (code: string, message: string): BlockPlan => {
    const at = { line: fence.open + 1, column: fence.indent.length + 1, offset: 0 }
    const d = error(code, message, { start: 0, end: 0 })
    return { ...base, svg: undefined, link: '', diagnostics: [{ ...d, range: { start: at, end: at } }] }
  }
  if (name !== undefined && !isValidName(name)) return refuse('invalid-block-name', `name=${name}: a block name may hold only letters, digits, '-' and '_'`)
  const result = compile(fence.source, options.compile)
  const diagnostics = result.diagnostics.map((d) => shift(d, fence))
  const blocked = options.strict && diagnostics.some((d) => d.severity === 'warning')
  const svg = result.svg === undefined || blocked ? undefined : withMarker(result.svg, svgPath, markdown)
  if (svg === undefined) return { ...base, svg, link: '', diagnostics }
  const other = options.claimed.get(resolve(svgPath))
  if (other !== undefined && other !== svg) return refuse('svg-name-taken', `another block already renders ${svgPath}: give this one its own name=`)
  options.claimed.set(resolve(svgPath), svg)
  return { ...base, svg, link: `${fence.indent}![${altText(svg)}](${linkTarget(markdown, svgPath)})`, diagnostics }
}

/** The block's own image link: on the line after the closing fence, or after one blank line. */
function findLink(markdown: string, lines: readonly Line[], close: number): { linkIndex: number | undefined; linkedPath: string | undefined } {
  const candidates = lines[close + 1]?.text.trim() === '' ? [close + 1, close + 2] : [close + 1]
  for (const index of candidates) {
    const target = ownLinkTarget(lines[index]?.text ?? '', markdown)
    if (target !== undefined) return { linkIndex: index, linkedPath: resolve(dirname(markdown), target) }
  }
  return { linkIndex: undefined, linkedPath: undefined }
}

/** A diagnostic of the block's source, moved onto the Markdown file's lines and columns. */
function shift(d: LocatedDiagnostic, fence: Fence): LocatedDiagnostic {
  return inHost(d, { line: fence.open + 2, removed: (line) => fence.removed[line - 1] ?? 0 })
}

/** Replaces stale links and inserts missing ones; every other byte is kept. */
function applyLinks(lines: readonly Line[], fences: readonly Fence[], blocks: readonly BlockPlan[]): string {
  const eol = lines.find((l) => l.eol)?.eol ?? '\n'
  const out: Line[] = [...lines]
  // From the end, so earlier indices stay valid.
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b]
    const fence = fences[b]
    if (!block || !fence || block.svg === undefined) continue
    if (block.linkIndex !== undefined) {
      const old = out[block.linkIndex]
      if (old) out[block.linkIndex] = { text: block.link, eol: old.eol }
      continue
    }
    const closing = out[fence.close]
    if (!closing) continue
    const next = out[fence.close + 1]
    const inserted: Line[] = [{ text: '', eol }, { text: block.link, eol: closing.eol || next ? eol : '' }]
    if (next && next.text.trim() !== '') inserted.push({ text: '', eol })
    out.splice(fence.close, 1, { text: closing.text, eol: closing.eol || eol }, ...inserted)
  }
  return out.map((l) => l.text + l.eol).join('')
}
