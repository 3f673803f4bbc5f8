// Everything the CLI touches outside itself goes through Io, so tests can run main() in
// process and the real binary gets the real thing (nodeIo).
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export type PathKind = 'file' | 'directory' | 'missing' | 'other'

export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly stdinIsTTY: boolean
  /** The environment (e.g. GITHUB_ACTIONS), read here so commands never touch process.env. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** The current folder, against which relative paths are resolved. */
  readonly cwd: string
  readStdin(): Promise<Uint8Array>
  readFile(path: string): Promise<Uint8Array>
  /** Writes via a temporary file in the same folder and a rename: never a half-written file. */
  writeFileAtomic(path: string, data: string): Promise<void>
  kind(path: string): Promise<PathKind>
  /** Creates a folder and its parents if missing. */
  ensureDir(path: string): Promise<void>
  /** The names in a folder (empty if it does not exist). */
  readDir(path: string): Promise<string[]>
  removeFile(path: string): Promise<void>
}

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>()
let cleanupInstalled = false

function installCleanup(): void {
  if (cleanupInstalled) return
  cleanupInstalled = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const temp of pending) void rm(temp, { force: true })
      process.exit(signal === 'SIGINT' ? 130 : 143)
    })
  }
}

export function nodeIo(): Io {
  // A reader that stops early (`lifeline --help | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    readFile: (path) => readFile(path),
    writeFileAtomic: async (path, data) => {
      installCleanup()
      const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
      pending.add(temp)
      try {
        await writeFile(temp, data)
        await rename(temp, path)
      } finally {
        pending.delete(temp)
        await rm(temp, { force: true })
      }
    },
    ensureDir: async (path) => {
      await mkdir(path, { recursive: true })
    },
    readDir: async (path) => {
      try {
        return await readdir(path)
      } catch {
        return []
      }
    },
    removeFile: (path) => rm(path, { force: true }),
    kind: async (path) => {
      try {
        const s = await stat(path)
        return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other'
      } catch {
        return 'missing'
      }
    },
  }
}
