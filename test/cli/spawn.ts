// Shared by the end-to-end tests: spawn the real binary as a user would, in a temp folder.
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

export function run(args: string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', cwd: options.cwd, env: options.env, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A fresh temp folder holding the given files (paths may have folders). */
export function workdir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-cli-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}
