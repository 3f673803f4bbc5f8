// Loads the one-file bundle of the compiler and command line (a CommonJS script, scripts/bundle.mjs) through
// a V8 code cache. Compiling the 700 kB bundle is a large part of a cold start; V8 can instead
// take the bytecode it made last time. Node 20 has no module compile cache (Node 22 does), so
// this uses vm.Script's cachedData, as the v8-compile-cache package does.
//
// Where the cache lives: in the package's own dist/code-cache/ when that folder can be written
// (it is outside package.json "files", so never packed), else in a folder of this user's own
// under the system temporary folder. A cache is only read from a folder no one else can
// write to, and only if no one else can write to the file either, since whoever writes it
// decides what code runs.
//
// A cache file is one header line and V8's data. The header holds a SHA-256 digest of the
// bundle, Node's and V8's versions, the platform and V8's data together: V8 itself checks
// only the source's length and its own version, and accepts a corrupt payload, so a changed
// bundle, another Node or a damaged file never gets past the digest; any such cache is
// ignored, the bundle is compiled normally and the cache written again.
//
// The cache is written when the process exits, so it holds the functions this run compiled
// lazily too, not only the top level; it is written to a temporary file and renamed into
// place, so concurrent runs (parallel CI, batch workers) see the old file or the new one,
// never half of one. Nothing here ever fails a run: a cache that cannot be read or written
// just means compiling as usual.
import { createHash, randomBytes } from 'node:crypto'
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { Script } from 'node:vm'

const MAGIC = 'lifeline-code-cache-v1'
/** The header: MAGIC, a space, the hex digest and a line break. */
const HEADER_LENGTH = MAGIC.length + 1 + 64 + 1
/** Mode bits that let others than the owner write. */
const WRITABLE_BY_OTHERS = 0o022
/** A cache file: anyone may read it, only its owner write it. */
const FILE_MODE = 0o644

export interface LoadOptions {
  /**
   * Write the cache at exit if there was none. Workers only read it; the main thread writes
   * it only from runs that compile something (bin/lifeline.js).
   */
  readonly write: boolean
}

/**
 * Runs the CommonJS bundle at `file` like `require(file)` would, and returns its exports,
 * compiling it from the code cache when a valid one exists.
 */
export function loadBundle(file: string, options: LoadOptions): Record<string, unknown> {
  const bytes = readFileSync(file)
  const sourceDigest = sha256(bytes)
  const name = `${basename(file)}-${sourceDigest.subarray(0, 8).toString('hex')}.cache`
  const identity = [sourceDigest, Buffer.from(`${process.version} ${process.versions.v8} ${process.platform} ${process.arch}`)]
  const folders = cacheFolders(file)
  const cached = readCache(folders, name, identity)
  // The wrapper is the one Node puts around every CommonJS module. The bundle is ASCII (the
  // build checks), so Latin-1, the cheapest decoding, reads it right.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('latin1')}\n})`
  const script = new Script(wrapped, { filename: file, ...(cached ? { cachedData: cached } : {}) })
  if (options.write && (!cached || script.cachedDataRejected === true)) {
    process.once('exit', () => writeCache(folders, name, identity, script))
  }
  const module = { exports: {} as Record<string, unknown> }
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run(module.exports, createRequire(file), module, file, dirname(file))
  return module.exports
}

interface Folder {
  readonly path: string
  /** Who may own it: this user, or also the package's owner (a global install by root). */
  readonly owners: readonly (number | undefined)[]
  /** The package's folder is shared by its users; the temporary one is this user's only. */
  readonly mode: number
}

/** Where the cache may live, in order: the package's own folder, then this user's temporary one. */
function cacheFolders(bundle: string): Folder[] {
  const uid = process.getuid?.()
  let packageOwner: number | undefined
  try {
    packageOwner = statSync(bundle).uid
  } catch {
    packageOwner = uid
  }
  return [
    { path: resolve(dirname(bundle), '../code-cache'), owners: [uid, packageOwner], mode: 0o755 },
    { path: join(tmpdir(), uid === undefined ? 'lifeline-code-cache' : `lifeline-code-cache-${uid}`), owners: [uid], mode: 0o700 },
  ]
}

function sha256(...parts: readonly Uint8Array[]): Buffer {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest()
}

function header(identity: readonly Buffer[], payload: Buffer): Buffer {
  return Buffer.from(`${MAGIC} ${sha256(...identity, payload).toString('hex')}\n`, 'latin1')
}

/** V8's data from the first of `files` that is whole and made for this bundle and this Node. */
function readCache(folders: readonly Folder[], name: string, identity: readonly Buffer[]): Buffer | undefined {
  for (const folder of folders) {
    const file = join(folder.path, name)
    if (!trusted(folder.path, folder.owners) || !trusted(file, folder.owners)) continue
    let data: Buffer
    try {
      data = readFileSync(file)
    } catch {
      continue
    }
    const payload = data.subarray(HEADER_LENGTH)
    if (data.length > HEADER_LENGTH && data.subarray(0, HEADER_LENGTH).equals(header(identity, payload))) return payload
  }
  return undefined
}

/** Writes the cache into the first folder that takes it; never throws. */
function writeCache(folders: readonly Folder[], name: string, identity: readonly Buffer[], script: Script): void {
  let payload: Buffer
  try {
    payload = script.createCachedData()
  } catch {
    return
  }
  const data = Buffer.concat([header(identity, payload), payload])
  for (const folder of folders) {
    const temp = join(folder.path, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      // The modes leave others no write access whatever the umask (which only takes bits away).
      mkdirSync(folder.path, { recursive: true, mode: folder.mode })
      if (!trusted(folder.path, folder.owners)) continue
      writeFileSync(temp, data, { mode: FILE_MODE })
      renameSync(temp, join(folder.path, name))
      return
    } catch {
      removeQuietly(temp)
    }
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true })
  } catch {
    // Left behind: a stray temporary file costs nothing but its room.
  }
}

/**
 * A cache folder or file that may be used: a real one (not a link) with the right owner, that
 * nobody else can write to. Windows has no such mode bits; its temporary folder is per user.
 */
function trusted(path: string, owners: readonly (number | undefined)[]): boolean {
  try {
    const s = lstatSync(path)
    if (!s.isDirectory() && !s.isFile()) return false
    if (process.platform === 'win32') return true
    return owners.includes(s.uid) && (s.mode & WRITABLE_BY_OTHERS) === 0
  } catch {
    return false
  }
}
