// The rehype plugin on HTML trees: from an HTML page parsed by rehype-parse (positions inside
// its <code>), and from Markdown through remark-rehype (positions of the fenced block).
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { escapeXml } from '../../src/render/serialize.js'
import rehypeLifeline from '../../src/integrations/rehype.js'
import type { DiagramOptions } from '../../src/integrations/options.js'
import { BROKEN_AT, BROKEN_PAGE, cache, GOOD_PAGE, idsIn, signup, svgsIn } from './pages.js'

const HTML_PAGE = [
  '<!doctype html>',
  '<html><head><title>Flows</title></head><body>',
  `<pre><code class="language-lifeline">${escapeXml(signup)}</code></pre>`,
  '<pre><code class="language-python">print("a -> b")</code></pre>',
  `<pre><code class="lang-x language-seq">${escapeXml(cache)}</code></pre>`,
  `<pre><code class="language-lifeline">${escapeXml(signup)}</code></pre>`,
  '</body></html>',
  '',
].join('\n')

/** Errors on the block's first line (after `<code ...>`) and on its third (from column 1). */
const BROKEN_HTML = '<p>x</p>\n<pre><code class="language-lifeline">note over yy: hi\na -> b: hi\nnote over zz: hi\n</code></pre>\n'

function fromHtml(html: string, options?: DiagramOptions): Promise<string> {
  return unified().use(rehypeParse).use(rehypeLifeline, options).use(rehypeStringify).process(new VFile({ path: 'site/flows.html', value: html })).then(String)
}

function fromMarkdown(markdown: string, options?: DiagramOptions): Promise<string> {
  const pipeline = unified().use(remarkParse).use(remarkRehype).use(rehypeLifeline, options).use(rehypeStringify)
  return pipeline.process(new VFile({ path: 'docs/flows.md', value: markdown })).then(String)
}

const messageOf = (p: Promise<unknown>): Promise<string> => p.then(() => '', (e: unknown) => (e as Error).message)

describe('rehype plugin', () => {
  test('an HTML page: every <pre><code class="language-lifeline|seq"> becomes its diagram, ids unique', async () => {
    const html = await fromHtml(HTML_PAGE)
    expect(svgsIn(html)).toHaveLength(3)
    expect(html).toContain('<code class="language-python">')
    expect(html).not.toMatch(/language-(lifeline|seq)/)
    const ids = idsIn(html)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('Markdown through remark-rehype: the same diagrams', async () => {
    const html = await fromMarkdown(GOOD_PAGE)
    expect(svgsIn(html)).toHaveLength(3)
    const ids = idsIn(html)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('errors point into the HTML file: after <code ...> on its line, from column 1 below', async () => {
    const message = await messageOf(fromHtml(BROKEN_HTML))
    expect(message).toContain("site/flows.html:2:48: error: unknown participant 'yy'")
    expect(message).toContain("site/flows.html:4:11: error: unknown participant 'zz'")
  })

  test('errors point into the Markdown file through remark-rehype', async () => {
    const message = await messageOf(fromMarkdown(BROKEN_PAGE))
    expect(message).toContain(`docs/flows.md:${BROKEN_AT.line}:${BROKEN_AT.column}: error: unknown participant 'zz'`)
  })

  test("onError: 'box'", async () => {
    const html = await fromHtml(BROKEN_HTML, { onError: 'box' })
    expect(html).toContain('class="lifeline-diagram lifeline-error"')
    expect(html).toContain('site/flows.html:4:11: error: unknown participant')
    expect(svgsIn(html)).toHaveLength(0)
  })
})
