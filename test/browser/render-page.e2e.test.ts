// A plain HTML page with the browser build and nothing else (dist/browser/lifeline.js, built
// by `npm run build`): renderDiagrams() turns the page's diagram code blocks into the same
// pictures the Markdown plugins put in at build time, and broken ones into error boxes.
import MarkdownIt from 'markdown-it'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import markdownItLifeline from '../../src/integrations/markdown-it.js'
import { BROKEN_PAGE, GOOD_PAGE } from '../integrations/pages.js'
import { useChromium } from './chromium.js'
import { ORIGIN, serveFolder } from './static-site.js'

const chromium = useChromium()

/** The Markdown as plain HTML (code blocks left as code), with the browser build rendering it. */
async function openPage(markdown: string, call = 'renderDiagrams()'): Promise<Page> {
  const body = new MarkdownIt().render(markdown)
  const html = `<!doctype html><meta charset="utf-8"><body>${body}<script type="module">import { renderDiagrams } from './lifeline.js'; window.rendered = ${call}; document.body.dataset.done = 'true'</script>`
  const page = await chromium.browser.newPage()
  await serveFolder(page, 'dist/browser', { '/index.html': html })
  await page.goto(`${ORIGIN}/index.html`)
  await page.waitForSelector('body[data-done="true"]')
  return page
}

test('every diagram block of a page becomes the picture markdown-it puts in at build time', async () => {
  const page = await openPage(GOOD_PAGE)
  const built = new MarkdownIt().use(markdownItLifeline).render(GOOD_PAGE)
  const same = await page.evaluate((built) => {
    const expected = document.createElement('div')
    expected.innerHTML = built
    const shown = [...document.querySelectorAll('.lifeline-diagram')].map((d) => d.outerHTML)
    return { count: shown.length, same: shown.every((html, i) => html === expected.querySelectorAll('.lifeline-diagram')[i]?.outerHTML) }
  }, built)
  expect(same).toEqual({ count: 3, same: true })
  expect(await page.locator('code.language-js').count()).toBe(1)
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id))
  expect(ids.length).toBeGreaterThan(6)
  expect(new Set(ids).size).toBe(ids.length)
  await page.close()
})

test('a broken block becomes an error box at its own line and column; the rest render', async () => {
  const page = await openPage(BROKEN_PAGE, "renderDiagrams({ className: 'figure' }).map((r) => r.diagnostics.length)")
  expect(await page.evaluate(() => (window as unknown as { rendered: number[] }).rendered)).toEqual([0, 1])
  expect(await page.locator('div.figure svg').count()).toBe(1)
  expect(await page.textContent('div.figure.lifeline-error[role="alert"] pre')).toBe(
    "diagram 2:2:11: error: unknown participant 'zz' (did you mean 'a'?)\n    2 | note over zz: hi\n      |           ^~\n",
  )
  await page.close()
})
