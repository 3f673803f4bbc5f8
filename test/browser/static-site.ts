// Pages under test get their files from the test, not from a server: every request to ORIGIN
// is answered from a folder on disk (or a map of generated files), and nothing else is
// fetched. A page's ES modules need an http origin (Chromium refuses them from file:// URLs).
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import type { Page } from 'playwright-core'

export const ORIGIN = 'http://lifeline.test'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** Answers ORIGIN's requests from `folder`, with `extra` files (path → content) first. */
export async function serveFolder(page: Page, folder: string, extra: Record<string, string> = {}): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== ORIGIN) return route.abort()
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname
    const generated = extra[path]
    const contentType = TYPES[extname(path)] ?? 'application/octet-stream'
    if (generated !== undefined) return route.fulfill({ status: 200, contentType, body: generated })
    try {
      return await route.fulfill({ status: 200, contentType, body: await readFile(join(folder, normalize(path))) })
    } catch {
      return route.fulfill({ status: 404, body: 'not found' })
    }
  })
}
