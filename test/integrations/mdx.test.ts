// The remark plugin in MDX (Docusaurus, Astro/Starlight): the page is compiled to JSX and run
// with React's JSX runtime as Docusaurus does (React attribute names), and with Preact's with
// HTML attribute names as Astro does; the diagram comes out as ordinary SVG elements with the
// compiled SVG's attributes (MDX has no raw HTML, so this is what must work there).
import { evaluate } from '@mdx-js/mdx'
import { h } from 'preact'
import * as preactRuntime from 'preact/jsx-runtime'
import { renderToString as preactToString } from 'preact-render-to-string'
import { createElement } from 'react'
import * as reactRuntime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import { compile } from '../../src/index.js'
import remarkLifeline from '../../src/integrations/remark.js'
import { parseXml, type XmlElement } from '../helpers.js'
import { BROKEN_AT, BROKEN_PAGE, GOOD_PAGE, idsIn, signup, svgsIn } from './pages.js'

const MDX_PAGE = `export const title = 'Flows'\n\n${GOOD_PAGE}\n<>JSX still works</>\n`

const RUNTIMES = {
  React: { runtime: reactRuntime, elementAttributeNameCase: 'react', render: (c: unknown) => renderToStaticMarkup(createElement(c as never)) },
  Preact: { runtime: preactRuntime, elementAttributeNameCase: 'html', render: (c: unknown) => preactToString(h(c as never, {})) },
} as const

async function mdxToHtml(source: string, path: string, with_: keyof typeof RUNTIMES = 'React'): Promise<string> {
  const { runtime, elementAttributeNameCase, render } = RUNTIMES[with_]
  const { default: Content } = await evaluate(new VFile({ path, value: source }), { ...runtime, elementAttributeNameCase, remarkPlugins: [remarkLifeline] } as never)
  return render(Content)
}

/** An element tree as plain data, the text's white space aside. */
function shape(el: XmlElement): unknown {
  return { name: el.name, attributes: el.attributes, text: el.text.trim(), children: el.children.map(shape) }
}

test.each(['React', 'Preact'] as const)('MDX with %s: the diagrams are SVG elements with the compiled attributes, ids unique', async (with_) => {
  const html = await mdxToHtml(MDX_PAGE, 'docs/flows.mdx', with_)
  const svgs = svgsIn(html)
  expect(svgs).toHaveLength(3)
  expect(html).toContain('JSX still works')
  expect(shape(parseXml(svgs[0]!))).toEqual(shape(parseXml(compile(signup.trimEnd(), { theme: 'auto' }).svg!)))
  const ids = idsIn(html)
  expect(new Set(ids).size).toBe(ids.length)
})

test('MDX: a broken diagram fails the compile at the line and column of the .mdx file', async () => {
  const failure = await mdxToHtml(BROKEN_PAGE, 'docs/broken.mdx').then(
    () => undefined,
    (e: unknown) => e as { message: string; line: number; column: number },
  )
  expect([failure?.line, failure?.column]).toEqual([BROKEN_AT.line, BROKEN_AT.column])
  expect(failure?.message).toContain(`docs/broken.mdx:${BROKEN_AT.line}:${BROKEN_AT.column}: error: unknown participant 'zz'`)
})
