// Files handled safely, end to end with the real binary: inputs never overwritten, no
// temporary file left behind on an error or on Ctrl-C, unreadable inputs reported in one
// line, and a batch that goes on past its bad files.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'

const BIN = resolve('bin/lifeline.js')
const GOOD = 'a -> b: hello\n'
const BAD = 'web db: x\n'
const isRoot = process.getuid?.() === 0

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' })
  return { code: r.status, stderr: r.stderr }
}

function workdir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-files-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

const temporaryFiles = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'))

/** A diagram big enough that compiling and writing it takes a while (a few MB of SVG). */
const big = (n: number): string => Array.from({ length: n }, (_, i) => `p${i % 6} -> p${(i + 1) % 6}: message ${i}`).join('\n')

describe('inputs are never overwritten', () => {
  test('an output that is another input of the batch is refused; the rest is written', () => {
    const dir = workdir({ 'a.seq': GOOD, 'a.svg': 'an input, not an output', 'c.seq': GOOD })
    const r = run(['a.seq', 'a.svg', 'c.seq'], dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('a.seq: error: its output a.svg would overwrite another input; name another output with -o')
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toBe('an input, not an output')
    expect(readFileSync(join(dir, 'c.svg'), 'utf8')).toMatch(/^<svg /)
  })
  test('an output onto its own input is refused', () => {
    // A diagram saved under an output format's name, rendered onto itself.
    const dir = workdir({ 'x.svg': GOOD })
    expect(run(['x.svg', '-o', 'x.svg'], dir).stderr).toBe('x.svg: error: its output x.svg would overwrite the input itself; name another output with -o\n')
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toBe(GOOD)
  })
})

describe('no temporary file is left behind', () => {
  test('when the output cannot be written', () => {
    const dir = workdir({ 'x.seq': GOOD })
    mkdirSync(join(dir, 'out', 'x.svg'), { recursive: true }) // the output's name is taken by a folder
    const r = run(['x.seq', '-o', 'out/'], dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('x.seq: error: cannot write out/x.svg: it is a folder\n')
    expect(temporaryFiles(dir)).toEqual([])
  })

  test('on Ctrl-C (SIGINT) while outputs are being written', async () => {
    const dir = workdir({ 'one.seq': big(3000), 'two.seq': big(3000), 'three.seq': big(3000) })
    mkdirSync(join(dir, 'out'))
    const child = spawn(process.execPath, [BIN, 'one.seq', 'two.seq', 'three.seq', '-o', 'out/'], { cwd: dir, stdio: 'ignore' })
    // Interrupt as soon as the first temporary file appears: the process is then writing it.
    const watcher = watch(join(dir, 'out'), (_, name) => {
      if (name?.endsWith('.tmp')) child.kill('SIGINT')
    })
    const exit = await new Promise<string>((done) => child.on('exit', (code, signal) => done(`${code ?? signal}`)))
    watcher.close()
    // 130 when the signal came while a file was being written (the cleanup handler's exit
    // code), else the plain SIGINT death of a process that had nothing to clean up.
    expect(['130', 'SIGINT']).toContain(exit)
    expect(temporaryFiles(dir)).toEqual([])
    // Whatever was written is whole: an SVG is either complete or absent.
    for (const svg of readdirSync(join(dir, 'out'))) expect(readFileSync(join(dir, 'out', svg), 'utf8')).toMatch(/<\/svg>\n$/)
  })
})

describe('inputs that cannot be read get one clear line and exit code 1', () => {
  // CI runs as root, for whom chmod 000 does not prevent reading: there this case cannot happen.
  test.skipIf(isRoot)('a file without read permission', () => {
    const dir = workdir({ 'locked.seq': GOOD })
    chmodSync(join(dir, 'locked.seq'), 0o000)
    const r = run(['locked.seq'], dir)
    expect([r.code, r.stderr]).toEqual([1, 'locked.seq: error: cannot read it (EACCES)\n'])
  })
  test.runIf(process.platform === 'linux')('a file whose reading fails (even for root)', () => {
    // /proc/self/mem is a regular file that no process can read from its start.
    const r = run(['/proc/self/mem'], workdir())
    expect([r.code, r.stderr]).toEqual([1, '/proc/self/mem: error: cannot read it (EIO)\n'])
  })
})

test('in a batch, bad files of every kind do not stop the good ones', () => {
  const dir = workdir({
    'first.seq': GOOD,
    'syntax.seq': BAD,
    'binary.seq': Buffer.from([0x00, 0x01, 0x02]),
    'latin1.seq': Buffer.from([0x61, 0x20, 0xe9, 0x0a]),
    'last.seq': GOOD,
  })
  mkdirSync(join(dir, 'folder.seq'))
  const r = run(['first.seq', 'syntax.seq', 'missing.seq', 'binary.seq', 'folder.seq', 'latin1.seq', 'last.seq'], dir)
  expect(r.code).toBe(1)
  expect(existsSync(join(dir, 'first.svg')) && existsSync(join(dir, 'last.svg'))).toBe(true)
  expect(readdirSync(dir).filter((f) => f.endsWith('.svg')).sort()).toEqual(['first.svg', 'last.svg'])
  expect(r.stderr.split('\n').filter((l) => / error: /.test(l)).map((l) => l.split(':')[0])).toEqual([
    'syntax.seq', 'missing.seq', 'binary.seq', 'folder.seq', 'latin1.seq',
  ])
})
