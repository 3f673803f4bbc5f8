// Determinism end to end: the real binary, run twice over every example with the files in a
// different order, writes byte-identical SVGs, and the same bytes as the golden files.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from 'vitest'

const BIN = resolve('bin/lifeline.js')
const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.seq')).sort().map((f) => join('examples', f))

/** A fixed shuffle (a small linear congruential generator), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

function renderAll(files: readonly string[]): Map<string, Buffer> {
  const out = mkdtempSync(join(tmpdir(), 'lifeline-determinism-'))
  const r = spawnSync(process.execPath, [BIN, ...files, '-o', `${out}/`], { encoding: 'utf8' })
  expect([r.status, r.stderr]).toEqual([0, `rendered ${files.length} of ${files.length} diagrams\n`])
  return new Map(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f))]))
}

test('two runs in different file orders write the same bytes, equal to the goldens', () => {
  const order = shuffled(EXAMPLES, 20261127)
  expect(order).not.toEqual(EXAMPLES)
  const first = renderAll(EXAMPLES)
  const second = renderAll(order)
  expect([...second.keys()]).toEqual([...first.keys()])
  expect(first.size).toBe(EXAMPLES.length)
  for (const [name, bytes] of first) {
    expect(second.get(name)?.equals(bytes), name).toBe(true)
    expect(readFileSync(join('examples', name)).equals(bytes), `${name} differs from its golden file`).toBe(true)
  }
})
