// Pages built by the plugins with the default theme (auto), in Chromium: every diagram of the
// page follows the reader's colour scheme, each through its own stylesheet (ids unique per
// page, so no diagram's rules reach another's, the repeated one included).
import MarkdownIt from 'markdown-it'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { expect, test } from 'vitest'
import markdownItLifeline from '../../src/integrations/markdown-it.js'
import remarkLifeline from '../../src/integrations/remark.js'
import { DARK, LIGHT } from '../../src/render/theme.js'
import { useChromium } from '../browser/chromium.js'
import { GOOD_PAGE } from './pages.js'

const chromium = useChromium()

const PAGES = {
  remark: async () => String(await unified().use(remarkParse).use(remarkLifeline).use(remarkRehype).use(rehypeStringify).process(GOOD_PAGE)),
  'markdown-it': async () => new MarkdownIt().use(markdownItLifeline).render(GOOD_PAGE),
}

/** Hex colour of a computed `rgb(r, g, b)`. */
const hex = (rgb: string): string => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`

test.each(Object.keys(PAGES) as (keyof typeof PAGES)[])('%s page: every diagram follows the colour scheme', async (name) => {
  const html = await PAGES[name]()
  for (const [scheme, palette] of [['dark', DARK], ['light', LIGHT]] as const) {
    const page = await chromium.browser.newPage({ colorScheme: scheme })
    await page.setContent(`<!doctype html><body>${html}</body>`)
    const painted = await page.evaluate(() =>
      [...document.querySelectorAll('.lifeline-diagram svg')].map((svg) => ({
        background: getComputedStyle(svg.querySelector('.background')!).fill,
        line: getComputedStyle(svg.querySelector('.message-line')!).stroke,
      })),
    )
    await page.close()
    expect(painted).toHaveLength(3)
    for (const p of painted) expect([hex(p.background), hex(p.line)], scheme).toEqual([palette.background, palette.line])
  }
})
