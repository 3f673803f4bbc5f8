// Where outputs land, for every command that writes (render, PNG, md, import), in process
// through main() in folders of the test's own: a folder is made only when a file is written
// into it, a write that fails says which path and why in words, an empty output path is a
// usage error, and import replaces an existing file only when told to.
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs'
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

describe('an empty output path is a usage error', () => {
  test.each([
    [['x.seq', '-o', '']],
    [['x.seq', '--output=']],
    [['import', 'f.mmd', '-o', '']],
    [['md', '--out-dir', '', 'p.md']],
  ])('%j', async (args) => {
    const dir = workdir({ 'x.seq': GOOD, 'f.mmd': MERMAID, 'p.md': '```lifeline\na -> b\n```\n' })
    const r = await lifeline(args, dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('the path is empty: name a file or a folder')
    expect(readdirSync(dir).sort()).toEqual(['f.mmd', 'p.md', 'x.seq'])
  })
})

describe('lifeline import replaces an existing file only when told to', () => {
  const HAND = '# my handwritten diagram\n'

  test('a .seq beside the input, or in an -o folder, is refused by name; --force or -o naming it replaces it', async () => {
    const dir = workdir({ 'a.mmd': MERMAID, 'a.seq': HAND, 'out/a.seq': HAND })
    const refused = `a.mmd: error: a.seq already exists, and lifeline import replaces a file only when told to: pass --force to replace it, or -o to write elsewhere\n`
    const r = await lifeline(['import', 'a.mmd'], dir)
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', refused])
    const folder = await lifeline(['import', 'a.mmd', '-o', 'out/'], dir)
    expect([folder.code, folder.stderr]).toEqual([1, refused.replace(' a.seq', ` ${join('out', 'a.seq')}`)])
    expect([read(dir, 'a.seq'), read(dir, 'out/a.seq')]).toEqual([HAND, HAND])
    expect(await lifeline(['import', 'a.mmd', '--force'], dir)).toMatchObject({ code: 0, stdout: 'wrote a.seq\n' })
    expect(await lifeline(['import', 'a.mmd', '-o', 'out/a.seq'], dir)).toMatchObject({ code: 0, stdout: 'wrote out/a.seq\n' })
    expect([read(dir, 'a.seq'), read(dir, 'out/a.seq')]).toEqual(['Alice -> Bob: hi\n', 'Alice -> Bob: hi\n'])
  })

  test('one refused input does not stop the others', async () => {
    const dir = workdir({ 'a.mmd': MERMAID, 'b.mmd': MERMAID, 'a.seq': HAND })
    const r = await lifeline(['import', 'a.mmd', 'b.mmd'], dir)
    expect([r.code, r.stdout]).toEqual([1, 'wrote b.seq\n'])
    expect(read(dir, 'a.seq')).toBe(HAND)
  })

  test('a Markdown page: converted in place as always, but a copy in an -o folder does not replace a page there', async () => {
    const page = '# Flow\n\n```mermaid\nsequenceDiagram\n  Alice->>Bob: hi\n```\n'
    const dir = workdir({ 'p.md': page, 'out/p.md': '# my own page\n' })
    const copy = await lifeline(['import', 'p.md', '-o', 'out/'], dir)
    expect(copy.code).toBe(1)
    expect(copy.stderr).toContain(`${join('out', 'p.md')} already exists`)
    expect(read(dir, 'out/p.md')).toBe('# my own page\n')
    expect((await lifeline(['import', 'p.md', '-o', 'out/', '--force'], dir)).code).toBe(0)
    expect(read(dir, 'out/p.md')).toContain('```lifeline\nAlice -> Bob: hi\n```')
    expect((await lifeline(['import', 'p.md'], dir)).code).toBe(0)
    expect(read(dir, 'p.md')).toContain('```lifeline\n')
  })

  test('standard input into an -o folder that already holds diagram.seq', async () => {
    const dir = workdir({ 'out/diagram.seq': HAND })
    const r = await lifeline(['import', '-', '-o', 'out/'], dir, MERMAID)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join('out', 'diagram.seq')} already exists`)
    expect(read(dir, 'out/diagram.seq')).toBe(HAND)
  })
})

describe('a page rewritten in place', () => {
  test('a read-only page converted in place is one line, and the other inputs are still imported (even as root)', async () => {
    const page = '```mermaid\nsequenceDiagram\n  Alice->>Bob: hi\n```\n'
    const dir = workdir({ 'ro.md': page, 'f.mmd': MERMAID })
    chmodSync(join(dir, 'ro.md'), 0o444)
    const r = await lifeline(['import', 'ro.md', 'f.mmd'], dir)
    expect([r.code, r.stdout]).toEqual([1, 'wrote f.seq\n'])
    expect(r.stderr).toBe('ro.md: error: cannot write ro.md: it is read-only (make it writable to let lifeline replace it)\n')
    expect(read(dir, 'ro.md')).toBe(page)
  })
})
