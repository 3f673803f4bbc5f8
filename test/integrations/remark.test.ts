// The remark plugin in a real unified pipeline (remark-parse → plugin → remark-rehype →
// rehype-stringify), as Docusaurus and Astro run it: every diagram of a page as inline SVG
// with ids unique on the page, errors at the Markdown's line and column, deterministic output.
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'
import remarkLifeline from '../../src/integrations/remark.js'
import type { DiagramOptions } from '../../src/integrations/options.js'
import { parseXml, type XmlElement } from '../helpers.js'
import { BROKEN_AT, BROKEN_PAGE, cache, GOOD_PAGE, idsIn, signup, svgsIn } from './pages.js'

function toHtml(markdown: string, options?: DiagramOptions, path = 'docs/flows.md'): Promise<string> {
  const pipeline = unified().use(remarkParse).use(remarkLifeline, options).use(remarkRehype).use(rehypeStringify)
  return pipeline.process(new VFile({ path, value: markdown })).then(String)
}

/** An element tree as plain data: what the SVG says, however it was serialised. */
function shape(el: XmlElement): unknown {
  return { name: el.name, attributes: el.attributes, text: el.text.trim(), children: el.children.map(shape) }
}

describe('remark plugin', () => {
  test('renders every diagram of the page, leaves other code alone, ids unique on the page', async () => {
    const html = await toHtml(GOOD_PAGE)
    const svgs = svgsIn(html)
    expect(svgs).toHaveLength(3)
    expect(html.match(/<div class="lifeline-diagram">/g)).toHaveLength(3)
    expect(html).toContain('<code class="language-js">')
    expect(html).not.toContain('language-lifeline')
    const ids = idsIn(html)
    expect(ids.length).toBeGreaterThan(6)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('the SVG in the page is the compiled SVG, element for element (the repeat numbered)', async () => {
    const svgs = svgsIn(await toHtml(GOOD_PAGE))
    // remark hands the plugin a block's text without its last line break.
    const [first, second] = [signup.trimEnd(), cache.trimEnd()]
    const expected = [
      compile(first, { theme: 'auto' }).svg!,
      compile(second, { theme: 'auto' }).svg!,
      compile(first, { theme: 'auto', idPrefix: `${idsIn(compile(first).svg!)[0]}-2` }).svg!,
    ]
    svgs.forEach((svg, i) => expect(shape(parseXml(svg))).toEqual(shape(parseXml(expected[i]!))))
  })

  test('theme and className options reach the page', async () => {
    const html = await toHtml(GOOD_PAGE, { theme: 'dark', className: 'diagram wide' })
    expect(html.match(/<div class="diagram wide">/g)).toHaveLength(3)
    expect(html).not.toContain('prefers-color-scheme')
    expect(svgsIn(html).every((svg) => svg.includes('fill="#0d1117"'))).toBe(true)
  })

  test('a diagram with errors fails the build at the Markdown line and column, listing each error', async () => {
    const failure = await toHtml(BROKEN_PAGE).then(
      () => undefined,
      (e: unknown) => e as { message: string; line: number; column: number; file: string },
    )
    expect(failure).toBeDefined()
    expect(failure!.line).toBe(BROKEN_AT.line)
    expect(failure!.column).toBe(BROKEN_AT.column)
    expect(failure!.message).toContain(`docs/flows.md:${BROKEN_AT.line}:${BROKEN_AT.column}: error: unknown participant 'zz'`)
    expect(failure!.message).toContain(`   11 |   note over zz: hi\n      |             ^~`)
  })

  test("onError: 'box' puts an error box in the page and renders the rest", async () => {
    const html = await toHtml(BROKEN_PAGE, { onError: 'box' })
    expect(svgsIn(html)).toHaveLength(1)
    expect(html).toContain('<div class="lifeline-diagram lifeline-error" role="alert"')
    expect(html).toContain(`docs/flows.md:${BROKEN_AT.line}:${BROKEN_AT.column}: error: unknown participant 'zz'`)
  })

  test('the same page gives the same bytes on every build', async () => {
    expect(await toHtml(GOOD_PAGE)).toBe(await toHtml(GOOD_PAGE))
  })

  test('a wrong option is reported when the pipeline is set up', () => {
    expect(() => unified().use(remarkParse).use(remarkLifeline, { theme: 'sepia' as never }).freeze().runSync(unified().use(remarkParse).parse('x'))).toThrow(
      "lifeline-diagrams/remark: theme must be 'auto', 'light', 'dark' or 'diagram', found \"sepia\"",
    )
  })
})
