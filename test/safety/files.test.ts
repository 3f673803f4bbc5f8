// Outputs never destroy what they land on: devices and FIFOs keep what they are, an output
// named by a symbolic link is refused (its target untouched), an input is never overwritten through an alias, rewrites keep a file's mode, links and
// read-only state, and every failure is one line while the rest of a batch goes on. Fixtures
// (device nodes made with mknod, FIFOs, links) live in each test's own temporary folder.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { mknod, runMain, scratch } from './in-process.js'

const GOOD = 'a -> b: hello\n'
const UNFORMATTED = 'a->b:  hello\n'
const FORMATTED = 'a -> b: hello\n'
const isRoot = process.getuid?.() === 0

const mode = (path: string): number => statSync(path).mode & 0o7777

describe('outputs onto things that are not regular files', () => {
  test.runIf(isRoot)('-o onto a device node writes into it and keeps the node', async () => {
    const dir = scratch({ 'x.seq': GOOD })
    const device = mknod(dir, 'null', 3)
    const r = await runMain([join(dir, 'x.seq'), '-o', device], { cwd: dir })
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(lstatSync(device).isCharacterDevice()).toBe(true)
  })

  test.runIf(isRoot)('-o onto a symbolic link to a device is refused, and both stay', async () => {
    const dir = scratch({ 'x.seq': GOOD })
    const device = mknod(dir, 'null', 3)
    symlinkSync(device, join(dir, 'stdout'))
    const r = await runMain([join(dir, 'x.seq'), '-o', join(dir, 'stdout')], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('is a symbolic link')
    expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true)
    expect(lstatSync(device).isCharacterDevice()).toBe(true)
  })

  test('-o onto a FIFO writes into it for its reader and keeps the FIFO', async () => {
    const dir = scratch({ 'x.seq': GOOD })
    const fifo = join(dir, 'pipe')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const reader = spawn('cat', [fifo])
    let received = ''
    reader.stdout.on('data', (chunk: Buffer) => void (received += chunk.toString()))
    const closed = new Promise((done) => reader.on('close', done))
    const r = await runMain([join(dir, 'x.seq'), '-o', fifo], { cwd: dir })
    await closed
    expect(r.code).toBe(0)
    expect(received).toMatch(/^<svg [^]*<\/svg>\n?$/)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  const linked = (name: string): string => `cannot write ${name}: it is a symbolic link, and lifeline writes no output through one (remove the link, or write elsewhere)`

  test('an output named by a symbolic link is refused, and its target is left as it was', async () => {
    // As a repository could hold them: outputs' names, made from the input's, pointing outside.
    const dir = scratch({ 'repo/v.seq': GOOD, 'victim.txt': 'plain text' })
    const repo = join(dir, 'repo')
    symlinkSync('../victim.txt', join(repo, 'v.svg'))
    symlinkSync('../victim.txt', join(repo, 'v.png'))
    for (const [args, output] of [[['v.seq'], 'v.svg'], [['v.seq', '-o', 'v.svg'], 'v.svg'], [['v.seq', '-o', 'v.png'], 'v.png'], [['-o', 'v.svg'], 'v.svg']] as const) {
      const r = await runMain(args, { cwd: repo, stdin: args[0] === 'v.seq' ? undefined : GOOD })
      expect([r.code, r.stderr]).toEqual([1, `${args[0] === 'v.seq' ? 'v.seq' : '<stdin>'}: error: ${linked(output)}\n`])
    }
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('plain text')
    expect(readlinkSync(join(repo, 'v.svg'))).toBe('../victim.txt')
  })

  test('a dangling symbolic link is refused, and nothing is created where it points', async () => {
    const dir = scratch({ 'repo/v.seq': GOOD })
    symlinkSync('../made.svg', join(dir, 'repo/v.svg'))
    const r = await runMain(['v.seq'], { cwd: join(dir, 'repo') })
    expect([r.code, r.stderr]).toEqual([1, `v.seq: error: ${linked('v.svg')}\n`])
    expect(existsSync(join(dir, 'made.svg'))).toBe(false)
    expect(lstatSync(join(dir, 'repo/v.svg')).isSymbolicLink()).toBe(true)
  })
})

describe('inputs are never overwritten through an alias', () => {
  test('a symbolic link to the output as input', async () => {
    // A diagram kept under an output format's name (-o takes only .svg and .png).
    const dir = scratch({ 's.svg': GOOD })
    symlinkSync('s.svg', join(dir, 'alias.seq'))
    const r = await runMain([join(dir, 'alias.seq'), '-o', join(dir, 's.svg')], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`${join(dir, 'alias.seq')}: error: its output ${join(dir, 's.svg')} would overwrite the input itself; name another output with -o\n`)
    expect(readFileSync(join(dir, 's.svg'), 'utf8')).toBe(GOOD)
  })

  test('a hard link, and a symbolic link as the output onto another input', async () => {
    const dir = scratch({ 'a.seq': GOOD, 'b.seq': GOOD })
    linkSync(join(dir, 'a.seq'), join(dir, 'hard.svg'))
    const r = await runMain([join(dir, 'a.seq'), '-o', join(dir, 'hard.svg')], { cwd: dir })
    expect(r.stderr).toContain('would overwrite the input itself')
    symlinkSync('b.seq', join(dir, 'a.svg'))
    const batch = await runMain([join(dir, 'a.seq'), join(dir, 'b.seq')], { cwd: dir })
    expect(batch.stderr).toContain(`${join(dir, 'a.seq')}: error: its output ${join(dir, 'a.svg')} would overwrite another input`)
    expect(readFileSync(join(dir, 'a.seq'), 'utf8')).toBe(GOOD)
    expect(readFileSync(join(dir, 'b.seq'), 'utf8')).toBe(GOOD)
  })

  test('a folder reached through a symbolic link', async () => {
    const dir = scratch({ 'src/x.seq': GOOD, 'src/x.svg.seq': GOOD })
    symlinkSync('src', join(dir, 'out'))
    writeFileSync(join(dir, 'src/x.svg'), 'an input')
    const r = await runMain([join(dir, 'src/x.seq'), join(dir, 'src/x.svg'), '-o', `${join(dir, 'out')}/`], { cwd: dir })
    expect(r.stderr).toContain('would overwrite another input')
    expect(readFileSync(join(dir, 'src/x.svg'), 'utf8')).toBe('an input')
  })
})

describe('rewrites keep what the file is', () => {
  test('fmt keeps a 0600 mode (and a 0640 one the umask would clear)', async () => {
    const dir = scratch({ 'p.seq': UNFORMATTED, 'q.seq': UNFORMATTED })
    chmodSync(join(dir, 'p.seq'), 0o600)
    chmodSync(join(dir, 'q.seq'), 0o664)
    const r = await runMain(['fmt', join(dir, 'p.seq'), join(dir, 'q.seq')], { cwd: dir })
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'p.seq'), 'utf8')).toBe(FORMATTED)
    expect([mode(join(dir, 'p.seq')), mode(join(dir, 'q.seq'))]).toEqual([0o600, 0o664])
  })

  test('fmt refuses a read-only file in one line (even as root) and formats the others', async () => {
    const dir = scratch({ 'ro.seq': UNFORMATTED, 'rw.seq': UNFORMATTED })
    chmodSync(join(dir, 'ro.seq'), 0o444)
    const r = await runMain(['fmt', join(dir, 'ro.seq'), join(dir, 'rw.seq')], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`${join(dir, 'ro.seq')}: error: cannot write ${join(dir, 'ro.seq')}: it is read-only (make it writable to let lifeline replace it)\n`)
    expect(readFileSync(join(dir, 'ro.seq'), 'utf8')).toBe(UNFORMATTED)
    expect(readFileSync(join(dir, 'rw.seq'), 'utf8')).toBe(FORMATTED)
  })

  test('fmt writes through a symbolic link and keeps it', async () => {
    const dir = scratch({ 'real/t.seq': UNFORMATTED })
    symlinkSync('real/t.seq', join(dir, 'link.seq'))
    expect((await runMain(['fmt', join(dir, 'link.seq')], { cwd: dir })).code).toBe(0)
    expect(lstatSync(join(dir, 'link.seq')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'real/t.seq'), 'utf8')).toBe(FORMATTED)
  })

  test('fmt does not split hard links: every name sees the new text', async () => {
    const dir = scratch({ 'one.seq': UNFORMATTED })
    linkSync(join(dir, 'one.seq'), join(dir, 'two.seq'))
    expect((await runMain(['fmt', join(dir, 'one.seq')], { cwd: dir })).code).toBe(0)
    expect(readFileSync(join(dir, 'two.seq'), 'utf8')).toBe(FORMATTED)
    expect(statSync(join(dir, 'one.seq')).nlink).toBe(2)
  })

  test('fmt keeps a byte-order mark', async () => {
    const dir = scratch({ 'b.seq': `\ufeff${UNFORMATTED}` })
    expect((await runMain(['fmt', join(dir, 'b.seq')], { cwd: dir })).code).toBe(0)
    expect(readFileSync(join(dir, 'b.seq'), 'utf8')).toBe(`\ufeff${FORMATTED}`)
  })

  test('fmt leaves a file edited while it ran alone, and says so', async () => {
    const dir = scratch({ 'e.seq': UNFORMATTED })
    const file = join(dir, 'e.seq')
    let reads = 0
    const r = await runMain(['fmt', file], {
      cwd: dir,
      io: {
        readFile: async (path) => {
          const bytes = readFileSync(path)
          if (path === file && reads++ === 0) writeFileSync(file, `${UNFORMATTED}c -> d\n`)
          return bytes
        },
      },
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`${file}: error: it changed while lifeline fmt ran, so it was not rewritten: run lifeline fmt again\n`)
    expect(readFileSync(file, 'utf8')).toBe(`${UNFORMATTED}c -> d\n`)
  })

  test('-o onto a read-only SVG is refused in one line', async () => {
    const dir = scratch({ 'x.seq': GOOD, 'x.svg': 'kept' })
    chmodSync(join(dir, 'x.svg'), 0o444)
    const r = await runMain([join(dir, 'x.seq')], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`${join(dir, 'x.seq')}: error: cannot write ${join(dir, 'x.svg')}: it is read-only (make it writable to let lifeline replace it)\n`)
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toBe('kept')
  })
})

describe('failures are one line, and a batch goes on', () => {
  test('fmt where a write fails: one line for it, the other files formatted', async () => {
    const dir = scratch({ 'a.seq': UNFORMATTED, 'b.seq': UNFORMATTED })
    const failing = join(dir, 'a.seq')
    const r = await runMain(['fmt', failing, join(dir, 'b.seq')], {
      cwd: dir,
      io: {
        writeFileAtomic: async (path, data) => {
          if (path === failing) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
          writeFileSync(path, data)
        },
      },
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`${failing}: error: cannot write it (permission denied)\n`)
    expect(readFileSync(join(dir, 'b.seq'), 'utf8')).toBe(FORMATTED)
  })

  test.skipIf(isRoot)('fmt into a folder the user may not write (a real EACCES; root may write anywhere)', async () => {
    const dir = scratch({ 'locked/a.seq': UNFORMATTED, 'b.seq': UNFORMATTED })
    chmodSync(join(dir, 'locked'), 0o555)
    const r = await runMain(['fmt', join(dir, 'locked/a.seq'), join(dir, 'b.seq')], { cwd: dir })
    expect(r.stderr).toBe(`${join(dir, 'locked/a.seq')}: error: cannot write ${join(dir, 'locked/a.seq')}: the folder ${join(dir, 'locked')} may not be written (permission denied)\n`)
    expect(readFileSync(join(dir, 'b.seq'), 'utf8')).toBe(FORMATTED)
  })

  test('-o afile/ and -o afile/x.svg, where afile is a file', async () => {
    const dir = scratch({ 'x.seq': GOOD, afile: 'a file' })
    const why = `cannot write afile/x.svg: afile is a file, not a folder\n`
    const folder = await runMain(['x.seq', '-o', 'afile/'], { cwd: dir })
    expect([folder.code, folder.stderr]).toEqual([1, `x.seq: error: ${why}`])
    const file = await runMain(['x.seq', '-o', 'afile/x.svg'], { cwd: dir })
    expect([file.code, file.stderr]).toEqual([1, `x.seq: error: ${why}`])
    const stdin = await runMain(['-o', 'afile/x.svg'], { cwd: dir, stdin: GOOD })
    expect([stdin.code, stdin.stderr]).toEqual([1, `<stdin>: error: ${why}`])
    expect(readFileSync(join(dir, 'afile'), 'utf8')).toBe('a file')
  })
})

test('fixtures stay in their folder: the scratch folder is under the system temporary folder', () => {
  const dir = scratch()
  mkdirSync(join(dir, 'x'))
  expect(resolve(dir).startsWith(resolve(process.env['TMPDIR'] ?? '/tmp'))).toBe(true)
})
