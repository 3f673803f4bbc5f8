// What an input or a config file is, when it is not a regular UTF-8 file: one function
// (read-source.ts, notAFile) words the reason for every command and for lifeline.config.json,
// and decodeSource says where text stops being UTF-8 or that it is UTF-16. Every FIFO and
// symbolic link is made in the test's own folder.
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { decodeSource } from '../../src/cli/read-source.js'
import { run } from './in-process.js'
import { workdir } from './spawn.js'

const GOOD = 'a -> b: hi\n'

/** A folder holding `x.seq`, and `name` made as the kind given. */
function withKind(name: string, kind: 'fifo' | 'folder' | 'broken-link' | 'loop', files: Record<string, string> = {}): string {
  const dir = workdir({ 'x.seq': GOOD, ...files })
  const path = join(dir, name)
  if (kind === 'fifo') execFileSync('mkfifo', [path])
  else if (kind === 'folder') mkdirSync(path)
  else if (kind === 'broken-link') symlinkSync('nowhere.seq', path)
  else {
    symlinkSync(`${name}.other`, path)
    symlinkSync(name, `${path}.other`)
  }
  return dir
}

describe('an input that is not a regular file', () => {
  test.each([
    ['render', ['loop.seq']],
    ['check', ['check', 'loop.seq']],
    ['fmt', ['fmt', 'loop.seq']],
  ])('a symbolic link loop is named as one in %s', async (_command, args) => {
    const r = await run(args, { cwd: withKind('loop.seq', 'loop') })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('loop.seq')
    expect(r.stderr).toContain('a symbolic link loop (ELOOP)')
  })

  test('a link to nothing says so', async () => {
    const r = await run(['dangling.seq'], { cwd: withKind('dangling.seq', 'broken-link') })
    expect([r.code, r.stderr]).toEqual([1, 'dangling.seq: error: a symbolic link to a file that does not exist\n'])
  })

  test.each([
    ['fifo', 'pipe.seq', 'pipe.seq: error: not a regular file (a FIFO, a device or a socket)\n'],
    ['folder', 'folder.seq', 'folder.seq: error: is a folder, not a diagram file\n'],
    ['loop', 'loop.seq', 'loop.seq: error: a symbolic link loop (ELOOP): following the links leads back to them\n'],
  ] as const)('watch words a %s as render does, and starts no server', async (kind, name, message) => {
    const dir = withKind(name, kind)
    const watched = await run(['watch', name], { cwd: dir })
    expect([watched.code, watched.stderr]).toEqual([1, message])
    expect((await run([name], { cwd: dir })).stderr).toBe(message)
  })
})

describe('a lifeline.config.json that cannot be read is an error, not no config', () => {
  test.each([
    ['a FIFO', 'fifo', 'not a regular file (a FIFO, a device or a socket)'],
    ['a folder', 'folder', 'is a folder, not a config file'],
    ['a link to nothing', 'broken-link', 'a symbolic link to a file that does not exist'],
    ['a link loop', 'loop', 'a symbolic link loop (ELOOP)'],
  ] as const)('%s', async (_what, kind, reason) => {
    const dir = withKind('lifeline.config.json', kind, { 'package.json': '{}' })
    for (const args of [['x.seq', '--verbose'], ['check', 'x.seq']]) {
      const r = await run(args, { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`lifeline.config.json: error: cannot use this config file: ${reason}`)
      expect(r.stderr).not.toContain('no lifeline.config.json found')
    }
  })
})

describe('text that is not UTF-8', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))
  test.each([
    ['a bad byte on line 1', bytes('a -> b', [0xff], '\n'), 'line 1, column 7 (byte 0xff)'],
    ['after several-byte characters and a real U+FFFD', bytes('a -> b: é\uFFFD😀\nc -> d: ', [0xc3, 0x28]), 'line 2, column 9 (byte 0xc3)'],
    ['after a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'ab', [0x80]), 'line 1, column 3 (byte 0x80)'],
    ['a sequence cut at the end', bytes('a', [0xe2, 0x82]), 'line 1, column 2 (byte 0xe2)'],
  ])('%s gives the line and column of the first bad byte', (_what, input, where) => {
    expect(decodeSource(input)).toEqual({ ok: false, reason: `this file is not valid UTF-8 text: ${where}` })
  })

  test.each([
    ['little-endian', [0xff, 0xfe, 0x61, 0x00]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x61]],
  ])('UTF-16 (%s, with its byte-order mark) is named, with what to do', (_what, input) => {
    expect(decodeSource(Uint8Array.from(input))).toEqual({ ok: false, reason: 'this file is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8' })
  })

  test('through the command line', async () => {
    const dir = workdir({ 'x.seq': Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]), 'y.seq': Buffer.from([0x61, 0x0a, 0x62, 0xff]) })
    expect((await run(['x.seq'], { cwd: dir })).stderr).toBe('x.seq: error: this file is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8\n')
    expect((await run(['check', 'y.seq'], { cwd: dir })).stderr).toContain('this file is not valid UTF-8 text: line 2, column 2 (byte 0xff)')
  })
})
