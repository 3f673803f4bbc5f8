// The command line's edges for CI users, in process through main(argv, io): '-o -', output
// formats, no input, a misspelt command, colour, the progress bar, CRLF files for fmt, and
// patterns for every command.
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runMain } from './in-process.js'
import { GOOD, workdir } from './spawn.js'

const WARNING = 'a -> b { delay: 1; delay: 2 }\n'
const INVALID = 'a -> b: fine\n-> c\n'

describe("'-o -' is standard output", () => {
  test('a file to standard output, and no file named -', async () => {
    const dir = workdir({ 'd.seq': GOOD })
    const r = await runMain(['d.seq', '-o', '-'], { cwd: dir })
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(/^<svg [^]*<\/svg>\n$/)
    expect(readdirSync(dir).sort()).toEqual(['d.seq'])
  })

  test('standard input to standard output, PNG too', async () => {
    const dir = workdir()
    const r = await runMain(['-', '-o', '-', '--format', 'png'], { cwd: dir, input: GOOD })
    expect(r.code).toBe(0)
    expect(r.stdoutBytes.subarray(1, 4).toString()).toBe('PNG')
    expect(readdirSync(dir)).toEqual([])
  })

  test('several inputs cannot share standard output', async () => {
    const dir = workdir({ 'a.seq': GOOD, 'b.seq': GOOD })
    const r = await runMain(['a.seq', 'b.seq', '-o', '-'], { cwd: dir })
    expect([r.code, r.stderr]).toEqual([2, 'lifeline: -o - (standard output) takes one input, but there are 2\n'])
    expect(existsSync(join(dir, '-'))).toBe(false)
  })
})

test.each(['diagram.pdf', 'diagram.jpg', 'out.SEQ'])('-o %s is a usage error naming the formats, and writes nothing', async (output) => {
  const dir = workdir({ 'd.seq': GOOD })
  const r = await runMain(['d.seq', '-o', output], { cwd: dir })
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(/^lifeline: -o .*: Lifeline writes \.svg or \.png files, not \.\w+\n$/)
  expect(readdirSync(dir)).toEqual(['d.seq'])
})

describe('no input is a usage error', () => {
  test.each([
    { args: [], command: 'lifeline' },
    { args: ['-'], command: 'lifeline' },
    { args: ['check'], command: 'lifeline check' },
    { args: ['fmt', '-'], command: 'lifeline fmt' },
  ])('$args with closed standard input', async ({ args, command }) => {
    const r = await runMain(args, { cwd: workdir() })
    expect([r.code, r.stdout]).toEqual([2, ''])
    expect(r.stderr).toBe(`${command}: no input: standard input is empty (pass a file, or pipe a diagram in)\n`)
  })
})

describe('a misspelt command', () => {
  test('chek → did you mean check, exit 2', async () => {
    const r = await runMain(['chek', 'a.seq'], { cwd: workdir({ 'a.seq': GOOD }) })
    expect([r.code, r.stderr]).toEqual([2, "lifeline: 'chek' is neither a file nor a command (did you mean 'check'?)\n"])
  })

  test('a file that exists under such a name is rendered', async () => {
    const dir = workdir({ fmtt: GOOD })
    const r = await runMain(['fmtt', '-o', 'x.svg'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(existsSync(join(dir, 'x.svg'))).toBe(true)
  })

  test('a word far from every command is just a missing file', async () => {
    const r = await runMain(['diagram'], { cwd: workdir() })
    expect([r.code, r.stderr]).toEqual([1, 'diagram: error: no such file\n'])
  })
})

describe('colour', () => {
  const dir = workdir({ 'bad.seq': INVALID })
  const coloured = (stderr: string) => /\x1b\[1;31merror:\x1b\[0m/.test(stderr) && /\x1b\[1;32m *\^/.test(stderr)
  test.each([
    { name: 'a terminal', stderrIsTTY: true, env: {}, want: true },
    { name: 'a pipe', stderrIsTTY: false, env: {}, want: false },
    { name: 'a terminal with NO_COLOR', stderrIsTTY: true, env: { NO_COLOR: '1' }, want: false },
    { name: 'a terminal with TERM=dumb', stderrIsTTY: true, env: { TERM: 'dumb' }, want: false },
    { name: 'a pipe with FORCE_COLOR', stderrIsTTY: false, env: { FORCE_COLOR: '1' }, want: true },
    { name: 'FORCE_COLOR over NO_COLOR', stderrIsTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, want: true },
    { name: 'a terminal with FORCE_COLOR=0', stderrIsTTY: true, env: { FORCE_COLOR: '0' }, want: false },
  ])('$name: $want', async ({ stderrIsTTY, env, want }) => {
    for (const args of [['bad.seq'], ['check', 'bad.seq'], ['fmt', '--check', 'bad.seq']]) {
      const r = await runMain(args, { cwd: dir, stderrIsTTY, env })
      expect(r.code).toBe(1)
      expect(coloured(r.stderr), args.join(' ')).toBe(want)
      expect(r.stderr.replace(/\x1b\[[\d;]*m/g, '')).toContain('bad.seq:2:1: error:')
    }
  })

  test('a warning is yellow', async () => {
    const r = await runMain(['check', '-'], { cwd: workdir(), input: WARNING, stderrIsTTY: true })
    expect(r.stderr).toContain('\x1b[1;33mwarning:\x1b[0m')
  })
})

describe('the progress bar', () => {
  const many = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`d${i}.seq`, GOOD]))
  test.each([
    { name: 'a terminal', env: {}, want: true },
    { name: 'TERM=dumb', env: { TERM: 'dumb' }, want: false },
    { name: 'CI', env: { CI: 'true' }, want: false },
  ])('$name: $want', async ({ env, want }) => {
    const r = await runMain(['*.seq', '-o', 'out/'], { cwd: workdir(many), stderrIsTTY: true, env })
    expect(r.code).toBe(0)
    expect(r.stderr.includes('3/3 diagrams')).toBe(want)
    expect(r.stderr.endsWith('rendered 3 of 3 diagrams\n')).toBe(true)
  })
})

describe('fmt keeps CRLF line endings', () => {
  const messy = 'a->b:  hi\r\nb-->a: ok   # reply\r\n'
  test('a CRLF file is rewritten with CRLF and no blank lines added', async () => {
    const dir = workdir({ 'w.seq': messy })
    expect((await runMain(['fmt', 'w.seq'], { cwd: dir })).code).toBe(0)
    const text = readFileSync(join(dir, 'w.seq'), 'utf8')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    expect(text).toBe((await runMain(['fmt', '-'], { cwd: dir, input: messy.replace(/\r\n/g, '\n') })).stdout.replace(/\n/g, '\r\n'))
    expect(text).not.toMatch(/\r\n\r\n/)
  })

  test('fmt --check passes a canonical CRLF file', async () => {
    const canonical = (await runMain(['fmt', '-'], { cwd: workdir(), input: messy })).stdout
    expect(canonical).toMatch(/\r\n$/)
    const r = await runMain(['fmt', '--check', 'c.seq'], { cwd: workdir({ 'c.seq': canonical }) })
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', ''])
  })
})

describe('patterns for every command', () => {
  const files = { 'docs/a.seq': GOOD, 'docs/b.seq': INVALID, 'docs/r.md': '# R\n\n```lifeline\na -> b\n```\n' }
  test('check, fmt --check and md --check expand their patterns', async () => {
    const dir = workdir(files)
    const check = await runMain(['check', 'docs/*.seq'], { cwd: dir })
    expect([check.code, check.stderr]).toEqual([1, expect.stringContaining('docs/b.seq:2:1: error:')])
    expect(check.stderr).not.toContain('no such file')
    const fmt = await runMain(['fmt', '--check', 'docs/*.seq'], { cwd: dir })
    expect(fmt.stderr).toContain('docs/b.seq: not formatted')
    const md = await runMain(['md', '--check', 'docs/*.md'], { cwd: dir })
    expect([md.code, md.stdout]).toEqual([1, expect.stringContaining('docs/r.md:3: ')])
  })

  test('a pattern that matches nothing fails the command; a bad one is a usage error', async () => {
    const dir = workdir(files)
    const none = await runMain(['check', 'nothing/*.seq'], { cwd: dir })
    expect([none.code, none.stderr]).toEqual([1, 'nothing/*.seq: error: no files match this pattern\n'])
    for (const command of [[], ['check'], ['fmt'], ['md']]) {
      const r = await runMain([...command, '[z-a]*.seq'], { cwd: dir })
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('[z-a]*.seq: [z-a] is not a valid character class')])
    }
  })

  test('** does not loop through a symbolic link to an ancestor', async () => {
    const dir = workdir(files)
    mkdirSync(join(dir, 'docs/sub'))
    writeFileSync(join(dir, 'docs/sub/c.seq'), GOOD)
    symlinkSync('..', join(dir, 'docs/sub/up'))
    symlinkSync('.', join(dir, 'docs/here'))
    const r = await runMain(['check', '--diagnostics', 'json', 'docs/**/*.seq'], { cwd: dir })
    const reported = (JSON.parse(r.stdout) as { file: string }[]).map((d) => d.file)
    expect([...new Set(reported)]).toEqual(['docs/b.seq'])
    const fmt = await runMain(['fmt', '--check', '**/*.seq'], { cwd: dir })
    expect(fmt.stderr.match(/not formatted/g)).toHaveLength(1)
  })
})
