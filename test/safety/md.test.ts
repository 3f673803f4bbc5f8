// `lifeline md` touches only what it wrote: fences found as a CommonMark renderer finds them,
// links and SVGs recognised by their markers, other people's files refused, and a Markdown
// file edited meanwhile left alone. In process, in temporary folders.
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseXml } from '../helpers.js'
import { runMain, scratch } from './in-process.js'

const BLOCK = '```lifeline\na -> b: hi\n```\n'
const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8')
const svgs = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.svg')).sort()
const isRoot = process.getuid?.() === 0
const LINK = /!\[[^\]]*\]\(([^)]+)\)<!-- lifeline md -->/g

describe('fences as a CommonMark renderer sees them', () => {
  test('a fence inside a blockquote is rendered, and its link stays inside the quote', async () => {
    const text = '> Quoted:\n>\n> ```lifeline\n> a -> b: hi\n> ```\n> After.\n\nOutside.\n'
    const dir = scratch({ 'q.md': text })
    const r = await runMain(['md', join(dir, 'q.md')], { cwd: dir })
    expect([r.code, r.stderr]).toEqual([0, ''])
    const [svg] = svgs(dir)
    expect(read(dir, 'q.md')).toBe(`> Quoted:\n>\n> \`\`\`lifeline\n> a -> b: hi\n> \`\`\`\n>\n> ![Sequence diagram: a and b](${svg})<!-- lifeline md -->\n>\n> After.\n\nOutside.\n`)
    expect((await runMain(['md', '--check', join(dir, 'q.md')], { cwd: dir })).code).toBe(0)
  })

  test('a fence inside an indented code block or an HTML comment is not a block: no byte changes', async () => {
    const text = 'Code:\n\n    ```lifeline\n    a -> b\n    ```\n\n<!--\n```lifeline\nc -> d\n```\n-->\n'
    const dir = scratch({ 'c.md': text })
    const r = await runMain(['md', join(dir, 'c.md')], { cwd: dir })
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', ''])
    expect(read(dir, 'c.md')).toBe(text)
    expect(svgs(dir)).toEqual([])
  })

  test('a diagnostic inside a quoted block points at the Markdown column', async () => {
    const dir = scratch({ 'q.md': '> ```lifeline\n> a -> b\n> web db: x\n> ```\n' })
    const r = await runMain(['md', join(dir, 'q.md')], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'q.md')}:3:7: error:`)
    expect(r.stderr).toContain('    3 | > web db: x\n      |       ^~\n')
  })
})

describe('only what Lifeline wrote is replaced', () => {
  test("a user's own image link right after a block is kept; the diagram's link goes before it", async () => {
    const dir = scratch({ 'd.md': `${BLOCK}![shot](d-shot.svg)\n`, 'd-shot.svg': '<svg>my screenshot</svg>' })
    expect((await runMain(['md', join(dir, 'd.md')], { cwd: dir })).code).toBe(0)
    const out = read(dir, 'd.md')
    expect(out).toMatch(/^```lifeline\na -> b: hi\n```\n\n!\[[^\]]*\]\(d-[0-9a-f]{10}\.svg\)<!-- lifeline md -->\n\n!\[shot\]\(d-shot\.svg\)\n$/)
    expect(read(dir, 'd-shot.svg')).toBe('<svg>my screenshot</svg>')
    const again = await runMain(['md', join(dir, 'd.md')], { cwd: dir })
    expect([again.code, again.stdout]).toEqual([0, ''])
  })

  test('a link written before links had a marker is recognised and upgraded, not duplicated', async () => {
    const dir = scratch({ 'd.md': '```lifeline name=x\na -> b: hi\n```\n\n![old alt](d-x.svg)\n' })
    expect((await runMain(['md', join(dir, 'd.md')], { cwd: dir })).code).toBe(0)
    expect(read(dir, 'd.md')).toBe('```lifeline name=x\na -> b: hi\n```\n\n![Sequence diagram: a and b](d-x.svg)<!-- lifeline md -->\n')
  })

  test("a block named like a hand-made SVG (no marker) is refused; the file is kept", async () => {
    const dir = scratch({ 'd.md': '```lifeline name=logo\na -> b\n```\n', 'd-logo.svg': '<svg>hand-made logo</svg>' })
    const r = await runMain(['md', join(dir, 'd.md')], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'd.md')}:1:1: error: d-logo.svg was not written by lifeline md: give this block another name=, or move that file\n`)
    expect(read(dir, 'd-logo.svg')).toBe('<svg>hand-made logo</svg>')
    expect(read(dir, 'd.md')).toBe('```lifeline name=logo\na -> b\n```\n')
  })

  test('a block whose SVG name is a symbolic link, even a dangling one, is refused; nothing is written through it', async () => {
    const dir = scratch({ 'repo/t.md': '```lifeline name=b\na -> b\n```\n\n```lifeline name=c\nc -> d\n```\n' })
    const repo = join(dir, 'repo')
    symlinkSync(join(dir, 'outside.svg'), join(repo, 't-b.svg'))
    const r = await runMain(['md', 't.md'], { cwd: repo })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('t.md:1:1: error: cannot write t-b.svg: it is a symbolic link, and lifeline writes no output through one (remove the link, or write elsewhere)\n')
    expect(existsSync(join(dir, 'outside.svg'))).toBe(false)
    expect(lstatSync(join(repo, 't-b.svg')).isSymbolicLink()).toBe(true)
    expect(r.stdout).toBe('wrote t-c.svg\nupdated t.md\n') // the other block is rendered and linked
  })

  test('two Markdown files with one block name into one --out-dir: refused in one run and across runs', async () => {
    const dir = scratch({ 'a/README.md': '```seq name=x\na -> b\n```\n', 'b/README.md': '```seq name=x\nb -> a\n```\n' })
    const out = join(dir, 'img')
    const both = await runMain(['md', '--out-dir', out, join(dir, 'a/README.md'), join(dir, 'b/README.md')], { cwd: dir })
    expect(both.code).toBe(1)
    expect(both.stderr).toContain(`error: a block of ${join(dir, 'a/README.md')} already renders ${join(out, 'README-x.svg')}`)
    const first = read(dir, 'img/README-x.svg')
    expect(first).toContain('data-from="a"')
    const later = await runMain(['md', '--out-dir', out, join(dir, 'b/README.md')], { cwd: dir })
    expect(later.code).toBe(1)
    expect(later.stderr).toContain('is the picture of another Markdown file (../a/README.md): give this block another name=')
    expect(read(dir, 'img/README-x.svg')).toBe(first)
  })

  test('an edit made while md runs is never lost: the Markdown file is left alone, exit 1', async () => {
    const dir = scratch({ 'd.md': BLOCK })
    const file = join(dir, 'd.md')
    let reads = 0
    const r = await runMain(['md', file], {
      cwd: dir,
      io: {
        readFile: async (path) => {
          const bytes = readFileSync(path)
          if (path === file && reads++ === 0) writeFileSync(file, `${BLOCK}\nA line typed meanwhile.\n`)
          return bytes
        },
      },
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`${file}: error: it changed while lifeline md ran, so its links were not updated: run lifeline md again\n`)
    expect(read(dir, 'd.md')).toBe(`${BLOCK}\nA line typed meanwhile.\n`)
  })
})

describe('the Markdown file is rewritten as what it is', () => {
  test('its mode is kept and a symbolic link is written through', async () => {
    const dir = scratch({ 'real/d.md': BLOCK })
    chmodSync(join(dir, 'real/d.md'), 0o600)
    symlinkSync('real/d.md', join(dir, 'link.md'))
    expect((await runMain(['md', '--out-dir', dir, join(dir, 'link.md')], { cwd: dir })).code).toBe(0)
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true)
    expect(read(dir, 'real/d.md')).toMatch(LINK)
    expect(statSync(join(dir, 'real/d.md')).mode & 0o777).toBe(0o600)
  })

  test('a read-only Markdown file is refused in one line before any SVG is written (even as root)', async () => {
    const dir = scratch({ 'd.md': BLOCK })
    chmodSync(join(dir, 'd.md'), 0o444)
    const r = await runMain(['md', 'd.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('d.md: error: cannot write d.md: it is read-only (make it writable to let lifeline replace it), so none of its SVGs was written\n')
    expect([r.stdout, svgs(dir)]).toEqual(['', []])
    expect(read(dir, 'd.md')).toBe(BLOCK)
  })

  test('a read-only Markdown file whose links are up to date only needs its SVGs: they are written', async () => {
    const dir = scratch({ 'd.md': '```lifeline name=x\na -> b: hi\n```\n' })
    expect((await runMain(['md', 'd.md'], { cwd: dir })).code).toBe(0)
    writeFileSync(join(dir, 'd-x.svg'), read(dir, 'd-x.svg').replace('hi', 'old'))
    chmodSync(join(dir, 'd.md'), 0o444)
    const r = await runMain(['md', 'd.md'], { cwd: dir })
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'wrote d-x.svg\n', ''])
  })

  test('an out-of-date SVG that is read-only refuses its block, and the others are written (even as root)', async () => {
    const dir = scratch({ 'd.md': '```lifeline name=x\na -> b\n```\n```lifeline name=y\nb -> a\n```\n' })
    expect((await runMain(['md', 'd.md'], { cwd: dir })).code).toBe(0)
    writeFileSync(join(dir, 'd.md'), read(dir, 'd.md').replace('a -> b', 'a -> b: new').replace('b -> a', 'b -> a: new'))
    chmodSync(join(dir, 'd-x.svg'), 0o444)
    const r = await runMain(['md', 'd.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('d.md:1:1: error: cannot write d-x.svg: it is read-only (make it writable to let lifeline replace it)\n')
    expect(r.stdout).toBe('wrote d-y.svg\n')
    expect(read(dir, 'd-x.svg')).not.toContain('new')
  })

  test.skipIf(isRoot)('--out-dir into a folder that may not be written names that folder, and nothing is written (a real EACCES)', async () => {
    const dir = scratch({ 'p.md': BLOCK, 'img/keep': '' })
    chmodSync(join(dir, 'img'), 0o555)
    const r = await runMain(['md', '--out-dir', 'img', 'p.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^p\.md:1:1: error: cannot write img\/p-[0-9a-f]{10}\.svg: the folder img may not be written \(permission denied\)\n/)
    expect(read(dir, 'p.md')).toBe(BLOCK)
  })
})

describe('the marker comment', () => {
  test.each(['ctl\u0001name', 'dash--es-', 'per%cent', 'tab\tand\u007fdel'])('is well-formed XML for a Markdown file named %j', async (stem) => {
    const dir = scratch({ [`${stem}.md`]: BLOCK })
    expect((await runMain(['md', join(dir, `${stem}.md`)], { cwd: dir })).code).toBe(0)
    const [svg] = svgs(dir)
    const text = read(dir, svg ?? '')
    expect(() => parseXml(text)).not.toThrow()
    expect(existsSync(join(dir, svg ?? ''))).toBe(true)
    expect((await runMain(['md', '--check', join(dir, `${stem}.md`)], { cwd: dir })).code).toBe(0)
  })
})
