// The V8 code cache the real binary starts from (src/cli/code-cache.ts), end to end: a copy of
// the installed package (bin/ and the bundle) in a scratch folder, run as a user would. A
// cache that is damaged, made elsewhere or in a folder others can write to is never used; a
// package folder that cannot be written sends the cache to the user's temporary folder;
// concurrent first runs leave one whole cache. Every run must write the same SVG.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { GOOD } from './spawn.js'

const FILES = ['package.json', 'bin/lifeline.js', 'bin/package.json', 'dist/bundle/code-cache.cjs', 'dist/bundle/lifeline.cjs', 'dist/bundle/lifeline.worker.cjs', 'dist/bundle/lifeline.lsp.cjs']
/** The header line before V8's data (src/cli/code-cache.ts). */
const HEADER_LENGTH = 'lifeline-code-cache-v1 '.length + 64 + 1
/** A user who owns none of the scratch files, for a package folder that truly cannot be written. */
const NOBODY = 65534
const isRoot = process.getuid?.() === 0

interface Install {
  readonly root: string
  /** The system temporary folder the runs see (TMPDIR). */
  readonly tmp: string
  readonly packageCache: string
}

function install(): Install {
  const root = mkdtempSync(join(tmpdir(), 'lifeline-code-cache-test-'))
  for (const f of FILES) {
    mkdirSync(join(root, 'pkg', f, '..'), { recursive: true })
    copyFileSync(f, join(root, 'pkg', f))
  }
  writeFileSync(join(root, 'in.seq'), GOOD)
  const tmp = join(root, 'tmp')
  mkdirSync(tmp)
  chmodSync(tmp, 0o1777) // like /tmp: anyone may create their own folder in it
  chmodSync(root, 0o755)
  return { root, tmp, packageCache: join(root, 'pkg/dist/code-cache') }
}

/** Renders in.seq to out-<tag>.svg and returns the SVG; `asNobody` runs as another user when we are root. */
function render(at: Install, tag: string, options: { asNobody?: boolean } = {}): string {
  const out = join(at.root, 'out', tag)
  mkdirSync(out, { recursive: true, mode: 0o777 })
  chmodSync(out, 0o777)
  const ids = options.asNobody && isRoot ? { uid: NOBODY, gid: NOBODY } : {}
  const r = spawnSync(process.execPath, [join(at.root, 'pkg/bin/lifeline.js'), join(at.root, 'in.seq'), '-o', join(out, 'in.svg')], {
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: at.tmp },
    ...ids,
  })
  expect([r.status, r.stderr]).toEqual([0, ''])
  return readFileSync(join(out, 'in.svg'), 'utf8')
}

let expected: string | undefined
/** The SVG every run must write: from a first run of a fresh copy. */
function reference(): string {
  expected ??= render(install(), 'reference')
  return expected
}

/** The name the cache of the installed bundle has (src/cli/code-cache.ts). */
function cacheName(at: Install): string {
  return `lifeline.cjs-${sha256(readFileSync(join(at.root, 'pkg/dist/bundle/lifeline.cjs'))).slice(0, 16)}.cache`
}

/** Makes the package read-only (and, when we are root, the runs are another user's). */
function readOnly(at: Install): void {
  for (const dir of ['pkg', 'pkg/dist']) chmodSync(join(at.root, dir), 0o555)
}

/** The per-user temporary cache folder of whoever the `asNobody` runs are. */
const ownFolder = (at: Install): string => join(at.tmp, `lifeline-code-cache-${isRoot ? NOBODY : process.getuid?.()}`)

/** The cache files in a folder (none if it does not exist). */
function caches(dir: string): string[] {
  try {
    return readdirSync(dir).map((f) => join(dir, f))
  } catch {
    return []
  }
}

function onlyCache(dir: string): string {
  const found = caches(dir)
  expect(found).toHaveLength(1)
  expect(found[0]).toMatch(/lifeline\.cjs-[0-9a-f]{16}\.cache$/)
  return found[0] as string
}

/** Content (a digest: comparing buffers byte by byte is slow) and modification time. */
const snapshot = (file: string) => ({ sha256: sha256(readFileSync(file)), mtime: statSync(file).mtimeMs })
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

describe('code cache', () => {
  test('the first run writes it into the package, later runs use it as it is, and the SVG never changes', () => {
    const at = install()
    const first = render(at, 'first')
    expect(first).toBe(reference())
    const file = onlyCache(at.packageCache)
    expect(file).toBe(join(at.packageCache, cacheName(at)))
    expect(readFileSync(file).subarray(0, HEADER_LENGTH).toString()).toMatch(/^lifeline-code-cache-v1 [0-9a-f]{64}\n$/)
    const before = snapshot(file)
    expect(render(at, 'second')).toBe(first)
    expect(snapshot(file)).toEqual(before)
    expect(caches(at.tmp)).toEqual([])
  })

  test('a run that only prints help or the version, or serves an editor, writes no cache: the first render does', () => {
    const at = install()
    // The language server, its input closed without a shutdown request, ends with status 1.
    for (const [args, status] of [[['--version'], 0], [['--help'], 0], [['lsp', '--stdio'], 1]] as const) {
      const r = spawnSync(process.execPath, [join(at.root, 'pkg/bin/lifeline.js'), ...args], { input: '', encoding: 'utf8', env: { ...process.env, TMPDIR: at.tmp } })
      expect(r.status, args.join(' ')).toBe(status)
    }
    expect(caches(at.packageCache)).toEqual([])
    expect(render(at, 'render')).toBe(reference())
    onlyCache(at.packageCache)
  })

  test.each([
    ['one byte of V8 data flipped', (b: Buffer) => Buffer.from(b).fill(b[b.length >> 1]! ^ 0xff, b.length >> 1, (b.length >> 1) + 1)],
    ['cut in half', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['only the header', (b: Buffer) => b.subarray(0, HEADER_LENGTH)],
    ['empty', () => Buffer.alloc(0)],
    ['another file', () => readFileSync('package.json')],
  ])('a cache with %s is ignored and written again', (_what, damage) => {
    const at = install()
    const good = render(at, 'good')
    const file = onlyCache(at.packageCache)
    const damaged = damage(readFileSync(file))
    writeFileSync(file, damaged)
    expect(render(at, 'damaged')).toBe(good)
    const rewritten = snapshot(file)
    expect(rewritten.sha256).not.toBe(sha256(damaged))
    expect(render(at, 'again')).toBe(good)
    expect(snapshot(file)).toEqual(rewritten) // the new one is whole: used as it is
  })

  test('a cache file others can write to is not read, and is replaced by one they cannot', () => {
    const at = install()
    render(at, 'first')
    const file = onlyCache(at.packageCache)
    chmodSync(file, 0o666)
    const before = snapshot(file)
    expect(render(at, 'writable')).toBe(reference())
    expect(statSync(file).mode & 0o777).toBe(0o644)
    expect(snapshot(file).mtime).not.toBe(before.mtime)
  })

  test('a cache made by a different bundle is not used: each bundle has its own', () => {
    const at = install()
    const good = render(at, 'good')
    const old = onlyCache(at.packageCache)
    const bundle = join(at.root, 'pkg/dist/bundle/lifeline.cjs')
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}// rebuilt\n`)
    expect(render(at, 'rebuilt')).toBe(good)
    const now = caches(at.packageCache)
    expect(now).toHaveLength(2)
    expect(now).toContain(old)
    expect(now).toContain(join(at.packageCache, cacheName(at)))
  })

  test('under a umask that lets the group write (002), the cache folder and file are still only their owner\'s to write', () => {
    const at = install()
    const out = join(at.root, 'umask.svg')
    const script = `umask 002 && exec "${process.execPath}" "${join(at.root, 'pkg/bin/lifeline.js')}" "${join(at.root, 'in.seq')}" -o "${out}"`
    const r = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { ...process.env, TMPDIR: at.tmp } })
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(readFileSync(out, 'utf8')).toBe(reference())
    expect(statSync(at.packageCache).mode & 0o777).toBe(0o755)
    const file = onlyCache(at.packageCache)
    expect(statSync(file).mode & 0o777).toBe(0o644)
    const before = snapshot(file)
    expect(render(at, 'after-umask')).toBe(reference())
    expect(snapshot(file)).toEqual(before) // trusted, so used
  })

  test('a read-only package: the cache goes to the user\'s own temporary folder', () => {
    const at = install()
    readOnly(at)
    expect(render(at, 'read-only', { asNobody: true })).toBe(reference())
    expect(caches(at.packageCache)).toEqual([])
    const own = ownFolder(at)
    expect(statSync(own).mode & 0o777).toBe(0o700)
    const file = onlyCache(own)
    const before = snapshot(file)
    expect(render(at, 'read-only-again', { asNobody: true })).toBe(reference())
    expect(snapshot(file)).toEqual(before)
  })

  test('a temporary cache folder others can write to is neither read nor written', () => {
    const at = install()
    readOnly(at)
    const shared = ownFolder(at)
    mkdirSync(shared)
    chmodSync(shared, 0o777)
    if (isRoot) expect(spawnSync('chown', [`${NOBODY}:${NOBODY}`, shared]).status).toBe(0)
    // Someone else's file under the name this bundle's cache has.
    const planted = join(shared, cacheName(at))
    writeFileSync(planted, 'not a cache')
    expect(render(at, 'shared', { asNobody: true })).toBe(reference())
    expect(readFileSync(planted, 'utf8')).toBe('not a cache')
    expect(caches(shared)).toEqual([planted])
  })

  test('concurrent first runs all succeed and leave one whole cache, no temporary files', async () => {
    const at = install()
    const good = reference()
    const runs = Array.from({ length: 4 }, (_, i) => {
      const out = join(at.root, `parallel-${i}.svg`)
      return new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [join(at.root, 'pkg/bin/lifeline.js'), join(at.root, 'in.seq'), '-o', out], { env: { ...process.env, TMPDIR: at.tmp } })
        child.on('error', reject).on('exit', (code) => (code === 0 ? resolve(readFileSync(out, 'utf8')) : reject(new Error(`exit ${code}`))))
      })
    })
    expect(await Promise.all(runs)).toEqual([good, good, good, good])
    const file = onlyCache(at.packageCache)
    const before = snapshot(file)
    expect(render(at, 'after')).toBe(good)
    expect(snapshot(file)).toEqual(before)
  })
})
