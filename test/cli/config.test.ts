// lifeline.config.json, end to end: found upward from each input, CLI flags win, the file's
// own settings win over config defaults, size limits reach every command and batch worker,
// and a bad config is a usage error naming the key.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { workdir } from './spawn.js'
import { run } from './in-process.js'

const ASYNC = 'a ->> b: job\n'
const WARNS = 'a -> b\ndeactivate a\n'
const config = (value: object): string => JSON.stringify(value)
const svgOf = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8')

describe('discovery', () => {
  test('a config in a parent folder applies to the files below it', async () => {
    const dir = workdir({ 'lifeline.config.json': config({ asyncDelay: 2 }), 'docs/deep/x.seq': ASYNC })
    expect((await run(['docs/deep/x.seq'], { cwd: dir })).code).toBe(0)
    expect(svgOf(dir, 'docs/deep/x.svg')).toContain('slanted')
  })

  test('the nearest config wins, and files elsewhere get none', async () => {
    const dir = workdir({
      'lifeline.config.json': config({ asyncDelay: 2 }),
      'a/lifeline.config.json': config({}),
      'a/x.seq': ASYNC,
      'b/x.seq': ASYNC,
    })
    expect((await run(['a/x.seq', 'b/x.seq'], { cwd: dir })).code).toBe(0)
    expect(svgOf(dir, 'a/x.svg')).not.toContain('slanted')
    expect(svgOf(dir, 'b/x.svg')).toContain('slanted')
  })

  test('standard input looks up from the current folder', async () => {
    const dir = workdir({ 'lifeline.config.json': config({ asyncDelay: 1 }) })
    expect((await run(['-'], { cwd: dir, input: ASYNC })).stdout).toContain('slanted')
  })
})

describe('precedence', () => {
  test('theme from the config; --theme wins over it', async () => {
    const dir = workdir({ 'lifeline.config.json': config({ theme: 'dark' }) })
    const dark = (await run(['--theme', 'dark', '-'], { cwd: workdir(), input: ASYNC })).stdout
    const light = (await run(['-'], { cwd: workdir(), input: ASYNC })).stdout
    expect(dark).not.toBe(light)
    expect((await run(['-'], { cwd: dir, input: ASYNC })).stdout).toBe(dark)
    expect((await run(['--theme', 'light', '-'], { cwd: dir, input: ASYNC })).stdout).toBe(light)
  })

  test("the file's own async-delay wins over the config's asyncDelay", async () => {
    const dir = workdir({ 'lifeline.config.json': config({ asyncDelay: 2 }) })
    expect((await run(['-'], { cwd: dir, input: `async-delay: 0\n${ASYNC}` })).stdout).not.toContain('slanted')
  })

  test('strict from the config fails on warnings, for rendering and for check', async () => {
    const dir = workdir({ 'lifeline.config.json': config({ strict: true }), 'w.seq': WARNS })
    expect((await run(['w.seq'], { cwd: dir })).code).toBe(1)
    expect((await run(['check', 'w.seq'], { cwd: dir })).code).toBe(1)
    expect((await run(['check', 'w.seq'], { cwd: workdir({ 'w.seq': WARNS }) })).code).toBe(0)
  })

  test('outDir (relative to the config file) takes the SVGs when there is no -o; -o wins', async () => {
    const dir = workdir({ 'lifeline.config.json': config({ outDir: 'build/svg' }), 'docs/x.seq': ASYNC })
    expect((await run(['docs/x.seq'], { cwd: dir })).code).toBe(0)
    expect(existsSync(join(dir, 'build/svg/x.svg'))).toBe(true)
    expect(existsSync(join(dir, 'docs/x.svg'))).toBe(false)
    expect((await run(['docs/x.seq', '-o', 'here.svg'], { cwd: dir })).code).toBe(0)
    expect(existsSync(join(dir, 'here.svg'))).toBe(true)
  })
})

describe('limits', () => {
  const chain = (n: number): string => Array.from({ length: n }, (_, i) => `p${i} -> p${i + 1}\n`).join('')

  test('a limit lowered in the config refuses what the default allows, when rendering, checking and in a batch', async () => {
    const files: Record<string, string> = { 'lifeline.config.json': config({ limits: { maxStatements: 2 } }), 'big.seq': chain(3) }
    // More files than the batch runs on the main thread, so the limit also reaches the workers.
    for (let i = 0; i < 20; i++) files[`ok${i}.seq`] = chain(2)
    const dir = workdir(files)
    const one = await run(['big.seq'], { cwd: dir })
    expect(one.code).toBe(1)
    expect(one.stderr).toContain('this diagram has 3 statements: Lifeline draws at most 2 (the maxStatements limit)')
    expect(one.stderr).toContain('big.seq: note: a lifeline.config.json with { "limits": { "maxStatements": N } } sets another maxStatements')
    expect((await run(['check', 'big.seq'], { cwd: dir })).code).toBe(1)
    const batch = await run(['*.seq', '-o', 'out/'], { cwd: dir })
    expect(batch.code).toBe(1)
    expect(batch.stderr).toContain('big.seq:3:1: error: this diagram has 3 statements')
    expect(existsSync(join(dir, 'out/ok19.svg'))).toBe(true)
    expect(existsSync(join(dir, 'out/big.svg'))).toBe(false)
    expect((await run(['big.seq'], { cwd: workdir({ 'big.seq': chain(3) }) })).code).toBe(0)
  })

  test('a limit raised in the config lets through what the default refuses', async () => {
    const wide = chain(1000) // 1,001 participants, one past the default maxParticipants
    const refused = (await run(['check', 'wide.seq'], { cwd: workdir({ 'wide.seq': wide }) })).stderr
    expect(refused).toContain('(the maxParticipants limit)')
    expect(refused).toContain('wide.seq: note: a lifeline.config.json with { "limits": { "maxParticipants": N } }')
    const dir = workdir({ 'lifeline.config.json': config({ limits: { maxParticipants: 2000 } }), 'wide.seq': wide })
    const r = await run(['check', 'wide.seq'], { cwd: dir })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
  })
})

describe('errors name the key and the file, exit 2, and nothing is written', () => {
  test.each([
    { name: 'an unknown key', content: config({ themes: 'dark' }), message: "lifeline.config.json: error: unknown key 'themes' (did you mean 'theme'?)" },
    { name: 'a key with no near match', content: config({ colour: 'red' }), message: "unknown key 'colour'; the keys are theme, outDir, asyncDelay, strict, limits" },
    { name: 'a wrong type', content: config({ asyncDelay: '2' }), message: `lifeline.config.json: error: asyncDelay must be a whole number, 0 or more, found "2"` },
    { name: 'a bad theme', content: config({ theme: 'pink' }), message: `theme must be "light", "dark" or "auto", found "pink"` },
    { name: 'strict not a boolean', content: config({ strict: 'yes' }), message: 'strict must be true or false, found "yes"' },
    { name: 'limits not an object', content: config({ limits: 5 }), message: 'limits must be an object such as { "maxStatements": 50000 }, found 5' },
    { name: 'an unknown limit', content: config({ limits: { maxStatement: 5 } }), message: "unknown limit 'maxStatement' (did you mean 'maxStatements'?)" },
    { name: 'a limit below 1', content: config({ limits: { maxRows: 0 } }), message: 'lifeline.config.json: error: limits.maxRows must be a whole number, 1 or more, found 0\n' },
    {
      name: 'every problem, one line each',
      content: config({ theme: 'pink', limits: { maxNesting: 0, maxRows: 1.5 } }),
      message: [
        'lifeline.config.json: error: theme must be "light", "dark" or "auto", found "pink"',
        'lifeline.config.json: error: limits.maxNesting must be a whole number, 1 or more, found 0',
        'lifeline.config.json: error: limits.maxRows must be a whole number, 1 or more, found 1.5',
      ].join('\n'),
    },
    { name: 'invalid JSON', content: '{ theme: dark }', message: 'lifeline.config.json: error: not valid JSON' },
    { name: 'not an object', content: '[]', message: 'lifeline.config.json: error: must hold a JSON object' },
  ])('$name', async ({ content, message }) => {
    const dir = workdir({ 'lifeline.config.json': content, 'x.seq': ASYNC })
    for (const args of [['x.seq'], ['check', 'x.seq']]) {
      const r = await run(args, { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(message)
    }
    expect(existsSync(join(dir, 'x.svg'))).toBe(false)
  })
})
