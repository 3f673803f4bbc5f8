// The package as users get it: `npm pack`, installed from the tarball into an empty folder,
// run with npx there. This catches a file missing from package.json "files", a dependency
// kept in devDependencies, or a path (fonts, the batch worker) that only works in the repo.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { GOOD } from './spawn.js'

/** Packing and installing take seconds; the bound only stops a hung npm from hanging the suite. */
const INSTALL_TIMEOUT_MS = 60_000
/** More than render-batch's INLINE_LIMIT, so the worker threads run from the install too. */
const BATCH_SIZE = 24

describe('distribution', () => {
  test('npm pack → npm install into an empty folder → npx lifeline-diagrams renders SVG, PNG and a batch', { timeout: INSTALL_TIMEOUT_MS }, () => {
    const packDir = mkdtempSync(join(tmpdir(), 'lifeline-pack-'))
    // npm test has just built dist/, so pack it as it is rather than building again.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { encoding: 'utf8' })) as {
      filename: string
      files: { path: string }[]
    }[]
    const files = packed[0]?.files.map((f) => f.path) ?? []
    expect(files).toEqual(expect.arrayContaining(['bin/lifeline.js', 'dist/src/index.js', 'dist/src/cli/main.js', 'dist/src/cli/batch/worker.js', 'package.json', 'README.md']))
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/') || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([])

    const app = mkdtempSync(join(tmpdir(), 'lifeline-app-'))
    const tarball = resolve(packDir, packed[0]?.filename ?? '')
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app, stdio: 'pipe' })
    writeFileSync(join(app, 'hello.seq'), GOOD)
    // --no: never fetch any package from the registry from the registry.
    const npx = (args: string[]) => spawnSync('npx', ['--no', 'lifeline-diagrams', ...args], { cwd: app, encoding: 'utf8' })

    const svg = npx(['hello.seq'])
    expect([svg.status, svg.stderr]).toEqual([0, ''])
    expect(readFileSync(join(app, 'hello.svg'), 'utf8')).toMatch(/^<svg [^]*<text[^>]*>hello<\/text>[^]*<\/svg>\n$/)

    expect(npx(['hello.seq', '-o', 'hello.png']).status).toBe(0)
    expect(readFileSync(join(app, 'hello.png')).subarray(1, 4).toString()).toBe('PNG')

    for (let i = 0; i < BATCH_SIZE; i++) writeFileSync(join(app, `many-${i}.seq`), GOOD)
    const batch = npx(['many-*.seq', '-o', 'out/'])
    expect([batch.status, batch.stderr]).toEqual([0, `rendered ${BATCH_SIZE} of ${BATCH_SIZE} diagrams\n`])
    expect(readdirSync(join(app, 'out'))).toHaveLength(BATCH_SIZE)

    // The other entry points resolve from the install, and the browser files ship.
    expect(files).toEqual(expect.arrayContaining(['dist/browser/lifeline.js', 'dist/playground/index.html', 'dist/playground/playground.js', 'dist/playground/playground.css']))
    const entries = spawnSync(process.execPath, ['--input-type=module', '-e', `
      const kinds = []
      for (const name of ['remark', 'rehype', 'markdown-it']) kinds.push(typeof (await import('lifeline-diagrams/' + name)).default)
      kinds.push(typeof (await import('lifeline-diagrams/browser')).compile)
      console.log(kinds.join(' '))`], { cwd: app, encoding: 'utf8' })
    expect([entries.stdout, entries.stderr]).toEqual(['function function function function\n', ''])
  })
})
