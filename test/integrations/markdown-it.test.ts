// The markdown-it plugin, as VitePress and Eleventy use it: md.use(plugin).render(page, env).
import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'
import markdownItLifeline from '../../src/integrations/markdown-it.js'
import type { DiagramOptions } from '../../src/integrations/options.js'
import { BROKEN_AT, BROKEN_PAGE, cache, GOOD_PAGE, idsIn, signup, svgsIn } from './pages.js'

const render = (markdown: string, options?: DiagramOptions, env: Record<string, unknown> = { relativePath: 'guide/flows.md' }): string =>
  new MarkdownIt().use(markdownItLifeline, options).render(markdown, env)

describe('markdown-it plugin', () => {
  test('every diagram as its SVG (byte for byte the compiled one), other fences untouched, ids unique', () => {
    const html = render(GOOD_PAGE)
    const svgs = svgsIn(html)
    expect(svgs).toHaveLength(3)
    expect(svgs[0]! + '\n').toBe(compile(signup, { theme: 'auto' }).svg)
    expect(svgs[1]! + '\n').toBe(compile(cache, { theme: 'auto' }).svg)
    expect(html).toContain('<code class="language-js">')
    expect(html).not.toContain('language-lifeline')
    const ids = idsIn(html)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('a diagram with errors stops the render at the Markdown line and column', () => {
    expect(() => render(BROKEN_PAGE)).toThrow(`guide/flows.md:${BROKEN_AT.line}:${BROKEN_AT.column}: error: unknown participant 'zz'`)
  })

  test("the file name comes from the env VitePress or Eleventy pass, or '<markdown>'", () => {
    expect(() => render(BROKEN_PAGE, {}, { page: { inputPath: './src/flows.md' } })).toThrow('./src/flows.md:11:13')
    expect(() => render(BROKEN_PAGE, {}, {})).toThrow('<markdown>:11:13')
  })

  test("onError: 'box', and each render is a page of its own (ids numbered per page)", () => {
    const md = new MarkdownIt().use(markdownItLifeline, { onError: 'box' })
    const html = md.render(BROKEN_PAGE, {})
    expect(html).toContain('<div class="lifeline-diagram lifeline-error" role="alert"')
    expect(html).toContain('&lt;markdown&gt;:11:13: error: unknown participant')
    expect(svgsIn(html)).toHaveLength(1)
    expect(idsIn(md.render(BROKEN_PAGE, {}))).toEqual(idsIn(html))
  })

  test('the same page renders to the same bytes', () => {
    expect(render(GOOD_PAGE)).toBe(render(GOOD_PAGE))
  })
})
