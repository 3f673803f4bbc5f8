// `lifeline check`, end to end: text, JSON and GitHub Actions annotations.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { workdir } from './spawn.js'
import { run } from './in-process.js'

const GOOD = 'a -> b: hello\n'
const BAD = 'a -> b\nweb db: x\n'
const WARNS = 'a -> b\ndeactivate a\n'

describe('lifeline check', () => {
  test('a good file: exit 0, nothing printed, no SVG written', async () => {
    const dir = workdir({ 'ok.seq': GOOD })
    const r = await run(['check', 'ok.seq'], { cwd: dir })
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', ''])
    expect(existsSync(join(dir, 'ok.svg'))).toBe(false)
  })

  test('errors as GNU text with the caret, exit 1', async () => {
    const r = await run(['check', 'bad.seq', 'ok.seq'], { cwd: workdir({ 'bad.seq': BAD, 'ok.seq': GOOD }) })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe("bad.seq:2:5: error: expected an arrow (->, ->> or -->) after 'web'\n    2 | web db: x\n      |     ^~\n")
  })

  test('semantic errors are found too (validation, not just parsing)', async () => {
    const r = await run(['check', '-'], { input: 'a -> b\nnote over alcie: hi\n' })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("<stdin>:2:11: error: unknown participant 'alcie'")
  })

  test('--diagnostics json: an array of {file, severity, code, message, range}', async () => {
    const dir = workdir({ 'bad.seq': BAD, 'gone.seq': GOOD })
    const r = await run(['check', '--diagnostics', 'json', 'bad.seq', 'missing.seq'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'bad.seq',
        severity: 'error',
        code: 'expected-arrow',
        message: "expected an arrow (->, ->> or -->) after 'web'",
        range: { start: { line: 2, column: 5, offset: 11 }, end: { line: 2, column: 7, offset: 13 } },
      },
      {
        file: 'missing.seq',
        severity: 'error',
        code: 'unreadable-file',
        message: 'no such file',
        range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      },
    ])
    expect(JSON.parse((await run(['check', '--diagnostics', 'json', '-'], { input: GOOD })).stdout)).toEqual([])
  })

  test('GITHUB_ACTIONS=true: workflow annotations on stdout', async () => {
    const dir = workdir({ 'docs/bad.seq': BAD, 'w.seq': WARNS })
    const r = await run(['check', 'docs/bad.seq', 'w.seq'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      "::error file=docs/bad.seq,line=2,col=5,endLine=2,endColumn=7,title=lifeline expected-arrow::expected an arrow (->, ->> or -->) after 'web'\n" +
        "::warning file=w.seq,line=2,col=1,endLine=2,endColumn=13,title=lifeline deactivate-without-activation::'a' is not active here\n",
    )
    expect(r.stderr).toBe('')
  })

  test('warnings pass, unless --strict', async () => {
    const lenient = await run(['check', '-'], { input: WARNS })
    expect([lenient.code, lenient.stderr]).toEqual([0, expect.stringContaining("<stdin>:2:1: warning: 'a' is not active here")])
    expect((await run(['check', '--strict', '-'], { input: WARNS })).code).toBe(1)
  })

  test('the root help lists the commands', async () => {
    const help = (await run(['--help'])).stdout
    for (const command of ['check [options] [files...]', 'fmt [options] <files...>', 'md [options] <files...>']) expect(help).toContain(command)
  })

  test('an unknown format is a usage error', async () => {
    expect((await run(['check', '--diagnostics', 'xml', '-'], { input: GOOD })).code).toBe(2)
  })
})
