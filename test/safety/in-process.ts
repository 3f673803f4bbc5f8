// The safety tests' shape of test/cli/in-process.ts's runMain (standard input given as text, a
// terminal when none is given), plus scratch folders of the test's own and device nodes in them.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Io } from '../../src/cli/io.js'
import { runMain as runInProcess } from '../cli/in-process.js'

export interface Ran {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export async function runMain(args: readonly string[], options: { cwd: string; stdin?: string; io?: Partial<Io> }): Promise<Ran> {
  const { code, stdout, stderr } = await runInProcess(args, { cwd: options.cwd, input: options.stdin, stdinIsTTY: options.stdin === undefined, io: options.io })
  return { code, stdout, stderr }
}

/** A fresh folder under the system's temporary folder, holding the given files (paths may have folders). */
export function scratch(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-safety-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

/** A character device node in `dir` (root only): 1,3 is the null device, 1,7 the full one. */
export function mknod(dir: string, name: string, minor: 3 | 7): string {
  const path = join(dir, name)
  const r = spawnSync('mknod', [path, 'c', '1', String(minor)])
  if (r.status !== 0) throw new Error(`mknod failed: ${r.stderr}`)
  return path
}
