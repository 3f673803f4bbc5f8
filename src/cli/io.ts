// Everything the CLI touches outside itself goes through Io, so tests can run main() in
// process and the real binary gets the real thing (nodeIo).
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export type PathKind = 'file' | 'directory' | 'missing' | 'other'

export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly stdinIsTTY: boolean
  readStdin(): Promise<Uint8Array>
  readFile(path: string): Promise<Uint8Array>
  /** Writes via a temporary file in the same folder and a rename: never a half-written file. */
  writeFileAtomic(path: string, data: string): Promise<void>
  kind(path: string): Promise<PathKind>
  /** Creates a folder and its parents if missing. */
  ensureDir(path: string): Promise<void>
}

/**
 * Temporary files being written, removed if the process is interrupted or exits meanwhile.
 * The signal handlers are installed only while a temporary file exists, so Ctrl-C during a
 * long compile still stops the process at once; removal is synchronous, since nothing
 * asynchronous runs after process.exit.
 */
const pending = new Set<string>()
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const

function removePending(): void {
  for (const temp of pending) rmSync(temp, { force: true })
  pending.clear()
}

function onSignal(signal: NodeJS.Signals): void {
  removePending()
  process.exit(SIGNALS[signal as keyof typeof SIGNALS])
}

function track(temp: string): void {
  if (pending.size === 0) {
    for (const signal of Object.keys(SIGNALS)) process.on(signal, onSignal)
    process.on('exit', removePending)
  }
  pending.add(temp)
}

function untrack(temp: string): void {
  pending.delete(temp)
  if (pending.size === 0) {
    for (const signal of Object.keys(SIGNALS)) process.off(signal, onSignal)
    process.off('exit', removePending)
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
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    readFile: (path) => readFile(path),
    writeFileAtomic: async (path, data) => {
      const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
      track(temp)
      try {
        await writeFile(temp, data)
        await rename(temp, path)
      } finally {
        await rm(temp, { force: true })
        untrack(temp)
      }
    },
    ensureDir: async (path) => {
      await mkdir(path, { recursive: true })
    },
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
