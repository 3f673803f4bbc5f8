// Where outputs land, for every command that writes (render, PNG, md, import), in process
// through main() in folders of the test's own: a folder is made only when a file is written
// into it, and a write that fails says which path and why in words.
import { chmodSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runMain } from './in-process.js'
import { workdir } from './spawn.js'

const GOOD = 'a -> b: hello\n'
const BAD = 'a -> : hello\n'
const MERMAID = 'sequenceDiagram\n  Alice->>Bob: hi\n'
const isRoot = process.getuid?.() === 0

const lifeline = (args: readonly string[], cwd: string, input = '') => runMain(args, { cwd, input })
const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8')

describe('an output folder is made only when a file is written into it', () => {
  test.each([
    ['an input with errors', ['bad.seq', '-o', 'brandnew/']],
    ['a pattern that matches nothing', ['zzz/*.seq', '-o', 'brandnew/']],
    ['two inputs bound for one name', ['a/x.seq', 'b/x.seq', '-o', 'brandnew/']],
    ['a PNG with errors', ['bad.seq', '-o', 'brandnew/deep/x.png']],
    ['standard input with errors', ['-o', 'brandnew/']],
    ['import of a file with errors', ['import', 'bad.mmd', '-o', 'brandnew/']],
  ])('%s: no folder is left behind', async (_, args) => {
    const dir = workdir({ 'bad.seq': BAD, 'a/x.seq': GOOD, 'b/x.seq': GOOD, 'bad.mmd': 'sequenceDiagram\n  nonsense here\n' })
    const r = await lifeline(args, dir, BAD)
    expect(r.code).not.toBe(0)
    expect(existsSync(join(dir, 'brandnew'))).toBe(false)
  })

  test('folders on the way to -o, an -o folder and md --out-dir are made when the file is written', async () => {
    const dir = workdir({ 'x.seq': GOOD, 'p.md': '```lifeline name=n\na -> b\n```\n', 'f.mmd': MERMAID })
    expect((await lifeline(['x.seq', '-o', 'new/deep/x.svg'], dir)).code).toBe(0)
    expect((await lifeline(['x.seq', '-o', 'out/one/'], dir)).code).toBe(0)
    expect((await lifeline(['md', '--out-dir', 'img/two', 'p.md'], dir)).code).toBe(0)
    expect((await lifeline(['import', 'f.mmd', '-o', 'seq/three/'], dir)).code).toBe(0)
    for (const svg of ['new/deep/x.svg', 'out/one/x.svg', 'img/two/p-n.svg']) expect(read(dir, svg)).toMatch(/^<svg /)
    expect(read(dir, 'seq/three/f.seq')).toBe('Alice -> Bob: hi\n')
  })
})

describe('a write that fails says which path and why, in words', () => {
  test('a file where a folder should be is named', async () => {
    const dir = workdir({ 'x.seq': GOOD, 'p.md': '```lifeline\na -> b\n```\n', afile: 'a file' })
    const r = await lifeline(['x.seq', '-o', 'afile/sub/x.svg'], dir)
    expect([r.code, r.stderr]).toEqual([1, 'x.seq: error: cannot write afile/sub/x.svg: afile is a file, not a folder\n'])
    const md = await lifeline(['md', '--out-dir', 'afile', 'p.md'], dir)
    expect(md.code).toBe(1)
    expect(md.stderr).toMatch(/^p\.md:1:1: error: cannot write afile\/p-[0-9a-f]{10}\.svg: afile is a file, not a folder\n/)
    expect(read(dir, 'afile')).toBe('a file')
  })

  test('an output name taken by a folder', async () => {
    const dir = workdir({ 'x.seq': GOOD, 'x.svg/keep': '' })
    const r = await lifeline(['x.seq'], dir)
    expect([r.code, r.stderr]).toEqual([1, 'x.seq: error: cannot write x.svg: it is a folder\n'])
  })

  test.skipIf(isRoot)('a folder that cannot be made under a read-only one names it (a real EACCES; root may write anywhere)', async () => {
    const dir = workdir({ 'x.seq': GOOD, 'ro/keep': '' })
    chmodSync(join(dir, 'ro'), 0o555)
    const r = await lifeline(['x.seq', '-o', 'ro/sub/x.svg'], dir)
    expect([r.code, r.stderr]).toEqual([1, 'x.seq: error: cannot write ro/sub/x.svg: cannot create the folder ro/sub (permission denied)\n'])
    const into = await lifeline(['x.seq', '-o', 'ro/'], dir)
    expect([into.code, into.stderr]).toEqual([1, 'x.seq: error: cannot write ro/x.svg: the folder ro may not be written (permission denied)\n'])
  })
})
