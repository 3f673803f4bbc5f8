// `lifeline-diagrams/rehype`: the remark plugin's work on the HTML tree, for pipelines that
// already turned code blocks into <pre><code class="language-lifeline"> (or language-seq):
// each such <pre> becomes a <div class="lifeline-diagram"> holding the SVG, compiled in
// process. Positions in messages are those of the source file the tree came from: inside the
// <code> of an HTML file, or the fenced block of the Markdown remark-rehype converted.
import { compile } from '../compile.js'
import { DiagramPage, LANGUAGES, type BlockOutcome } from './diagram.js'
import type { Embedding } from '../diagnostics/embedded.js'
import { markupToHast, type HastElement, type HastText } from './markup-to-hast.js'
import { resolveOptions, type DiagramOptions } from './options.js'
import { fileName, fileText, reportToFile, type UnistNode, type VFileLike } from './vfile.js'

export type { DiagramOptions } from './options.js'

interface Point {
  line: number
  column: number
}

interface HastNode {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: HastNode[]
  position?: { start: Point }
}

export default function rehypeLifeline(options?: DiagramOptions | null): (tree: UnistNode, file?: VFileLike) => void {
  const resolved = resolveOptions(options, 'lifeline-diagrams/rehype')
  return (tree, file) => {
    const page = new DiagramPage(resolved, compile)
    const name = fileName(file, '<html>')
    const hostText = fileText(file)
    const outcomes: BlockOutcome[] = []
    const visit = (node: HastNode): void => {
      const children = node.children ?? []
      children.forEach((child, i) => {
        const code = diagramCode(child)
        if (!code) return visit(child)
        const text = (code.children ?? []).map((t) => t.value ?? '').join('')
        const outcome = page.render(text, { file: name, at: embedding(child, code), hostText })
        outcomes.push(outcome)
        const wrapper = outcome.html === undefined ? undefined : markupToHast(outcome.html).find((n): n is HastElement => n.type === 'element')
        if (wrapper) children[i] = wrapper as HastNode
      })
    }
    visit(tree as HastNode)
    reportToFile(file, outcomes)
  }
}

/** The <code> of a <pre> that holds only a diagram's code (white space around it aside). */
function diagramCode(node: HastNode): HastNode | undefined {
  if (node.type !== 'element' || node.tagName !== 'pre') return undefined
  const inside = (node.children ?? []).filter((c) => !(c.type === 'text' && !(c.value ?? '').trim()))
  const code = inside[0]
  if (inside.length !== 1 || code?.tagName !== 'code') return undefined
  const classes = code.properties?.['className']
  const list = Array.isArray(classes) ? classes : typeof classes === 'string' ? classes.split(' ') : []
  if (!list.some((c) => typeof c === 'string' && LANGUAGES.has(c.replace(/^language-/, '')) && c.startsWith('language-'))) return undefined
  return (code.children ?? []).every((c): c is HastNode & HastText => c.type === 'text') ? code : undefined
}

/**
 * Where the code's text sits in the source file: from its text's own position when the tree was
 * parsed from HTML (the first line starts after `<code ...>`, later lines at column 1), else
 * from the <pre>'s, which remark-rehype gives the fenced block's position (text from the next line).
 */
function embedding(pre: HastNode, code: HastNode): Embedding {
  const text = code.children?.[0]?.position?.start
  if (text) return { line: text.line, removed: (line) => (line === 1 ? text.column - 1 : 0) }
  const fence = pre.position?.start
  return { line: (fence?.line ?? 0) + 1, removed: () => (fence?.column ?? 1) - 1 }
}
