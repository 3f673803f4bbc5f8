// `renderDiagrams()`: what a plain HTML page needs to show its diagrams with the browser build
// alone, as Mermaid's run() does: every <pre><code class="language-lifeline"> (or
// language-seq) in the page becomes its SVG in a <div class="lifeline-diagram">, or an error
// box saying what is wrong and where in the block. The same core as the Markdown plugins
// (src/integrations/diagram.ts): the same options, ids numbered when a diagram repeats, the
// same error box.
import { DiagramPage, LANGUAGES, type BlockOutcome } from '../integrations/diagram.js'
import { resolveOptions, type DiagramOptions } from '../integrations/options.js'
import type { Diagnostic } from '../api.js'
import { compile } from './compile.js'

/** The part of the DOM used here (the library is compiled without the DOM's declarations). */
interface PageElement {
  readonly textContent: string | null
  readonly className: string
  readonly parentElement: PageElement | null
  readonly tagName: string
  readonly firstElementChild: PageElement | null
  readonly children: { readonly length: number }
  innerHTML: string
  replaceWith(...nodes: PageElement[]): void
  querySelectorAll(selector: string): Iterable<PageElement>
}

interface PageDocument {
  createElement(tag: string): PageElement
}

export interface RenderDiagramsOptions extends Omit<DiagramOptions, 'onError'> {
  /** Where to look: an element or the document (default: the page's document). */
  readonly root?: { querySelectorAll(selector: string): Iterable<unknown> }
}

export interface RenderedDiagram {
  /** The <div> that replaced the block: the diagram, or the error box. */
  readonly element: unknown
  /** The block's diagnostics, at its own lines and columns. */
  readonly diagnostics: readonly Diagnostic[]
}

const page = globalThis as unknown as { document: PageDocument }

const isRoot = (v: unknown): boolean => typeof v === 'object' && v !== null && typeof (v as { querySelectorAll?: unknown }).querySelectorAll === 'function'

/** Renders the page's diagram blocks, in document order; a block with errors gets the error box. */
export function renderDiagrams(options: RenderDiagramsOptions = {}): RenderedDiagram[] {
  const resolved = resolveOptions(options, 'lifeline-diagrams/browser', { root: (v) => (isRoot(v) ? undefined : 'must be an element or a document') })
  const diagrams = new DiagramPage({ ...resolved, onError: 'box' }, compile)
  const root = (resolved.more.root ?? page.document) as PageElement
  const blocks = [...root.querySelectorAll('pre > code')].filter(isDiagram)
  return blocks.map((code, i) => {
    const outcome = diagrams.render(code.textContent ?? '', { file: `diagram ${i + 1}`, at: { line: 1, removed: () => 0 }, hostText: undefined })
    return { element: replace(code.parentElement!, outcome), diagnostics: outcome.diagnostics }
  })
}

function isDiagram(code: PageElement): boolean {
  const pre = code.parentElement
  return pre?.children.length === 1 && code.className.split(/\s+/).some((c) => c.startsWith('language-') && LANGUAGES.has(c.slice('language-'.length)))
}

function replace(pre: PageElement, outcome: BlockOutcome): PageElement {
  const holder = page.document.createElement('div')
  holder.innerHTML = outcome.html ?? ''
  const element = holder.firstElementChild ?? holder
  pre.replaceWith(element)
  return element
}
