// Pattern expansion (src/cli/glob.ts) on a real folder: bash's matching rules, symbolic links
// to folders never entered by wildcards (loops included), bad and oversized patterns refused
// with a reason, Windows spellings normalised.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { expandPattern, MAX_BRACE_GROUPS, normalisePattern, patternProblem } from '../../src/cli/glob.js'

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-glob-'))
  for (const file of ['a.seq', 'a.b.seq', '.hidden.seq', 'd01.seq', 'a+(b).seq', 'x/b.seq', 'x/y/c.seq', 'real/r.seq', 'c.txt', 'node_modules/p/n.seq', 'x/node_modules/q.seq']) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), '')
  }
  // Two loops, a link to a folder and a link to a file.
  symlinkSync('.', join(dir, 'x/loop'))
  symlinkSync('..', join(dir, 'x/y/up'))
  symlinkSync('real', join(dir, 'linked'))
  symlinkSync('a.seq', join(dir, 'alias.seq'))
  return dir
}

describe('glob patterns', () => {
  const dir = tree()
  const files = async (pattern: string) => {
    const r = await expandPattern(pattern, dir)
    if (!r.ok) throw new Error(r.problem)
    return r.files
  }

  test.each([
    { pattern: '*.seq', want: ['a+(b).seq', 'a.b.seq', 'a.seq', 'alias.seq', 'd01.seq'] },
    { pattern: '.*.seq', want: ['.hidden.seq'] },
    { pattern: 'd??.seq', want: ['d01.seq'] },
    { pattern: '[ab]*.seq', want: ['a+(b).seq', 'a.b.seq', 'a.seq', 'alias.seq'] },
    { pattern: '[!ab]*.seq', want: ['d01.seq'] },
    { pattern: 'a+(b).seq', want: ['a+(b).seq'] },
    { pattern: '{x,real}/*.seq', want: ['real/r.seq', 'x/b.seq'] },
    { pattern: './x/*.seq', want: ['x/b.seq'] },
  ])('$pattern', async ({ pattern, want }) => {
    expect(await files(pattern)).toEqual(want)
  })

  test('** reaches every depth and never enters a link to a folder, so link loops end', async () => {
    expect(await files('**/*.seq')).toEqual(['a+(b).seq', 'a.b.seq', 'a.seq', 'alias.seq', 'd01.seq', 'real/r.seq', 'x/b.seq', 'x/y/c.seq'])
    expect(await files('x/**/*.seq')).toEqual(['x/b.seq', 'x/y/c.seq'])
  })

  test('wildcards never walk into node_modules; a pattern that names it does', async () => {
    expect((await files('**/*.seq')).filter((f) => f.includes('node_modules'))).toEqual([])
    expect(await files('node_modules/**/*.seq')).toEqual(['node_modules/p/n.seq'])
  })

  test('a folder named literally may be a link', async () => {
    expect(await files('linked/*.seq')).toEqual(['linked/r.seq'])
  })

  test('an absolute pattern gives absolute paths', async () => {
    expect(await files(join(dir, 'x', '*.seq'))).toEqual([join(dir, 'x', 'b.seq')])
  })

  test.each([
    { pattern: '[z-a]*.seq', problem: '[z-a] is not a valid character class' },
    { pattern: `${'{a,b}'.repeat(MAX_BRACE_GROUPS + 6)}.seq`, problem: `${MAX_BRACE_GROUPS + 6} {...} groups` },
    { pattern: `${'*'.repeat(2000)}.seq`, problem: 'longer than 1024 characters' },
  ])('refused before matching: $problem', async ({ pattern, problem }) => {
    expect(patternProblem(pattern)).toContain(problem)
    const r = await expandPattern(pattern, dir)
    expect(r.ok ? '' : r.problem).toContain(problem)
  })

  test.each([
    { platform: 'win32', pattern: 'docs\\**\\*.seq', want: 'docs/**/*.seq' },
    { platform: 'win32', pattern: 'c:\\work\\*.seq', want: 'C:/work/*.seq' },
    { platform: 'linux', pattern: 'docs\\*.seq', want: 'docs\\*.seq' },
    { platform: 'linux', pattern: 'docs\\sub\\x.seq', want: 'docs/sub/x.seq' },
    { platform: 'linux', pattern: 'd:\\x\\y.seq', want: 'D:/x/y.seq' },
  ] as const)('$platform: $pattern → $want', ({ platform, pattern, want }) => {
    expect(normalisePattern(pattern, platform)).toBe(want)
  })
})
