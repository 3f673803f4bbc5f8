// Runs the command line in this process, through main(argv, io), in a folder of the test's
// own: the real file system (nodeIo, paths resolved against that folder), with standard input,
// output and error, the terminal flags and the environment given by the test. Much faster than
// spawning the binary, and it runs the sources, not a build. spawn.ts keeps the few tests that
// must run the real binary end to end.
import { main } from '../../src/cli/main.js'
import type { Ran, RunOptions } from './spawn.js'
import { nodeIo, type Io } from '../../src/cli/io.js'

export interface InProcessOptions {
  readonly cwd: string
  /** Standard input's bytes; empty (as if closed) unless given. */
  readonly input?: string | Uint8Array
  /** The whole environment the command sees (nothing of this process's). */
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly stdinIsTTY?: boolean
  readonly stdoutIsTTY?: boolean
  readonly stderrIsTTY?: boolean
  /** Parts of the Io to replace, to simulate what the real file system cannot (a failing write). */
  readonly io?: Partial<Io>
}

export interface InProcessRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  /** Standard output's bytes, for PNG. */
  readonly stdoutBytes: Buffer
}

export async function runMain(args: readonly string[], options: InProcessOptions): Promise<InProcessRun> {
  const out: Buffer[] = []
  let stderr = ''
  // Only the file-system half of nodeIo: its stream getters would build this process's streams.
  const { readFile, writeFileAtomic, writeRefusal, identity, kind, readDir, removeFile, watchDir, onInterrupt } = nodeIo(options.cwd)
  const io: Io = {
    readFile,
    writeFileAtomic,
    writeRefusal,
    identity,
    kind,
    readDir,
    removeFile,
    watchDir,
    onInterrupt,
    cwd: options.cwd,
    stdout: (data) => void out.push(Buffer.from(data)),
    stderr: (text) => void (stderr += text),
    readStdin: async () => Buffer.from(options.input ?? ''),
    env: options.env ?? {},
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    ...options.io,
  }
  const code = await main(args, io)
  const stdoutBytes = Buffer.concat(out)
  return { code, stdout: stdoutBytes.toString('utf8'), stderr, stdoutBytes }
}

/** spawn.ts's run() in process: the same options and result, the command run through main(). */
export async function run(args: readonly string[], options: RunOptions = {}): Promise<Ran> {
  const r = await runMain(args, { cwd: options.cwd ?? process.cwd(), input: options.input ?? '', env: { ...options.env } })
  return { code: r.code, stdout: r.stdout, stderr: r.stderr }
}
