// Runs the CLI's main() in this process, with the real file system but captured output, an
// environment and a current folder of the test's own: no binary, no stale dist/. Paths given
// to it are absolute (the file system resolves relative paths against the process's folder).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { nodeIo, type Io } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'

export interface Ran {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export async function runMain(args: readonly string[], options: { cwd: string; stdin?: string; io?: Partial<Io> }): Promise<Ran> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    ...nodeIo(),
    cwd: options.cwd,
    env: {},
    stdinIsTTY: options.stdin === undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: (data) => void (stdout += typeof data === 'string' ? data : Buffer.from(data).toString('latin1')),
    stderr: (text) => void (stderr += text),
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    ...options.io,
  }
  const code = await main(args, io)
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
