// The GitHub Action (action.yml → action/checks.sh) and the pre-commit hooks
// (.pre-commit-hooks.yaml): their commands run against a scratch repository with the built
// binary as `lifeline` on the PATH, as the runner and pre-commit would run them.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BIN, workdir } from '../cli/spawn.js'

const GOOD = 'a -> b: hello\nb --> a: ok\n'
const BROKEN = 'a -> b: hello\nnote over zz: hi\n'
const UNFORMATTED = 'a->b:   hello\n'
const WARNS = 'a -> b: hi { hello: 1 }\n'.replace('{ hello: 1 }', '{ delay: 1; delay: 2 }')
const MARKDOWN = '# Flows\n\n```lifeline\na -> b: hello\n```\n'

/** A scratch repository, and a folder holding a `lifeline` that runs the built binary. */
function repository(files: Record<string, string>): { dir: string; path: string } {
  const dir = workdir(files)
  const bin = join(dir, '.bin')
  mkdirSync(bin)
  writeFileSync(join(bin, 'lifeline'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`)
  chmodSync(join(bin, 'lifeline'), 0o755)
  return { dir, path: `${bin}:${process.env['PATH'] ?? ''}` }
}

function lifeline(dir: string, args: string[]): number | null {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir }).status
}

function runChecks(repo: { dir: string; path: string }, inputs: Record<string, string>): { code: number | null; out: string } {
  const env: NodeJS.ProcessEnv = { PATH: repo.path, GITHUB_ACTIONS: 'true', ...inputs }
  const r = spawnSync('bash', [resolve('action/checks.sh')], { cwd: repo.dir, env, encoding: 'utf8' })
  return { code: r.status, out: r.stdout + r.stderr }
}

const annotations = (out: string): string[] => out.split('\n').filter((l) => /^::(error|warning) /.test(l))

describe('action/checks.sh (the Action\'s checks)', () => {
  test('a clean repository passes (node_modules left out); a pattern that matches nothing is a warning', () => {
    const repo = repository({ 'docs/a.seq': GOOD, 'docs/guide.md': MARKDOWN, 'node_modules/x/broken.seq': BROKEN })
    expect(lifeline(repo.dir, ['md', 'docs/guide.md'])).toBe(0)
    const r = runChecks(repo, { INPUT_DIAGRAMS: '**/*.seq diagrams/*.seq', INPUT_MARKDOWN: 'docs/*.md' })
    expect(annotations(r.out)).toEqual(['::warning title=lifeline::diagrams/*.seq matches no file'])
    expect(r.out).toContain('::group::lifeline md --check docs/guide.md')
    expect(r.out).toContain('::group::lifeline check --diagnostics github docs/a.seq')
    expect(r.code).toBe(0)
  })

  test('a stale picture, an unformatted and a broken diagram all fail, each with its annotation', () => {
    const repo = repository({ 'docs/a.seq': GOOD, 'docs/broken.seq': BROKEN, 'docs/ugly.seq': UNFORMATTED, 'docs/guide.md': MARKDOWN })
    const r = runChecks(repo, { INPUT_DIAGRAMS: 'docs/*.seq\n', INPUT_MARKDOWN: 'docs/guide.md' })
    expect(r.code).toBe(1)
    expect(annotations(r.out)).toEqual([
      expect.stringMatching(/^::error file=docs\/guide.md,line=3,title=lifeline md::docs\/guide-\w+\.svg is missing \(run lifeline md to update it\)$/),
      '::error file=docs/guide.md,line=3,title=lifeline md::no image link after the block (run lifeline md to update it)',
      '::error file=docs/ugly.seq,title=lifeline fmt::not in the canonical layout (run lifeline fmt docs/ugly.seq)',
      "::error file=docs/broken.seq,line=2,col=11,endLine=2,endColumn=13,title=lifeline unknown-participant::unknown participant 'zz' (did you mean 'a'?)",
    ])
  })

  test('a broken block in Markdown is annotated at its line and column in the Markdown', () => {
    const repo = repository({ 'README.md': '# x\n\n```lifeline\na -> b: ok\nnote over zz: hi\n```\n' })
    const r = runChecks(repo, { INPUT_DIAGRAMS: '', INPUT_MARKDOWN: 'README.md' })
    expect(r.code).toBe(1)
    expect(annotations(r.out)).toContain("::error file=README.md,line=5,col=11,title=lifeline md::unknown participant 'zz' (did you mean 'a'?)")
    expect(r.out).not.toContain('lifeline fmt')
  })

  test("warnings fail only with strict: 'true'", () => {
    const repo = repository({ 'w.seq': WARNS })
    const relaxed = runChecks(repo, { INPUT_DIAGRAMS: 'w.seq' })
    expect(annotations(relaxed.out)).toEqual([expect.stringMatching(/^::warning file=w.seq,line=1,.*title=lifeline duplicate-attribute::/)])
    expect(relaxed.code).toBe(0)
    expect(runChecks(repo, { INPUT_DIAGRAMS: 'w.seq', INPUT_STRICT: 'true' }).code).toBe(1)
  })
})

describe('action.yml', () => {
  const action = readFileSync('action.yml', 'utf8')

  test('is a composite action, without Docker, that runs action/checks.sh with every input', () => {
    expect(action).toMatch(/^runs:\n {2}using: composite$/m)
    expect(action).not.toMatch(/using: ['"]?docker|^\s*image:/im)
    expect(action).toContain('run: \'"$GITHUB_ACTION_PATH/action/checks.sh"\'')
    const inputs = [...action.matchAll(/^ {2}([a-z-]+):\n {4}description:/gm)].map((m) => m[1])
    expect(inputs).toEqual(['diagrams', 'markdown', 'strict', 'version', 'node-version'])
    for (const name of ['diagrams', 'markdown', 'strict']) expect(action).toContain(`INPUT_${name.toUpperCase()}: \${{ inputs.${name} }}`)
  })

  test("installs the action's own version of lifeline-diagrams unless told otherwise", () => {
    const install = /^ {8}version="\$\{LIFELINE_VERSION:-\$\((.*)\)\}"$/m.exec(action)?.[1]
    expect(install).toBeDefined()
    const r = spawnSync('bash', ['-c', install!], { env: { ...process.env, GITHUB_ACTION_PATH: process.cwd() }, encoding: 'utf8' })
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
    expect(action).toContain('npm install --global --no-audit --no-fund "lifeline-diagrams@$version"')
  })
})

describe('.pre-commit-hooks.yaml', () => {
  const hooks = readFileSync('.pre-commit-hooks.yaml', 'utf8')
    .split(/^- /m)
    .slice(1)
    .map((entry) => ({
      id: /^id: (.+)$/m.exec(entry)?.[1] ?? '',
      entry: /^ {2}entry: (.+)$/m.exec(entry)?.[1] ?? '',
      language: /^ {2}language: (.+)$/m.exec(entry)?.[1] ?? '',
      files: new RegExp(/^ {2}files: (.+)$/m.exec(entry)?.[1] ?? '$^'),
    }))

  test('the same three checks as the Action, as Node hooks', () => {
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([
      ['lifeline-md', 'lifeline md --check', 'node'],
      ['lifeline-fmt', 'lifeline fmt --check', 'node'],
      ['lifeline-check', 'lifeline check', 'node'],
    ])
  })

  // What pre-commit does: the entry, then the staged files its `files` pattern selects.
  test.each([
    { staged: ['ok.seq', 'guide.md', 'notes.txt'], failing: [] },
    { staged: ['broken.seq', 'notes.txt'], failing: ['lifeline-check'] },
    { staged: ['ugly.seq'], failing: ['lifeline-fmt'] },
    { staged: ['stale.md'], failing: ['lifeline-md'] },
  ])('staged $staged: failing hooks $failing', ({ staged, failing }) => {
    const repo = repository({ 'ok.seq': GOOD, 'broken.seq': BROKEN, 'ugly.seq': UNFORMATTED, 'guide.md': MARKDOWN, 'stale.md': MARKDOWN, 'notes.txt': 'a -> b' })
    expect(lifeline(repo.dir, ['md', 'guide.md'])).toBe(0)
    const failed = hooks.filter((hook) => {
      const files = staged.filter((f) => hook.files.test(f))
      if (files.length === 0) return false
      const r = spawnSync('sh', ['-c', `${hook.entry} "$@"`, 'hook', ...files], { cwd: repo.dir, env: { ...process.env, PATH: repo.path } })
      return r.status !== 0
    })
    expect(failed.map((h) => h.id).sort()).toEqual([...failing].sort())
  })
})
