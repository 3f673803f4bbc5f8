// Many inputs in one run, end to end: globs the shell left alone, worker threads, output in
// input order, a summary, and a progress bar only on a terminal.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BAD, BIN, GOOD, run, workdir } from './spawn.js'

/** 50 diagrams: 40 under docs/ (two of them broken), 10 under extra/. */
function fifty(): string {
  const files: Record<string, string> = {}
  for (let i = 0; i < 40; i++) files[`docs/${i % 2 ? 'deep/er/' : ''}d${String(i).padStart(2, '0')}.seq`] = GOOD
  files['docs/d12.seq'] = BAD
  files['docs/deep/er/d31.seq'] = 'a ->\n'
  for (let i = 0; i < 10; i++) files[`extra/e${i}.seq`] = GOOD
  files['docs/.hidden/h.seq'] = GOOD // wildcards skip dot folders, as shells do
  files['docs/notes.txt'] = 'not a diagram'
  return workdir(files)
}

describe('batch', () => {
  test('50 files from a glob and plain paths: every good one written, errors in input order, a summary, exit 1', () => {
    const dir = fifty()
    const args = ['docs/**/*.seq', 'extra/e3.seq', 'extra/e1.seq', 'extra/e{0,2,4,5,6,7,8,9}.seq', '-o', 'out/']
    const first = run(args, { cwd: dir })
    expect(first.code).toBe(1)
    const out = readdirSync(join(dir, 'out')).sort()
    expect(out).toHaveLength(48)
    expect(out).not.toContain('d12.svg')
    expect(out).not.toContain('d31.svg')
    expect(out).not.toContain('h.svg')
    const lines = first.stderr.trim().split('\n')
    expect(lines.filter((l) => /^\S+:\d+:\d+: error:/.test(l))).toEqual([
      "docs/d12.seq:2:5: error: expected an arrow (->, ->> or -->) after 'web'",
      "docs/d12.seq:3:1: error: expected a participant name before '->'",
      "docs/deep/er/d31.seq:1:5: error: expected a participant name after '->', found the end of the line",
    ])
    expect(lines.at(-1)).toBe('rendered 48 of 50 diagrams, 2 with errors')
    expect(first.stderr).not.toContain('\r') // no progress bar into a pipe
    expect(run(args, { cwd: dir }).stderr).toBe(first.stderr) // the same messages in the same order
  })

  test('a pattern that matches nothing is an input error; the rest is still written', () => {
    const dir = workdir({ 'a.seq': GOOD })
    const r = run(['a.seq', 'nothing/*.seq'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('nothing/*.seq: error: no files match this pattern\nrendered 1 of 2 diagrams, 1 with errors\n')
    expect(existsSync(join(dir, 'a.svg'))).toBe(true)
  })

  test('one input prints no summary; all good prints one without errors', () => {
    const dir = workdir({ 'a.seq': GOOD, 'b/a.seq': GOOD, 'c.seq': GOOD })
    expect(run(['a.seq'], { cwd: dir }).stderr).toBe('')
    expect(run(['*.seq'], { cwd: dir }).stderr).toBe('rendered 2 of 2 diagrams\n')
  })

  test('two inputs bound for the same output is a usage error', () => {
    const dir = workdir({ 'a.seq': GOOD, 'b/a.seq': GOOD })
    const r = run(['a.seq', 'b/a.seq', '-o', 'out/'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('a.seq and b/a.seq would both be written to out/a.svg')
  })

  test('on a terminal, a progress bar on stderr, erased before the summary', () => {
    const dir = fifty()
    // script(1) runs the command on a pseudo-terminal, as a person at a shell would.
    const command = `'${process.execPath}' '${BIN}' 'docs/**/*.seq' -o out/`
    // Without CI (set where CI runs this very test), which turns the bar off.
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm' }
    delete env['CI']
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env })
    expect(r.stdout).toContain('] 40/40 diagrams')
    expect(r.stdout).toMatch(/\[#{30}\] 40\/40 diagrams\r\x1b\[Krendered 38 of 40 diagrams, 2 with errors/)
  })
})
