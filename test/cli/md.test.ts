// `lifeline md`, in process through main(): blocks rendered, links kept, idempotent, --check, --prune.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { workdir } from './spawn.js'
import { run } from './in-process.js'

const DOC = [
  '# Guide',
  '',
  '```lifeline name=signup',
  'title: Sign up',
  'a -> b: hello',
  '```',
  'Text right after.',
  '',
  '- a list item',
  '',
  '  ~~~~seq',
  '  x ->> y: go',
  '  ~~~~',
  '',
  '```js',
  'console.log("not a diagram")',
  '```',
  '',
].join('\n')

const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8')
const svgs = (dir: string, folder = '.'): string[] => readdirSync(join(dir, folder)).filter((f) => f.endsWith('.svg')).sort()

/** DOC as `lifeline md` leaves it: a link after each diagram block (and a blank line before text). */
function linked(doc: string, hashed: string): string {
  return doc
    .replace('```\nText right after.', '```\n\n![Sign up](README-signup.svg)<!-- lifeline md -->\n\nText right after.')
    .replace('  ~~~~\n\n', `  ~~~~\n\n  ![Sequence diagram: x and y](${hashed})<!-- lifeline md -->\n\n`)
}

async function rendered(): Promise<{ dir: string; hashed: string }> {
  const dir = workdir({ 'README.md': DOC })
  const r = await run(['md', 'README.md'], { cwd: dir })
  expect([r.code, r.stderr]).toEqual([0, ''])
  const hashed = svgs(dir).find((f) => f !== 'README-signup.svg') ?? ''
  return { dir, hashed }
}

describe('rendering blocks and linking them', async () => {
  test('each lifeline/seq block gets an SVG and a link after its fence; nothing else changes', async () => {
    const { dir, hashed } = await rendered()
    expect(hashed).toMatch(/^README-[0-9a-f]{10}\.svg$/)
    expect(svgs(dir)).toEqual(['README-signup.svg', hashed].sort())
    expect(read(dir, 'README.md')).toBe(linked(DOC, hashed))
    expect(read(dir, 'README-signup.svg')).toMatch(/^<svg [^\n]*>\n<!-- lifeline md: README.md -->\n<title[^>]*>Sign up<\/title>/)
  })

  test('a second run changes nothing: same bytes, files not even rewritten', async () => {
    const { dir, hashed } = await rendered()
    const before = ['README.md', 'README-signup.svg', hashed].map((f) => [read(dir, f), statSync(join(dir, f)).mtimeMs])
    const r = await run(['md', 'README.md'], { cwd: dir })
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', ''])
    expect(['README.md', 'README-signup.svg', hashed].map((f) => [read(dir, f), statSync(join(dir, f)).mtimeMs])).toEqual(before)
    expect((await run(['md', '--check', 'README.md'], { cwd: dir })).code).toBe(0)
  })

  test('CRLF files keep their line endings and every other byte', async () => {
    const crlf = DOC.replace(/\n/g, '\r\n')
    const dir = workdir({ 'README.md': crlf })
    expect((await run(['md', 'README.md'], { cwd: dir })).code).toBe(0)
    const hashed = svgs(dir).find((f) => f !== 'README-signup.svg') ?? ''
    expect(read(dir, 'README.md')).toBe(linked(DOC, hashed).replace(/\n/g, '\r\n'))
  })

  test('a byte-order mark is kept', async () => {
    const dir = workdir({ 'a.md': '\ufeff# T\n\n```seq\na -> b\n```\n' })
    expect((await run(['md', 'a.md'], { cwd: dir })).code).toBe(0)
    expect(readFileSync(join(dir, 'a.md')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(read(dir, 'a.md')).toMatch(/^\ufeff# T\n\n```seq\na -> b\n```\n\n!\[[^\]]+\]\(a-[0-9a-f]{10}\.svg\)<!-- lifeline md -->\n$/)
  })

  test('two different blocks with one name= is an error for the second', async () => {
    const dir = workdir({ 'a.md': '```seq name=x\na -> b\n```\n\n```seq name=x\nb -> a\n```\n' })
    const r = await run(['md', 'a.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('a.md:5:1: error: another block already renders a-x.svg: give this one its own name=\n    5 | ```seq name=x\n      | ^\n')
    expect(read(dir, 'a-x.svg')).toContain('data-from="a" data-to="b"')
    expect(read(dir, 'a.md').match(/!\[/g)).toHaveLength(1)
  })

  test('adding a block elsewhere renames no SVG', async () => {
    const { dir, hashed } = await rendered()
    writeFileSync(join(dir, 'README.md'), '```lifeline\np -> q: first now\n```\n\n' + read(dir, 'README.md'))
    expect((await run(['md', 'README.md'], { cwd: dir })).code).toBe(0)
    expect(svgs(dir)).toHaveLength(3)
    expect(svgs(dir)).toEqual(expect.arrayContaining(['README-signup.svg', hashed]))
  })

  test('--out-dir puts the SVGs elsewhere and links them relatively', async () => {
    const dir = workdir({ 'docs/guide.md': '```seq\na -> b\n```\n' })
    expect((await run(['md', '--out-dir', 'docs/img', 'docs/guide.md'], { cwd: dir })).code).toBe(0)
    const [svg] = svgs(dir, 'docs/img')
    expect(read(dir, 'docs/guide.md')).toBe(`\`\`\`seq\na -> b\n\`\`\`\n\n![Sequence diagram: a and b](img/${svg})<!-- lifeline md -->\n`)
    expect(read(dir, `docs/img/${svg}`)).toContain('<!-- lifeline md: ../guide.md -->')
  })

  test('outDir from lifeline.config.json, relative to the config file', async () => {
    const dir = workdir({ 'lifeline.config.json': '{ "outDir": "assets" }', 'docs/guide.md': '```seq\na -> b\n```\n' })
    expect((await run(['md', 'docs/guide.md'], { cwd: dir })).code).toBe(0)
    expect(svgs(dir, 'assets')).toHaveLength(1)
    expect(read(dir, 'docs/guide.md')).toContain('](../assets/guide-')
  })
})

describe('keeping up with edits', async () => {
  test('--check changes nothing and lists what is out of date, exit 1', async () => {
    const { dir, hashed } = await rendered()
    const edited = read(dir, 'README.md').replace('a -> b: hello', 'a -> b: hi there').replace('x ->> y: go', 'x ->> y: went')
    writeFileSync(join(dir, 'README.md'), edited)
    const r = await run(['md', '--check', 'README.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^README.md:3: README-signup.svg is out of date\nREADME.md:14: README-[0-9a-f]{10}.svg is missing\nREADME.md:18: the image link is out of date\nREADME-[0-9a-f]{10}.svg: stale: no block in README.md renders it/,
    )
    expect(read(dir, 'README.md')).toBe(edited)
    expect(svgs(dir)).toEqual(['README-signup.svg', hashed].sort())
  })

  test('an edited block gets its link replaced, not duplicated, and its old SVG removed', async () => {
    const { dir, hashed } = await rendered()
    writeFileSync(join(dir, 'README.md'), read(dir, 'README.md').replace('x ->> y: go', 'x ->> y: went'))
    expect((await run(['md', 'README.md'], { cwd: dir })).code).toBe(0)
    const out = read(dir, 'README.md')
    expect(out.match(/!\[/g)).toHaveLength(2)
    expect(existsSync(join(dir, hashed))).toBe(false)
    expect(svgs(dir)).toHaveLength(2)
  })

  test('a deleted block leaves a stale SVG: reported, failed by --check, removed by --prune; other SVGs untouched', async () => {
    const { dir, hashed } = await rendered()
    writeFileSync(join(dir, 'README-logo.svg'), '<svg/>') // looks like ours, but carries no marker
    writeFileSync(join(dir, 'README.md'), read(dir, 'README.md').replace(/- a list item[^]*?go\n {2}~~~~\n\n.*\n/, ''))
    const r = await run(['md', 'README.md'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(`${hashed}: warning: stale: no block in README.md renders it (lifeline md --prune removes it)\n`)
    expect((await run(['md', '--check', 'README.md'], { cwd: dir })).code).toBe(1)
    expect((await run(['md', '--prune', 'README.md'], { cwd: dir })).stdout).toBe(`removed ${hashed}\n`)
    expect(svgs(dir)).toEqual(['README-logo.svg', 'README-signup.svg'])
    expect((await run(['md', '--check', 'README.md'], { cwd: dir })).code).toBe(0)
  })

  test('a block with errors: Markdown line numbers, exit 1, its old SVG and link kept, other blocks still done', async () => {
    const { dir } = await rendered()
    const svgBefore = read(dir, 'README-signup.svg')
    const broken = read(dir, 'README.md').replace('a -> b: hello', 'a -> b: hello\nweb db: x').replace('x ->> y: go', 'x ->> y: went')
    writeFileSync(join(dir, 'README.md'), broken)
    const r = await run(['md', 'README.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe("README.md:6:5: error: expected an arrow (->, ->> or -->) after 'web'\n    6 | web db: x\n      |     ^~\n")
    expect(read(dir, 'README-signup.svg')).toBe(svgBefore)
    expect(read(dir, 'README.md')).toContain('![Sign up](README-signup.svg)')
    expect(read(dir, 'README.md')).not.toBe(broken) // the good block's link was refreshed
  })

  test('an unnamed block with errors keeps its old SVG: not stale, not removed, even with --prune', async () => {
    const { dir, hashed } = await rendered()
    const broken = read(dir, 'README.md').replace('x ->> y: go', 'x ->> y: go\n  web db: x')
    writeFileSync(join(dir, 'README.md'), broken)
    const r = await run(['md', '--prune', 'README.md'], { cwd: dir })
    expect([r.code, r.stdout]).toEqual([1, ''])
    expect(r.stderr).toBe("README.md:16:7: error: expected an arrow (->, ->> or -->) after 'web'\n   16 |   web db: x\n      |       ^~\n")
    expect(existsSync(join(dir, hashed))).toBe(true)
    expect(read(dir, 'README.md')).toBe(broken)
  })

  test('diagnostics inside an indented block point at the right column', async () => {
    const dir = workdir({ 'a.md': '1. step\n\n   ```lifeline\n   a -> b\n   web db: x\n   ```\n' })
    const r = await run(['md', 'a.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('a.md:5:8: error:')
    expect(read(dir, 'a.md')).toBe('1. step\n\n   ```lifeline\n   a -> b\n   web db: x\n   ```\n')
  })

  test('a missing Markdown file is one line and exit 1', async () => {
    const r = await run(['md', 'nope.md'], { cwd: workdir() })
    expect([r.code, r.stderr]).toEqual([1, 'nope.md: error: no such file\n'])
  })
})
