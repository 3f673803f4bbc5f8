// End to end: the real binary, spawned as a user would run it (npm test builds it first).
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BAD, GOOD, workdir } from './spawn.js'
import { run } from './in-process.js'

describe('rendering files', () => {
  test('diagram.seq writes diagram.svg beside it', async () => {
    const dir = workdir({ 'diagram.seq': GOOD })
    const r = await run(['diagram.seq'], { cwd: dir })
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(readFileSync(join(dir, 'diagram.svg'), 'utf8')).toMatch(/^<svg /)
    expect(readFileSync(join(dir, 'diagram.seq'), 'utf8')).toBe(GOOD)
  })

  test('-o names the output of one input', async () => {
    const dir = workdir({ 'a.seq': GOOD })
    expect((await run(['a.seq', '-o', 'out.svg'], { cwd: dir })).code).toBe(0)
    expect(existsSync(join(dir, 'out.svg'))).toBe(true)
  })

  test('-o dir/ takes several inputs', async () => {
    const dir = workdir({ 'a.seq': GOOD, 'b.seq': GOOD })
    expect((await run(['a.seq', 'b.seq', '-o', 'out/'], { cwd: dir })).code).toBe(0)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.svg', 'b.svg'])
  })

  test('-o file with several inputs is a usage error', async () => {
    const dir = workdir({ 'a.seq': GOOD, 'b.seq': GOOD })
    const r = await run(['a.seq', 'b.seq', '-o', 'one.svg'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("give a folder ending in '/'")
  })

  test('stdin to stdout, with - or with piped input and no file', async () => {
    for (const args of [['-'], []]) {
      const r = await run(args, { input: GOOD })
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/^<svg [^]*<\/svg>\n$/)
    }
  })
})

describe('errors', () => {
  test('GNU-style errors with the source line and a caret, all in one run, exit 1', async () => {
    const dir = workdir({ 'bad.seq': BAD })
    const r = await run(['bad.seq'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      "bad.seq:2:5: error: expected an arrow (->, ->> or -->) after 'web'\n" +
        '    2 | web db: x\n' +
        '      |     ^~\n' +
        "bad.seq:3:1: error: expected a participant name before '->'\n" +
        '    3 | -> c\n' +
        '      | ^~\n',
    )
  })

  test('bad input leaves no output file, and never touches an existing one', async () => {
    const dir = workdir({ 'bad.seq': BAD, 'bad.svg': 'previous' })
    expect((await run(['bad.seq'], { cwd: dir })).code).toBe(1)
    expect(readFileSync(join(dir, 'bad.svg'), 'utf8')).toBe('previous')
    expect(readdirSync(dir).sort()).toEqual(['bad.seq', 'bad.svg'])
  })

  test('in a batch one bad file does not stop the others', async () => {
    const dir = workdir({ 'bad.seq': BAD, 'good.seq': GOOD })
    expect((await run(['bad.seq', 'good.seq'], { cwd: dir })).code).toBe(1)
    expect(existsSync(join(dir, 'good.svg'))).toBe(true)
    expect(existsSync(join(dir, 'bad.svg'))).toBe(false)
  })

  test('semantic errors point at the name', async () => {
    const r = await run(['-'], { input: 'a -> b\nnote over alcie: hi\n' })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("<stdin>:2:11: error: unknown participant 'alcie'")
  })

  test('warnings print but do not fail, unless --strict', async () => {
    const input = 'a -> b\ndeactivate a\n'
    const lenient = await run(['-'], { input })
    expect([lenient.code, lenient.stderr]).toEqual([0, expect.stringContaining("warning: 'a' is not active here")])
    expect((await run(['--strict', '-'], { input })).code).toBe(1)
  })

  test.each([
    { name: 'a missing file', files: {}, arg: 'nope.seq', message: 'nope.seq: error: no such file' },
    { name: 'a folder', files: {}, arg: '.', message: '.: error: is a folder, not a diagram file' },
    { name: 'a binary file', files: { 'x.seq': Buffer.from([0x89, 0x50, 0x00, 0x01]) }, arg: 'x.seq', message: 'x.seq: error: this looks like a binary file' },
    { name: 'invalid UTF-8', files: { 'x.seq': Buffer.from([0x61, 0x20, 0xff, 0xfe, 0x0a]) }, arg: 'x.seq', message: 'x.seq: error: this file is not valid UTF-8 text' },
  ] as { name: string; files: Record<string, Buffer>; arg: string; message: string }[])('$name gets one clear line and exit 1', async ({ files, arg, message }) => {
    const r = await run([arg], { cwd: workdir(files) })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  test('refuses to write the output onto its own input', async () => {
    const dir = workdir({ 'x.seq': GOOD })
    const r = await run(['x.seq', '-o', 'x.seq'], { cwd: dir })
    // .seq is no output format: refused as a usage error before anything is read.
    expect([r.code, r.stderr]).toEqual([2, 'lifeline: -o x.seq: Lifeline writes .svg or .png files, not .seq\n'])
    expect(readFileSync(join(dir, 'x.seq'), 'utf8')).toBe(GOOD)
  })

  test('no stack traces, ever', async () => {
    const dir = workdir({ 'bad.seq': BAD })
    mkdirSync(join(dir, 'sub'))
    for (const args of [['bad.seq'], ['sub'], ['--theme', 'pink', 'bad.seq'], ['--nope']]) {
      expect((await run(args, { cwd: dir })).stderr).not.toMatch(/\n\s+at .*:\d+:\d+/)
    }
  })
})

describe('usage', () => {
  test('unknown options and bad choices exit 2', async () => {
    expect((await run(['--nope'])).code).toBe(2)
    expect((await run(['--theme', 'pink', '-'])).code).toBe(2)
  })
  test('--help shows examples and exit codes; --version the version', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Examples:')
    expect(help.stdout).toContain('Exit codes:')
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect((await run(['--version'])).stdout.trim()).toBe(pkg.version)
  })
})
