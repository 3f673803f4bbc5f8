// `lifeline fmt`, end to end.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { workdir } from './spawn.js'
import { run } from './in-process.js'

const MESSY = '# flow\na->b:hi   # first\n\n\n\nloop x {\nb-->a}\n'
const TIDY = '# flow\na -> b: hi # first\n\nloop x {\n  b --> a\n}\n'

describe('lifeline fmt', () => {
  test('rewrites files in the canonical layout, and a second run changes nothing', async () => {
    const dir = workdir({ 'a.seq': MESSY, 'b.seq': TIDY })
    const before = statSync(join(dir, 'b.seq')).mtimeMs
    const r = await run(['fmt', 'a.seq', 'b.seq'], { cwd: dir })
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', ''])
    expect(readFileSync(join(dir, 'a.seq'), 'utf8')).toBe(TIDY)
    expect(statSync(join(dir, 'b.seq')).mtimeMs).toBe(before) // unchanged files are not rewritten
    expect((await run(['fmt', 'a.seq'], { cwd: dir })).code).toBe(0)
    expect(readFileSync(join(dir, 'a.seq'), 'utf8')).toBe(TIDY)
  })

  test('--check lists the files that would change, writes nothing, exits 1', async () => {
    const dir = workdir({ 'a.seq': MESSY, 'b.seq': TIDY })
    const r = await run(['fmt', '--check', 'a.seq', 'b.seq'], { cwd: dir })
    expect([r.code, r.stdout]).toEqual([1, 'a.seq\n'])
    expect(readFileSync(join(dir, 'a.seq'), 'utf8')).toBe(MESSY)
    expect((await run(['fmt', '--check', 'b.seq'], { cwd: dir })).code).toBe(0)
  })

  test("'-' formats standard input to standard output", async () => {
    const r = await run(['fmt', '-'], { input: MESSY })
    expect([r.code, r.stdout]).toEqual([0, TIDY])
  })

  test('a file with syntax errors is reported and left alone; the others are formatted', async () => {
    const dir = workdir({ 'bad.seq': 'a->b\nweb db: x\n', 'good.seq': MESSY })
    const r = await run(['fmt', 'bad.seq', 'good.seq'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("bad.seq:2:5: error: expected an arrow (->, ->> or -->) after 'web'")
    expect(r.stderr).toContain('bad.seq: not formatted')
    expect(readFileSync(join(dir, 'bad.seq'), 'utf8')).toBe('a->b\nweb db: x\n')
    expect(readFileSync(join(dir, 'good.seq'), 'utf8')).toBe(TIDY)
  })

  test('a missing file is one clear line and exit 1; no files is a usage error', async () => {
    const r = await run(['fmt', 'nope.seq'], { cwd: workdir() })
    expect([r.code, r.stderr]).toEqual([1, 'nope.seq: error: no such file\n'])
    expect((await run(['fmt'])).code).toBe(2)
  })
})
