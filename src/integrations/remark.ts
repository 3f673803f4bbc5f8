// `lifeline-diagrams/remark`: a unified plugin that turns ```lifeline (and ```seq) code blocks
// of Markdown into their SVG, compiled in process. Each block becomes a node that remark-rehype
// (and MDX) turn into a <div class="lifeline-diagram"> holding the SVG as ordinary elements, so
// no `allowDangerousHtml` or rehype-raw is needed. Options: options.ts; errors stop the build
// with the Markdown file's line and column, or become an error box.
import { compile } from '../compile.js'
import { DiagramPage, LANGUAGES, type BlockOutcome } from './diagram.js'
import { markupToHast, type HastElement } from './markup-to-hast.js'
import { resolveOptions, type DiagramOptions } from './options.js'
import { fileName, fileText, reportToFile, type UnistNode, type VFileLike } from './vfile.js'

export type { DiagramOptions } from './options.js'

interface MdastNode {
  type: string
  lang?: string | null
  value?: string
  position?: { start: { line: number; column: number } }
  children?: MdastNode[]
  data?: Record<string, unknown>
}

/** The mdast node a diagram becomes: remark-rehype and MDX build the element from its data. */
export interface LifelineDiagramNode extends MdastNode {
  type: 'lifelineDiagram'
  data: { hName: string; hProperties: HastElement['properties']; hChildren: HastElement['children'] }
}

export default function remarkLifeline(options?: DiagramOptions | null): (tree: UnistNode, file?: VFileLike) => void {
  const resolved = resolveOptions(options, 'lifeline-diagrams/remark')
  return (tree, file) => {
    const page = new DiagramPage(resolved, compile)
    const name = fileName(file, '<markdown>')
    const hostText = fileText(file)
    const outcomes: BlockOutcome[] = []
    const visit = (node: MdastNode): void => {
      const children = node.children ?? []
      children.forEach((child, i) => {
        if (child.type !== 'code' || !LANGUAGES.has(child.lang ?? '')) return visit(child)
        const start = child.position?.start
        // The fence's line is the node's first; the block's text starts on the next, indented as the fence.
        const at = { line: (start?.line ?? 0) + 1, removed: () => (start?.column ?? 1) - 1 }
        const outcome = page.render(child.value ?? '', { file: name, at, hostText })
        outcomes.push(outcome)
        if (outcome.html !== undefined) children[i] = diagramNode(outcome.html, child)
      })
    }
    visit(tree as MdastNode)
    reportToFile(file, outcomes)
  }
}

function diagramNode(html: string, code: MdastNode): LifelineDiagramNode {
  const wrapper = markupToHast(html).find((n): n is HastElement => n.type === 'element')
  const node: LifelineDiagramNode = {
    type: 'lifelineDiagram',
    data: { hName: wrapper?.tagName ?? 'div', hProperties: wrapper?.properties ?? {}, hChildren: wrapper?.children ?? [] },
  }
  return code.position ? { ...node, position: code.position } : node
}
