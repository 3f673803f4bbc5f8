// Shared by the end-to-end tests: spawn the real binary (npm test builds it first) in a
// scratch folder, as a user would run it.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

export const BIN = resolve('bin/lifeline.js')
export const GOOD = 'title: T\na -> b: hello\nb --> a: ok\n'
export const BAD = 'a -> b: fine\nweb db: x\n-> c\n'

export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly input?: string
  readonly cwd?: string
  /** Extra environment over this process's; GITHUB_ACTIONS is unset unless given here. */
  readonly env?: NodeJS.ProcessEnv
}

export function run(args: string[], options: RunOptions = {}): Ran {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env }
  if (!options.env?.['GITHUB_ACTIONS']) delete env['GITHUB_ACTIONS']
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', cwd: options.cwd, encoding: 'utf8', env })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A fresh folder holding the given files (paths may have folders). */
export function workdir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-cli-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}
