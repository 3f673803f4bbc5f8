// Fuzz: the command line over file-system fixtures made in a temporary folder. Each run builds
// an input and an output target of a random kind (a regular file, read-only or hard-linked,
// a symbolic link to a file, to the input, dangling or to a device, a device node made with
// mknod when running as root, a folder, a file where a folder should be) and renders or
// formats through it. The property: one-line messages only (never a stack trace), an exit
// code of 0, 1 or 2, the input's bytes unchanged unless fmt rewrote them, and every fixture
// still the kind of thing it was.
import { spawnSync } from 'node:child_process'
import { chmodSync, linkSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '@fast-check/vitest'
import fc from 'fast-check'
import { describe, expect } from 'vitest'
import { runMain, scratch } from '../safety/in-process.js'
import { fuzzParams, fuzzTimeout } from './property.js'

const isRoot = process.getuid?.() === 0
const KINDS = ['missing', 'file', 'read-only', 'hard-link', 'link-to-file', 'link-to-input', 'dangling-link', 'folder', 'under-a-file', ...(isRoot ? ['device', 'link-to-device'] : [])] as const
type Kind = (typeof KINDS)[number]

/** Makes `out` in `dir` a thing of the given kind; returns the path to pass as the output. */
function fixture(dir: string, kind: Kind, input: string): string {
  const out = join(dir, 'out.svg')
  const device = (): string => {
    const path = join(dir, 'null')
    spawnSync('mknod', [path, 'c', '1', '3'])
    return path
  }
  switch (kind) {
    case 'missing':
      return out
    case 'file':
    case 'read-only':
    case 'hard-link':
      writeFileSync(out, 'old')
      if (kind === 'read-only') chmodSync(out, 0o444)
      if (kind === 'hard-link') linkSync(out, join(dir, 'other-name.svg'))
      return out
    case 'link-to-file':
      writeFileSync(join(dir, 'target.svg'), 'old')
      symlinkSync('target.svg', out)
      return out
    case 'link-to-input':
      symlinkSync(input, out)
      return out
    case 'dangling-link':
      symlinkSync('nowhere/at/all.svg', out)
      return out
    case 'folder':
      mkdirSync(out)
      return `${out}/`
    case 'under-a-file':
      writeFileSync(join(dir, 'afile'), 'a file')
      return join(dir, 'afile', 'x.svg')
    case 'device':
      return device()
    case 'link-to-device':
      symlinkSync(device(), out)
      return out
    default:
      throw new Error(`no fixture ${String(kind)}`)
  }
}

/** What each path in the folder is (file, link, device, ...), to compare before and after. */
function kinds(dir: string, names: readonly string[]): string[] {
  return names.map((n) => {
    try {
      const s = lstatSync(join(dir, n))
      return `${n}:${s.isSymbolicLink() ? 'link' : s.isCharacterDevice() ? 'device' : s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other'}`
    } catch {
      return `${n}:missing`
    }
  })
}

const SOURCES = ['a -> b: hi\n', 'a->b:  hi\n', 'web db: x\n', 'a ->> b { delay: 39990 }\n']

describe('fuzz: the command line over file-system fixtures', () => {
  test.prop([fc.constantFrom(...KINDS), fc.constantFrom(...SOURCES), fc.constantFrom('render', 'png', 'fmt')], fuzzParams(60))(
    'one-line messages, exit 0/1/2, inputs intact, fixtures keep their kind',
    async (kind, source, command) => {
      const dir = scratch({ 'in.seq': source })
      const input = join(dir, 'in.seq')
      const target = fixture(dir, kind, input)
      const names = ['in.seq', 'out.svg', 'null', 'target.svg', 'afile']
      const before = kinds(dir, names)
      const args = command === 'fmt' ? ['fmt', input] : command === 'png' ? [input, '-o', target.endsWith('/') ? target : `${target}`, '--format', 'png'] : [input, '-o', target]
      const r = await runMain(args, { cwd: dir })
      expect([0, 1, 2]).toContain(r.code)
      for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).not.toMatch(/^\s+at |Error: /)
      if (command !== 'fmt') expect(readFileSync(input, 'utf8')).toBe(source)
      const after = kinds(dir, names)
      expect(after.filter((k, i) => k !== before[i] && !before[i]?.endsWith(':missing'))).toEqual([])
    },
    fuzzTimeout(),
  )
})
