// `lifeline-diagrams/markdown-it`: a markdown-it plugin (VitePress, Eleventy, ...) that renders
// ```lifeline (and ```seq) fences as their SVG, compiled in process. It works on the token
// stream after block parsing, where the Markdown source is at hand, and turns each fence into
// an html_block holding the diagram (or the error box); errors stop the render with the
// Markdown's line and column, read from env.path, env.relativePath or Eleventy's
// env.page.inputPath for the file name.
import { compile } from '../compile.js'
import { DiagramPage, failureMessage, LANGUAGES } from './diagram.js'
import { resolveOptions, type DiagramOptions } from './options.js'

export type { DiagramOptions } from './options.js'

interface Token {
  type: string
  info: string
  content: string
  map: [number, number] | null
}

interface CoreState {
  src: string
  env: Record<string, unknown> | undefined
  tokens: Token[]
}

interface MarkdownIt {
  core: { ruler: { push(name: string, rule: (state: CoreState) => void): void } }
}

const FENCE_MARK = /[`~]/

export default function markdownItLifeline(md: MarkdownIt, options?: DiagramOptions | null): void {
  const resolved = resolveOptions(options, 'lifeline-diagrams/markdown-it')
  md.core.ruler.push('lifeline_diagrams', (state) => {
    const page = new DiagramPage(resolved, compile)
    const lines = state.src.split(/\r\n|\r|\n/)
    const file = envFileName(state.env)
    const failed: string[] = []
    for (const token of state.tokens) {
      if (token.type !== 'fence' || !LANGUAGES.has(token.info.trim().split(/\s+/)[0] ?? '')) continue
      const fenceLine = token.map?.[0] ?? 0
      // Each content line loses what stands before the fence's marks (indentation, a `> `).
      const removed = Math.max(0, (lines[fenceLine] ?? '').search(FENCE_MARK))
      const outcome = page.render(token.content, { file, at: { line: fenceLine + 2, removed: () => removed }, hostText: state.src })
      if (outcome.failed) failed.push(outcome.report)
      if (outcome.html === undefined) continue
      token.type = 'html_block'
      token.content = outcome.html
    }
    if (failed.length) throw new Error(failureMessage(failed))
  })
}

function envFileName(env: CoreState['env']): string {
  const page = env?.['page'] as { inputPath?: unknown } | undefined
  for (const candidate of [env?.['path'], env?.['relativePath'], page?.inputPath]) {
    if (typeof candidate === 'string' && candidate) return candidate
  }
  return '<markdown>'
}
