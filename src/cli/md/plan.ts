// What `lifeline md` would do to one Markdown file, worked out without touching anything:
// each diagram block's SVG (or its diagnostics, mapped onto the Markdown file's lines), its
// image link (found after the fence, or to be inserted), and the file's new text. Two steps,
// so the command can refuse blocks between them (an SVG path held by a file Lifeline did not
// write): planFile, then linkedText over the blocks that are still to be rendered.
import { dirname, join, resolve } from 'node:path'
import { compile, type CompileOptions } from '../../compile.js'
import { error, warning, type Diagnostic, type LocatedDiagnostic } from '../../diagnostics/diagnostic.js'
import { fails } from '../inputs.js'
import { inHost } from '../../diagnostics/embedded.js'
import { findFences, splitLines, type Fence, type Line, type MarkdownParser } from './fences.js'
import { altText, isValidName, LINK_MARKER, linkTarget, ownLinkTarget, svgFileName, withMarker } from './names.js'

const LANGUAGES = new Set(['lifeline', 'seq'])

export interface BlockPlan {
  /** 1-based line of the opening fence. */
  readonly line: number
  readonly fence: Fence
  readonly svgPath: string
  /** The SVG to write, marker included; undefined when the block has errors or is refused. */
  readonly svg: string | undefined
  readonly diagnostics: readonly LocatedDiagnostic[]
  /** Index of the line holding this block's image link now, if there is one. */
  readonly linkIndex: number | undefined
  /** The file the current link points at, as a path like svgPath (relative to the command's folder). */
  readonly linkedPath: string | undefined
  /** The link line this block should have. */
  readonly link: string
}

export interface FilePlan {
  readonly lines: readonly Line[]
  readonly blocks: readonly BlockPlan[]
}

export interface PlanOptions {
  readonly outDir: string | undefined
  readonly compile: CompileOptions
  readonly strict: boolean
  /** SVGs already planned in this run (resolved path → the Markdown file and content), so two blocks never write one file. */
  readonly claimed: Map<string, { markdown: string; svg: string }>
  readonly parser: MarkdownParser
}

export function planFile(markdown: string, text: string, options: PlanOptions): FilePlan {
  const lines = splitLines(text)
  const fences = findFences(text, lines, options.parser, { unclosed: true }).filter((f) => LANGUAGES.has(f.language))
  return { lines, blocks: fences.map((f) => planBlock(markdown, lines, f, options)) }
}

/** The block, refused with one error diagnostic at its opening fence: no SVG written, its link left alone. */
export function refuseBlock(block: BlockPlan, code: string, message: string): BlockPlan {
  return { ...block, svg: undefined, link: '', diagnostics: [atFence(block, error(code, message, { start: 0, end: 0 }))] }
}

/** A diagnostic about the block as a whole, at its opening fence's first mark. */
function atFence(block: BlockPlan, d: Diagnostic): LocatedDiagnostic {
  const at = { line: block.line, column: block.fence.indent + 1, offset: 0 }
  return { ...d, range: { start: at, end: at } }
}

function planBlock(markdown: string, lines: readonly Line[], fence: Fence, options: PlanOptions): BlockPlan {
  const name = fence.attributes.get('name')
  const svgPath = join(options.outDir ?? dirname(markdown), svgFileName(markdown, name !== undefined && isValidName(name) ? name : undefined, fence.source))
  const target = linkTarget(markdown, svgPath)
  const { linkIndex, linkedPath } = findLink(markdown, lines, fence, target)
  const base: BlockPlan = { line: fence.open + 1, fence, svgPath, linkIndex, linkedPath, svg: undefined, link: '', diagnostics: [] }
  if (name !== undefined && !isValidName(name)) return refuseBlock(base, 'invalid-block-name', `name=${name}: a block name may hold only letters, digits, '-' and '_'`)
  if (fence.unclosed === 'container') {
    return refuseBlock(base, 'unclosed-fence', `this fence is never closed, so it ends with the list item or blockquote it is in: close it with ${fence.markup} to render it`)
  }
  const result = compile(fence.source, options.compile)
  const diagnostics = [...(fence.unclosed ? [unclosedWarning(base)] : []), ...result.diagnostics.map((d) => shift(d, fence))]
  const blocked = fails(diagnostics, options.strict)
  const svg = result.svg === undefined || blocked ? undefined : withMarker(result.svg, svgPath, markdown)
  if (svg === undefined) return { ...base, diagnostics }
  const other = options.claimed.get(resolve(svgPath))
  if (other !== undefined && other.svg !== svg) {
    const where = other.markdown === markdown ? 'another block' : `a block of ${other.markdown}`
    return refuseBlock(base, 'svg-name-taken', `${where} already renders ${svgPath}: give this one its own name=`)
  }
  options.claimed.set(resolve(svgPath), { markdown, svg })
  return { ...base, svg, link: `${fence.prefix}![${altText(svg)}](${target})${LINK_MARKER}`, diagnostics }
}

/**
 * A fence never closed runs to the end of the file (CommonMark), as every Markdown renderer
 * shows it: it is rendered, closed before its picture's link, and warned about (an error with
 * --strict, as every warning).
 */
function unclosedWarning(block: BlockPlan): LocatedDiagnostic {
  const message = `this fence is never closed, so it runs to the end of the file: lifeline md closes it (${block.fence.markup}) before the picture's link`
  return atFence(block, warning('unclosed-fence', message, { start: 0, end: 0 }))
}

/** Whether a line is blank inside the fence's containers (`>` alone in a blockquote). */
const blankIn = (line: Line | undefined, prefix: string): boolean => line !== undefined && (line.text.trim() === '' || line.text.trim() === prefix.trim())

/** The block's own image link: on the line after the closing fence, or after one blank line, inside the same containers. */
function findLink(markdown: string, lines: readonly Line[], fence: Fence, expected: string): { linkIndex: number | undefined; linkedPath: string | undefined } {
  const candidates = blankIn(lines[fence.close + 1], fence.prefix) ? [fence.close + 1, fence.close + 2] : [fence.close + 1]
  for (const index of candidates) {
    const text = lines[index]?.text ?? ''
    if (!text.startsWith(fence.prefix)) continue
    const target = ownLinkTarget(text.slice(fence.prefix.length), expected)
    if (target !== undefined) return { linkIndex: index, linkedPath: join(dirname(markdown), target) }
  }
  return { linkIndex: undefined, linkedPath: undefined }
}

/** A diagnostic of the block's source, moved onto the Markdown file's lines and columns. */
export function shift(d: LocatedDiagnostic, fence: Fence): LocatedDiagnostic {
  return inHost(d, { line: fence.open + 2, removed: (line) => fence.removed[line - 1] ?? 0 })
}

/** The Markdown text with each rendered block's link replaced or inserted; every other byte is kept. */
export function linkedText(plan: FilePlan): string {
  const { lines, blocks } = plan
  const eol = lines.find((l) => l.eol)?.eol ?? '\n'
  const out: Line[] = [...lines]
  // From the end, so earlier indices stay valid.
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b]
    if (!block || block.svg === undefined) continue
    if (block.linkIndex !== undefined) {
      const old = out[block.linkIndex]
      if (old) out[block.linkIndex] = { text: block.link, eol: old.eol }
      continue
    }
    const { close, prefix } = block.fence
    const closing = out[close]
    if (!closing) continue
    const next = out[close + 1]
    const inner = prefix.trimEnd()
    // A blank line inside a blockquote is its `>`; before a line outside the containers, an empty one.
    const inserted: Line[] = [{ text: inner, eol }, { text: block.link, eol: closing.eol || next ? eol : '' }]
    if (next && !blankIn(next, prefix)) inserted.push({ text: inner !== '' && next.text.startsWith(inner) ? inner : '', eol })
    const closingFence: Line[] = block.fence.unclosed ? [{ text: `${prefix}${block.fence.markup}`, eol }] : []
    out.splice(close, 1, { text: closing.text, eol: closing.eol || eol }, ...closingFence, ...inserted)
  }
  return out.map((l) => l.text + l.eol).join('')
}
