// `lifeline watch` end to end: the real binary serving a temp file, the page in headless
// Chromium, edits on disk (written in place and replaced by rename, as editors do), the
// picture and the errors updating without a reload, the config applied, and a clean stop on
// Ctrl+C.
import { spawn, type ChildProcess } from 'node:child_process'
import { renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BIN, workdir } from './spawn.js'

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
/** How long the page may take to show a change (the binary debounces, then pushes). */
const UPDATE_WAIT_MS = 5000

let browser: Browser
/** Every `lifeline watch` started, so none outlives the tests even if one fails midway. */
const children = new Set<ChildProcess>()

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
})

afterAll(async () => {
  await browser.close()
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

/** Starts `lifeline watch`, resolving with its URL once it prints it. */
interface Watching {
  readonly url: string
  readonly exited: Promise<number | null>
  stderr(): string
  interrupt(): void
}

function startWatch(file: string, cwd: string): Promise<Watching> {
  const proc = spawn(process.execPath, [BIN, 'watch', file, '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(proc)
  let stdout = ''
  let stderr = ''
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0]
      if (url) resolve({ url, exited, stderr: () => stderr, interrupt: () => proc.kill('SIGINT') })
    })
    void exited.then((code) => reject(new Error(`watch exited early (${code}): ${stderr}`)))
  })
}

const pictureText = (page: Page): Promise<string> => page.locator('#picture svg').textContent().then((t) => t ?? '')

describe('lifeline watch', () => {
  test('edit, break, fix: the page follows, keeping the last good picture under the error', async () => {
    const dir = workdir({ 'd.seq': 'title: First\na -> b: hello\n' })
    const file = join(dir, 'd.seq')
    const watch = await startWatch('d.seq', dir)
    const page = await browser.newPage()
    await page.goto(watch.url)
    await page.locator('#picture svg text', { hasText: 'hello' }).first().waitFor({ timeout: UPDATE_WAIT_MS })
    await page.evaluate(() => ((globalThis as unknown as { loads: number }).loads = 1)) // a reload would drop this

    writeFileSync(file, 'title: Second\na -> b: changed\n')
    await page.locator('#picture svg text', { hasText: 'changed' }).first().waitFor({ timeout: UPDATE_WAIT_MS })

    writeFileSync(file, 'title: Second\nweb db: x\n')
    const diagnostics = page.locator('#diagnostics')
    await diagnostics.waitFor({ state: 'visible', timeout: UPDATE_WAIT_MS })
    expect(await diagnostics.textContent()).toBe(
      "d.seq:2:5: error: expected an arrow (->, ->> or -->) after 'web'\n" + '    2 | web db: x\n' + '      |     ^~\n',
    )
    expect(await pictureText(page)).toContain('changed') // the last good picture stays
    expect(await page.locator('#picture').getAttribute('class')).toContain('stale')

    // Saved the way many editors do: a new file renamed over the old one.
    writeFileSync(join(dir, '.d.seq.swp'), 'title: Third\na -> b: fixed\n')
    renameSync(join(dir, '.d.seq.swp'), file)
    await diagnostics.waitFor({ state: 'hidden', timeout: UPDATE_WAIT_MS })
    expect(await pictureText(page)).toContain('fixed')
    expect(await page.locator('#picture svg').count()).toBe(1)
    expect(await page.evaluate(() => (globalThis as unknown as { loads?: number }).loads)).toBe(1) // swapped in place
    expect(watch.stderr()).toContain('d.seq:2:5: error')

    watch.interrupt()
    expect(await watch.exited).toBe(0)
    await page.close()
  })

  test("the file's lifeline.config.json applies, and a bad one is a usage error", async () => {
    const dir = workdir({ 'lifeline.config.json': '{ "theme": "dark" }', 'd.seq': 'a -> b: x\n' })
    const watch = await startWatch('d.seq', dir)
    const page = await browser.newPage()
    await page.goto(watch.url)
    const background = page.locator('#picture svg rect.background')
    await background.waitFor({ timeout: UPDATE_WAIT_MS })
    expect(await background.getAttribute('fill')).toBe('#0d1117')
    await page.close()
    watch.interrupt()
    expect(await watch.exited).toBe(0)

    const bad = spawn(process.execPath, [BIN, 'watch', 'd.seq'], { cwd: workdir({ 'lifeline.config.json': '{ "theme": "pink" }', 'd.seq': 'a -> b\n' }) })
    children.add(bad)
    let stderr = ''
    bad.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    expect(await new Promise((resolve) => bad.on('exit', resolve))).toBe(2)
    expect(stderr).toContain(`lifeline.config.json: error: theme must be "light", "dark" or "auto", found "pink"`)
  })

  test('a missing file is an input error, and the server answers only to its own name', async () => {
    const dir = workdir({ 'd.seq': 'a -> b: x\n' })
    const missing = spawn(process.execPath, [BIN, 'watch', 'nope.seq'], { cwd: dir })
    children.add(missing)
    let stderr = ''
    missing.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    expect(await new Promise((resolve) => missing.on('exit', resolve))).toBe(1)
    expect(stderr).toBe('nope.seq: error: no such file\n')

    const watch = await startWatch('d.seq', dir)
    const page = await browser.newPage()
    const port = new URL(watch.url).port
    expect((await page.request.get(watch.url)).status()).toBe(200)
    expect((await page.request.get(`${watch.url}nothing`)).status()).toBe(404)
    expect((await page.request.get(watch.url, { headers: { host: `attacker.example:${port}` } })).status()).toBe(403)
    await page.close()
    watch.interrupt()
    expect(await watch.exited).toBe(0)
  })
})
