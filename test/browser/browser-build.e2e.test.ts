// The browser build (dist/browser/lifeline.js, built by `npm run build`) in Chromium: drawing on
// the page's DOM, it writes the same bytes as the Node build on svgdom, for every example and
// theme, and reports the same diagnostics.
import { readdirSync, readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { compile, type ThemeName } from '../../src/index.js'
import { launchChromium } from './chromium.js'
import { ORIGIN, serveFolder } from './static-site.js'

const examples = readdirSync('examples').filter((f) => f.endsWith('.seq')).map((f) => readFileSync(`examples/${f}`, 'utf8'))

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage()
  // The page imports the build as any page would; the tests then call what it imported.
  const html = "<!doctype html><title>browser build</title><script type=module>import * as l from './lifeline.js'; window.lifeline = l</script>"
  await serveFolder(page, 'dist/browser', { '/index.html': html })
  await page.goto(`${ORIGIN}/index.html`)
  await page.waitForFunction(() => 'lifeline' in window)
}, 30000)
afterAll(async () => {
  await browser?.close()
})

/** Compiles each source in the page with the browser build, as a page would import it. */
function compileInPage(sources: readonly string[], theme?: ThemeName): Promise<{ svg: string | undefined; diagnostics: readonly unknown[] }[]> {
  return page.evaluate(
    ({ sources, theme }) => {
      const lifeline = (window as unknown as { lifeline: typeof import('../../src/browser/index.js') }).lifeline
      return sources.map((s) => {
        const r = lifeline.compile(s, theme ? { theme } : {})
        return { svg: r.svg, diagnostics: r.diagnostics }
      })
    },
    { sources, theme },
  )
}

test.each([undefined, 'light', 'dark', 'auto'] as const)('every example, theme %s, is byte-identical to the Node build', async (theme) => {
  const inPage = await compileInPage(examples, theme)
  expect(inPage).toHaveLength(examples.length)
  examples.forEach((source, i) => {
    const node = compile(source, theme ? { theme } : {})
    expect(node.svg).toBeDefined()
    expect(inPage[i]!.svg).toBe(node.svg)
  })
})

test('diagnostics are the same values as under Node', async () => {
  const broken = ['a -> b: hi\nc ->', 'a: A { shape: nonsense }\na -> b', 'a -> b: ok\nnote over zz: hi']
  const inPage = await compileInPage(broken)
  broken.forEach((source, i) => {
    expect(inPage[i]!.diagnostics.length).toBeGreaterThan(0)
    expect(inPage[i]).toEqual(JSON.parse(JSON.stringify(compile(source))))
  })
})

test('the page is left as it was: the drawing happens on detached elements', async () => {
  await compileInPage(examples.slice(0, 2))
  expect(await page.evaluate(() => document.querySelectorAll('svg').length)).toBe(0)
})
