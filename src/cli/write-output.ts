// How an output lands on disk without destroying anything:
//  - a regular file (or a new one) is replaced atomically: a temporary file in the same folder,
//    created with the old file's mode (and owner, when running as root), renamed into place;
//  - a file with several hard links is rewritten in place, so every link sees the new content
//    (a rename would split it off from the others); this one case is not atomic;
//  - a symbolic link is written through: its target is replaced as above, the link stays;
//  - anything else (a device, a FIFO, a socket) is written straight into, never renamed over:
//    `-o` naming /dev/null must not replace the system's device node with a file;
//  - a read-only file (no write permission for anyone) is refused with ReadOnlyError, also for
//    root, who could otherwise write it.
import { randomBytes } from 'node:crypto'
import { chmod, chown, lstat, readlink, realpath, rename, rm, writeFile } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

/** Thrown for an output that exists and that nobody may write. */
export class ReadOnlyError extends Error {
  readonly code = 'EREADONLY'
  constructor(path: string) {
    super(`${path} is read-only`)
  }
}

/** Words for why a write failed, for a one-line message: `read-only`, or the system's code. */
export function writeFailure(e: unknown): string {
  if (e instanceof ReadOnlyError) return 'it is read-only: make it writable to let lifeline replace it'
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e))
}

/** Links followed before giving up (as the kernel's ELOOP bound). */
const MAX_LINKS = 40

/** Called with a temporary file's path while it exists, and again (done) once it is gone. */
export interface TempTracker {
  track(temp: string): void
  untrack(temp: string): void
}

export async function writeOutput(path: string, data: string | Uint8Array, temps: TempTracker): Promise<void> {
  const { target, info } = await followLinks(path)
  if (info && !info.isFile()) {
    await writeFile(target, data) // a device, FIFO or socket: opened and written, never replaced
    return
  }
  if (info && (info.mode & 0o222) === 0) throw new ReadOnlyError(path)
  if (info && info.nlink > 1) {
    await writeFile(target, data)
    return
  }
  await replaceAtomically(target, data, info, temps)
}

/** The file a path finally names (through any symbolic links) and its status, if it exists. */
async function followLinks(path: string): Promise<{ target: string; info: Stats | undefined }> {
  let target = path
  for (let hop = 0; hop <= MAX_LINKS; hop++) {
    const info = await lstat(target).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined
      throw e
    })
    if (!info?.isSymbolicLink()) return { target, info }
    // realpath resolves the whole chain at once; a dangling link names the file to create.
    target = await realpath(target).catch(async () => resolve(dirname(target), await readlink(target)))
  }
  throw Object.assign(new Error(`${path}: too many levels of symbolic links`), { code: 'ELOOP' })
}

async function replaceAtomically(path: string, data: string | Uint8Array, old: Stats | undefined, temps: TempTracker): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  temps.track(temp)
  try {
    // Created with the old file's mode, so a 0600 file's content is never readable by others, not even briefly.
    await writeFile(temp, data, { flag: 'wx', mode: old ? old.mode & 0o777 : 0o666 })
    if (old) {
      await chmod(temp, old.mode & 0o7777) // the umask may have cleared bits the old file had
      if (process.getuid?.() === 0) await chown(temp, old.uid, old.gid).catch(() => undefined)
    }
    await rename(temp, path)
  } finally {
    await rm(temp, { force: true })
    temps.untrack(temp)
  }
}
