// The playground in Chromium, served by the real `lifeline playground` (npm run build first):
// typing changes the picture, an error shows at its position and clears, a shared address
// reopens the same diagram, the theme menu and downloads work; and the same files work as a
// static site under any path.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'
import { DEFAULT_SOURCE } from '../../src/playground/app/default-source.js'
import { launchChromium } from '../browser/chromium.js'
import { ORIGIN, serveFolder } from '../browser/static-site.js'
import { BIN, workdir } from '../cli/spawn.js'

let browser: Browser
let server: ChildProcess
let url: string
let exited: Promise<number | null>

beforeAll(async () => {
  browser = await launchChromium()
  server = spawn(process.execPath, [BIN, 'playground', '--port', '0'], { cwd: workdir(), stdio: ['ignore', 'pipe', 'pipe'] })
  exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)))
  url = await new Promise<string>((resolve, reject) => {
    let stdout = ''
    server.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString()
      const found = /^playground: open (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl\+C to stop\)$/m.exec(stdout)?.[1]
      if (found) resolve(found)
    })
    void exited.then((code) => reject(new Error(`playground exited early (${code})`)))
  })
}, 30000)

afterAll(async () => {
  await browser?.close()
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
})

async function openPlayground(address = url): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true })
  await page.goto(address)
  await page.waitForSelector('body[data-ready="true"]')
  return page
}

const svgOf = (page: Page): Promise<string> => page.locator('#picture').innerHTML()

/** Whether the page shows exactly `svg` (compared as the browser parses and writes both). */
const shows = (page: Page, svg: string): Promise<boolean> =>
  page.evaluate((svg) => {
    const expected = document.createElement('div')
    expected.innerHTML = svg
    return expected.innerHTML === document.getElementById('picture')!.innerHTML
  }, svg)

/** Waits until the address holds the editor's current text and theme (written shortly after typing stops). */
async function sharedAddress(page: Page): Promise<string> {
  const current = (): Promise<boolean> =>
    page.evaluate(async () => {
      const m = /src=([^&]+)/.exec(location.hash)
      const theme = (document.getElementById('theme') as HTMLSelectElement).value
      if (!m || new URLSearchParams(location.hash.slice(1)).get('theme') !== (theme === 'auto' ? null : theme)) return false
      const bytes = Uint8Array.from(atob(m[1]!.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
      const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text()
      return text === (document.getElementById('source') as HTMLTextAreaElement).value
    })
  await expect.poll(current).toBe(true)
  return page.evaluate(() => location.href)
}

describe('lifeline playground', () => {
  test('opens with a diagram, and typing changes the picture', async () => {
    const page = await openPlayground()
    expect(await page.inputValue('#source')).toBe(DEFAULT_SOURCE)
    expect(await shows(page, compile(DEFAULT_SOURCE, { theme: 'auto' }).svg!)).toBe(true)
    await page.click('#source')
    await page.keyboard.press('Control+End')
    await page.keyboard.type('worker -> audit: log the welcome\n')
    await expect.poll(() => svgOf(page)).toContain('data-id="audit"')
    expect(await shows(page, compile(await page.inputValue('#source'), { theme: 'auto' }).svg!)).toBe(true)
    expect(await page.textContent('#status')).toBe('ok')
    await page.close()
  })

  test('an error shows at its position (mark, gutter, list) and clears when fixed', async () => {
    const page = await openPlayground()
    const before = await svgOf(page)
    await page.click('#source')
    await page.keyboard.press('Control+End')
    await page.keyboard.insertText('note over zz: hi')
    const line = DEFAULT_SOURCE.split('\n').length
    await expect.poll(() => page.textContent('#problems')).toBe(`${line}:11 error: unknown participant 'zz' (did you mean 'db'?)`)
    expect(await page.isVisible('#problems')).toBe(true)
    expect(await page.textContent('#marks mark.error')).toBe('zz')
    expect(await page.textContent('#gutter .error')).toBe(`${line}\n`)
    expect(await page.textContent('#status')).toBe('1 error')
    // The last good picture stays, dimmed.
    expect(await svgOf(page)).toBe(before)
    expect(await page.getAttribute('#picture', 'class')).toBe('stale')
    // Clicking the problem selects its range in the editor.
    await page.click('#problems li')
    const selected = await page.evaluate(() => {
      const area = document.getElementById('source') as HTMLTextAreaElement
      return area.value.slice(area.selectionStart, area.selectionEnd)
    })
    expect(selected).toBe('zz')
    await page.keyboard.type('db')
    await expect.poll(() => page.isHidden('#problems')).toBe(true)
    expect(await page.locator('#marks mark').count()).toBe(0)
    expect(await page.getAttribute('#picture', 'class')).toBe('')
    expect(await svgOf(page)).not.toBe(before)
    await page.close()
  })

  test('a shared address reopens the same diagram and theme', async () => {
    const page = await openPlayground()
    await page.fill('#source', 'title: Shared ünïcode ✓\nalice -> bob: hello\nbob --> alice: hi\n')
    await page.selectOption('#theme', 'dark')
    const address = await sharedAddress(page)
    expect(address).toContain('&theme=dark')
    const picture = await svgOf(page)
    expect(picture).toContain('fill="#e6edf3"')
    await page.close()
    const reopened = await openPlayground(address)
    expect(await reopened.inputValue('#source')).toBe('title: Shared ünïcode ✓\nalice -> bob: hello\nbob --> alice: hi\n')
    expect(await reopened.inputValue('#theme')).toBe('dark')
    expect(await svgOf(reopened)).toBe(picture)
    expect(await reopened.getAttribute('html', 'data-theme')).toBe('dark')
    await reopened.close()
  })

  test('downloads: the SVG as compiled, and a PNG at twice its size', async () => {
    const page = await openPlayground()
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('#download-svg')])
    expect(svgFile.suggestedFilename()).toBe('sign-up-with-a-queued-welcome-email.svg')
    expect(readFileSync((await svgFile.path())!, 'utf8')).toBe(compile(DEFAULT_SOURCE, { theme: 'auto' }).svg)
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('#download-png')])
    const png = readFileSync((await pngFile.path())!)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    const width = Number(/ width="([\d.]+)"/.exec(compile(DEFAULT_SOURCE).svg!)![1])
    expect(png.readUInt32BE(16)).toBe(Math.ceil(width * 2))
    await page.close()
  })

  test('the server answers only GET/HEAD for its own files, on its own name', async () => {
    const page = await browser.newPage()
    const port = new URL(url).port
    expect((await page.request.get(`${url}playground.js`)).headers()['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await page.request.get(`${url}../package.json`)).status()).toBe(404)
    expect((await page.request.get(`${url}nothing`)).status()).toBe(404)
    expect((await page.request.post(url)).status()).toBe(405)
    expect((await page.request.get(url, { headers: { host: `attacker.example:${port}` } })).status()).toBe(403)
    await page.close()
  })

  test('Ctrl+C stops it cleanly', async () => {
    server.kill('SIGINT')
    expect(await exited).toBe(0)
  })
})

test('the same files work as a static site under any path', async () => {
  const page = await browser.newPage()
  await serveFolder(page, '.', {})
  await page.route(`${ORIGIN}/docs/playground/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.replace('/docs/playground/', '') || 'index.html'
    await route.fulfill({ status: 200, contentType: name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : 'text/html', body: readFileSync(`dist/playground/${name}`) })
  })
  await page.goto(`${ORIGIN}/docs/playground/`)
  await page.waitForSelector('body[data-ready="true"]')
  expect(await shows(page, compile(DEFAULT_SOURCE, { theme: 'auto' }).svg!)).toBe(true)
  await page.close()
})
