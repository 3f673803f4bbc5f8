// `lifeline md` and a ```lifeline fence never closed: CommonMark runs it to the end of the file,
// as every renderer shows it, so it is rendered, closed before its link, and warned about at
// the fence's line; --strict makes the warning fail, as every warning. One that ends with its
// list item or blockquote cannot be rendered in place: an error at its line.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { run } from './in-process.js'
import { workdir } from './spawn.js'

const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8')
const WARNING = "this fence is never closed, so it runs to the end of the file: lifeline md closes it (```) before the picture's link"

describe('a fence never closed', () => {
  test('at the end of the page: rendered, closed before its link, a warning at its line, exit 0', async () => {
    const dir = workdir({ 'a.md': '# A\n\n```lifeline name=end\na -> b: hi\n' })
    const r = await run(['md', 'a.md'], { cwd: dir })
    expect(r.stderr).toContain(`a.md:3:1: warning: ${WARNING}`)
    expect(r.code).toBe(0)
    expect(read(dir, 'a.md')).toBe('# A\n\n```lifeline name=end\na -> b: hi\n```\n\n![Sequence diagram: a and b](a-end.svg)<!-- lifeline md -->\n')
    expect(read(dir, 'a-end.svg')).toMatch(/^<svg /)
    // Closed now: the second run changes nothing and warns no more.
    const again = await run(['md', 'a.md'], { cwd: dir })
    expect([again.code, again.stderr]).toEqual([0, ''])
    expect((await run(['md', '--check', 'a.md'], { cwd: dir })).code).toBe(0)
  })

  test('in a blockquote, without a last line break: closed inside the blockquote', async () => {
    const dir = workdir({ 'a.md': '> ```lifeline name=q\n> a -> b' })
    expect((await run(['md', 'a.md'], { cwd: dir })).code).toBe(0)
    expect(read(dir, 'a.md')).toBe('> ```lifeline name=q\n> a -> b\n> ```\n>\n> ![Sequence diagram: a and b](a-q.svg)<!-- lifeline md -->')
  })

  test('with --strict the warning fails: nothing is written, exit 1', async () => {
    const page = '```lifeline\na -> b\n'
    const dir = workdir({ 'a.md': page })
    const r = await run(['md', '--strict', 'a.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`a.md:1:1: warning: ${WARNING}`)
    expect(read(dir, 'a.md')).toBe(page)
    expect(readdirSync(dir).filter((f) => f.endsWith('.svg'))).toEqual([])
  })

  test('ended by its blockquote: an error at its line, the page left as it is', async () => {
    const page = 'x\n\n> ```lifeline name=q\n> a -> b\n\nafter\n'
    const dir = workdir({ 'a.md': page })
    const r = await run(['md', 'a.md'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('a.md:3:3: error: this fence is never closed, so it ends with the list item or blockquote it is in: close it with ``` to render it')
    expect(read(dir, 'a.md')).toBe(page)
    expect(existsSync(join(dir, 'a-q.svg'))).toBe(false)
  })
})
