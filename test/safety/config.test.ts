// lifeline.config.json read safely: keys named like Object.prototype properties are unknown
// keys, the search stops at the repository's root, and --verbose says which file applied.
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseConfig } from '../../src/cli/config.js'
import { runMain, scratch } from './in-process.js'

const ASYNC = 'a ->> b: job\n'

describe('keys named like Object.prototype properties', () => {
  test.each(['__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'constructor', 'isPrototypeOf'])('%s is an unknown key', (key) => {
    const result = parseConfig(`{ "${key}": 1 }`, 'lifeline.config.json')
    expect(result).toEqual({ ok: false, message: `lifeline.config.json: error: unknown key '${key}'; the keys are theme, outDir, asyncDelay, strict, limits` })
  })

  test.each(['__proto__', 'constructor', 'toString'])('%s inside limits is an unknown limit', (key) => {
    const result = parseConfig(`{ "limits": { "${key}": 5 } }`, 'c.json')
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toContain(`unknown limit '${key}'`)
  })

  test('through the command line: a usage error in one line', async () => {
    const dir = scratch({ 'lifeline.config.json': '{ "toString": 1 }', 'x.seq': ASYNC })
    const r = await runMain([join(dir, 'x.seq')], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe("lifeline.config.json: error: unknown key 'toString'; the keys are theme, outDir, asyncDelay, strict, limits\n")
  })
})

describe('the search stops at the repository root', () => {
  test.each(['.git', 'package.json'])('a config above a folder holding %s does not apply', async (marker) => {
    const dir = scratch({ 'lifeline.config.json': '{ "asyncDelay": 2 }', [`repo/${marker}`]: '{}', 'repo/docs/x.seq': ASYNC })
    const r = await runMain([join(dir, 'repo/docs/x.seq'), '-o', join(dir, 'out.svg'), '--verbose'], { cwd: join(dir, 'repo') })
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('lifeline: no lifeline.config.json found (looked up to .)\n')
  })

  test('a config at the root itself, or below it, applies', async () => {
    const dir = scratch({ 'repo/.git/HEAD': '', 'repo/lifeline.config.json': '{ "asyncDelay": 2 }', 'repo/docs/x.seq': ASYNC })
    const r = await runMain(['check', '--verbose', join(dir, 'repo/docs/x.seq')], { cwd: join(dir, 'repo', 'docs') })
    expect(r.stderr).toBe(`lifeline: using ${join(dir, 'repo/lifeline.config.json')}\n`)
    const rendered = await runMain([join(dir, 'repo/docs/x.seq'), '--verbose', '-o', join(dir, 'x.svg')], { cwd: join(dir, 'repo') })
    expect(rendered.stderr).toBe('lifeline: using lifeline.config.json\n')
  })

  test('--verbose names each config once, whatever the number of inputs', async () => {
    const dir = scratch({ 'lifeline.config.json': '{}', 'a.seq': ASYNC, 'b.seq': ASYNC, 'sub/package.json': '{}', 'sub/c.seq': ASYNC })
    const r = await runMain(['check', '--verbose', ...['a.seq', 'b.seq', 'sub/c.seq'].map((f) => join(dir, f))], { cwd: dir })
    expect(r.stderr).toBe('lifeline: using lifeline.config.json\nlifeline: no lifeline.config.json found (looked up to sub)\n')
  })
})

describe('the config file name in messages', () => {
  test('is printed with its control characters escaped', async () => {
    const dir = scratch({ 'ev\u001b[2Jil/lifeline.config.json': '{ "nope": 1 }', 'ev\u001b[2Jil/x.seq': ASYNC })
    const r = await runMain([join(dir, 'ev\u001b[2Jil/x.seq')], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe("ev\\x1b[2Jil/lifeline.config.json: error: unknown key 'nope'; the keys are theme, outDir, asyncDelay, strict, limits\n")
  })
})
