// How an output lands on disk without destroying anything, for every command (render, PNG, md,
// import, fmt):
//  - a regular file (or a new one) is replaced atomically: a temporary file in the same folder,
//    created with the old file's mode (and owner, when running as root), renamed into place;
//  - a file with several hard links is rewritten in place, so every link sees the new content
//    (a rename would split it off from the others); this one case is not atomic;
//  - an output whose name is a symbolic link is refused: a link in a repository could point
//    anywhere (`v.svg -> ../victim.txt`), and the output's name was made from the input's, not
//    chosen knowing the link. A file rewritten in place (fmt, md's and import's page: an input
//    the user named) is written through its link to the target, as an editor does;
//  - anything else (a device, a FIFO, a socket) is written straight into, never renamed over:
//    `-o` naming /dev/null must not replace the system's device node with a file;
//  - a file the user may not write (or, for root, that nobody may write) is refused, though a
//    rename in a writable folder could replace it;
//  - missing folders on the way are created, one by one, only when the file is written.
// Every refusal and failure is a WriteError whose message names the path and says why in words.
import { randomBytes } from 'node:crypto'
import { constants, type Stats } from 'node:fs'
import { access, chmod, chown, lstat, mkdir, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { escapeControls } from '../diagnostics/printable.js'

/** A write refused or failed; the message (`cannot write x.svg: ...`) names the path and says why. */
export class WriteError extends Error {
  readonly code = 'EWRITE'
}

/** How a write is made. */
export interface WriteOptions {
  /** An input rewritten in place (fmt, a Markdown page): a symbolic link is written through to its target. */
  readonly inPlace?: boolean
}

/** Called with a temporary file's path while it exists, and again (done) once it is gone. */
export interface TempTracker {
  track(temp: string): void
  untrack(temp: string): void
}

/** Where relative paths start, and who removes temporary files on an interrupt. */
export interface WriteContext {
  readonly cwd: string
  readonly temps: TempTracker
}

/** The one line a command prints after `NAME: error: ` for a failed write (control characters escaped). */
export function writeFailure(e: unknown): string {
  return escapeControls(e instanceof WriteError ? e.message : `cannot write it (${errnoWords(e)})`)
}

/** Words for a system error code, for people: `permission denied`, not EACCES. */
function errnoWords(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a file is where a folder should be',
    EISDIR: 'it is a folder',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'too many levels of symbolic links',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files',
    EIO: 'an input/output error',
    EBUSY: 'it is busy',
  }
  return (code && words[code]) ?? code ?? (e instanceof Error ? e.message : String(e))
}

/** Links followed before giving up (as the kernel's ELOOP bound). */
const MAX_LINKS = 40

/** What writing a path takes: the file finally written, its status, and the folders to create first. */
interface Plan {
  readonly target: string
  readonly info: Stats | undefined
  /** Missing folders, outermost first, as the path names them. */
  readonly folders: readonly string[]
}

/** Why `path` cannot be written (a sentence naming it), or undefined: asked before writing anything. */
export async function writeRefusal(path: string, at: WriteContext, options: WriteOptions = {}): Promise<string | undefined> {
  const plan = await planWrite(path, at.cwd, options)
  return typeof plan === 'string' ? plan : undefined
}

export async function writeOutput(path: string, data: string | Uint8Array, at: WriteContext, options: WriteOptions = {}): Promise<void> {
  const plan = await planWrite(path, at.cwd, options)
  if (typeof plan === 'string') throw new WriteError(plan)
  const { target, info } = plan
  try {
    for (const folder of plan.folders) await makeFolder(path, folder, at.cwd)
    // A device, FIFO or socket is opened and written, never replaced; so is a hard-linked file.
    if (info && (!info.isFile() || info.nlink > 1)) await writeFile(target, data)
    else await replaceAtomically(target, data, info, at.temps)
  } catch (e) {
    throw e instanceof WriteError ? e : new WriteError(`cannot write ${path}: ${errnoWords(e)}`)
  }
}

async function makeFolder(path: string, folder: string, cwd: string): Promise<void> {
  await mkdir(resolve(cwd, folder)).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw new WriteError(`cannot write ${path}: cannot create the folder ${folder} (${errnoWords(e)})`)
  })
}

async function planWrite(path: string, cwd: string, options: WriteOptions): Promise<Plan | string> {
  const cannot = (why: string): string => `cannot write ${path}: ${why}`
  const absolute = resolve(cwd, path)
  let info = await statusOf(absolute, lstat, path)
  let target = absolute
  if (info?.isSymbolicLink()) {
    if (!options.inPlace) return cannot('it is a symbolic link, and lifeline writes no output through one (remove the link, or write elsewhere)')
    ;({ target, info } = await followLinks(absolute))
  }
  if (info?.isDirectory()) return cannot('it is a folder')
  if (info?.isFile() && !(await mayWrite(target, info))) return cannot('it is read-only (make it writable to let lifeline replace it)')
  if (info && (!info.isFile() || info.nlink > 1)) return { target, info, folders: [] } // written in place: its folder is not touched
  // A new file or a rename needs a folder that exists (or can be made) and may be written.
  const folders: string[] = []
  let folder = dirname(target === absolute ? path : target)
  let found = await statusOf(resolve(cwd, folder), stat, path)
  while (!found && dirname(folder) !== folder) {
    folders.unshift(folder)
    folder = dirname(folder)
    found = await statusOf(resolve(cwd, folder), stat, path)
  }
  if (found && !found.isDirectory()) return cannot(`${folder} is a file, not a folder`)
  const denied = await access(resolve(cwd, folder), constants.W_OK | constants.X_OK).then(
    () => undefined,
    (e: unknown) => errnoWords(e),
  )
  if (denied === undefined) return { target, info, folders }
  return cannot(folders[0] === undefined ? `${folder === '.' ? 'the current folder' : `the folder ${folder}`} may not be written (${denied})` : `cannot create the folder ${folders[0]} (${denied})`)
}

/** A path's status (by `how`: lstat or stat), or undefined if nothing is there; `output` names the file being written. */
async function statusOf(path: string, how: (path: string) => Promise<Stats>, output: string): Promise<Stats | undefined> {
  return how(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined
    throw new WriteError(`cannot write ${output}: ${errnoWords(e)}`)
  })
}

/**
 * Whether the user may write the file itself: a rename would replace a file the user may not
 * write whenever the folder is writable, so that is asked of the file. Root may write
 * anything, so for root a file nobody may write counts as read-only.
 */
async function mayWrite(path: string, info: Stats): Promise<boolean> {
  if ((info.mode & 0o222) === 0) return false
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  )
}

/** The file a symbolic link finally names (through every link) and its status, if it exists. */
async function followLinks(path: string): Promise<{ target: string; info: Stats | undefined }> {
  let target = path
  for (let hop = 0; hop <= MAX_LINKS; hop++) {
    const info = await statusOf(target, lstat, path)
    if (!info?.isSymbolicLink()) return { target, info }
    // realpath resolves the whole chain at once; a dangling link names the file to create.
    target = await realpath(target).catch(async () => resolve(dirname(target), await readlink(target)))
  }
  throw new WriteError(`cannot write ${path}: too many levels of symbolic links`)
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
