// The real binary runs the bundled CLI (dist/src/cli/lifeline.bundle.mjs, see
// scripts/bundle-cli.mjs), not the modules the golden tests compile through: every example,
// rendered by one run of the binary, must match its golden SVG byte for byte.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from 'vitest'

test('the bundled binary renders every example exactly as its golden file', () => {
  const out = mkdtempSync(join(tmpdir(), 'lifeline-bundle-'))
  const names = readdirSync('examples').filter((f) => f.endsWith('.seq')).map((f) => f.slice(0, -'.seq'.length))
  const r = spawnSync(process.execPath, [resolve('bin/lifeline.js'), ...names.map((n) => `examples/${n}.seq`), '-o', `${out}/`], { encoding: 'utf8' })
  expect([r.status, r.stderr]).toEqual([0, ''])
  expect(names.length).toBeGreaterThan(0)
  for (const name of names) {
    expect(readFileSync(join(out, `${name}.svg`), 'utf8'), name).toBe(readFileSync(`examples/${name}.svg`, 'utf8'))
  }
})
