// Everything the CLI touches outside itself goes through Io, so tests can run main() in
// process and the real binary gets the real thing (nodeIo).
import { rmSync, watch } from 'node:fs'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { writeOutput, writeRefusal, type WriteOptions } from './write-output.js'

export type PathKind = 'file' | 'directory' | 'missing' | 'other'

export interface DirEntry {
  readonly name: string
  readonly kind: PathKind
}

export interface Io {
  readonly stdout: (data: string | Uint8Array) => void
  readonly stderr: (text: string) => void
  readonly stdinIsTTY: boolean
  /** The environment (e.g. GITHUB_ACTIONS), read here so commands never touch process.env. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** The current folder, against which relative paths are resolved. */
  readonly cwd: string
  readonly stdoutIsTTY: boolean
  /** A progress bar is drawn only on a terminal, never into a CI log. */
  readonly stderrIsTTY: boolean
  readStdin(): Promise<Uint8Array>
  readFile(path: string): Promise<Uint8Array>
  /**
   * Writes an output without destroying anything (write-output.ts): a temporary file and a
   * rename for a regular file, keeping its mode; in place for a device, a FIFO or a hard-linked
   * file; missing folders created first. A symbolic link (unless the file is rewritten in
   * place) or a read-only file is refused with a WriteError, as is any failure.
   */
  writeFileAtomic(path: string, data: string | Uint8Array, options?: WriteOptions): Promise<void>
  /** Why writeFileAtomic would refuse the path (a sentence naming it), or undefined: asked before writing anything. */
  writeRefusal(path: string, options?: WriteOptions): Promise<string | undefined>
  /** What a path names on disk (device and inode, symbolic links followed), or undefined if nothing. */
  identity(path: string): Promise<string | undefined>
  kind(path: string): Promise<PathKind>
  /** The entries of a folder (symbolic links followed), in no particular order; none if unreadable. */
  readDir(path: string): Promise<DirEntry[]>
  removeFile(path: string): Promise<void>
  /**
   * Calls back with the entry's name (null when the platform does not say) whenever something
   * in the folder changes; returns the function that stops watching.
   */
  watchDir(path: string, onChange: (name: string | null) => void): () => void
  /** Calls back once on Ctrl+C (SIGINT) instead of the process dying; returns the undo. */
  onInterrupt(handler: () => void): () => void
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

/**
 * A reader that stops early (`lifeline --help | head`) is not an error worth a stack trace; a
 * standard output that cannot be written (a full disk, ENOSPC) is one line and exit code 1.
 */
function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(`lifeline: error: cannot write to standard output (${e.code ?? e.message})\n`)
  process.exit(1)
}

/**
 * The real process's Io. Relative paths are resolved against `cwd` (the process's own folder
 * unless given), so tests can run main() in process in a folder of their own.
 */
export function nodeIo(cwd: string = process.cwd()): Io {
  const at = (path: string): string => resolve(cwd, path)
  // The standard streams are touched only when used: Node builds each on first access, which
  // a run that reads and writes files never needs.
  let stdoutGuarded = false
  return {
    stdout: (text) => {
      if (!stdoutGuarded) process.stdout.on('error', onStdoutError)
      stdoutGuarded = true
      process.stdout.write(text)
    },
    stderr: (text) => process.stderr.write(text),
    get stdinIsTTY() {
      return process.stdin.isTTY === true
    },
    env: process.env,
    cwd,
    get stdoutIsTTY() {
      return process.stdout.isTTY === true
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true
    },
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    readFile: (path) => readFile(at(path)),
    writeFileAtomic: (path, data, options) => writeOutput(path, data, { cwd, temps: { track, untrack } }, options),
    writeRefusal: (path, options) => writeRefusal(path, { cwd, temps: { track, untrack } }, options),
    identity: async (path) => {
      const s = await stat(at(path)).catch(() => undefined)
      return s ? `${s.dev}:${s.ino}` : undefined
    },
    kind: (path) => kind(at(path)),
    removeFile: (path) => rm(at(path), { force: true }),
    readDir: async (given) => {
      const path = at(given)
      const entries = await readdir(path, { withFileTypes: true }).catch(() => [])
      return Promise.all(
        entries.map(async (e) => ({
          name: e.name,
          kind: e.isSymbolicLink() ? await kind(join(path, e.name)) : e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other',
        })),
      )
    },
    watchDir: (path, onChange) => {
      const watcher = watch(at(path), (_event, name) => onChange(name === null ? null : String(name)))
      watcher.on('error', () => onChange(null)) // the folder went away: let the caller look
      return () => watcher.close()
    },
    onInterrupt: (handler) => {
      process.once('SIGINT', handler)
      return () => process.off('SIGINT', handler)
    },
  }
}

async function kind(path: string): Promise<PathKind> {
  try {
    const s = await stat(path)
    return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other'
  } catch {
    return 'missing'
  }
}
