// Input patterns → file paths, for shells that pass `"docs/**/*.seq"` through unexpanded
// (Windows, quoted arguments, npm scripts). Node 20 has no fs.glob, and the subset a diagram
// folder needs is small: `*`, `?`, `[abc]`/`[!abc]`, `{a,b}` and `**` for any depth. As in
// shells, wildcards do not match names starting with '.', and an argument without wildcards
// (or naming a file that exists as written) is passed through untouched.
import { join } from 'node:path'
import type { Io } from './io.js'

const MAGIC = /[*?[{]/

export interface Expanded {
  /** The files, each pattern's matches sorted, duplicates dropped, in argument order. */
  readonly files: string[]
  /** Patterns that matched nothing. */
  readonly unmatched: string[]
}

export async function expandInputs(args: readonly string[], io: Io): Promise<Expanded> {
  const files: string[] = []
  const unmatched: string[] = []
  const seen = new Set<string>()
  for (const arg of args) {
    const matches = isPattern(arg) && (await io.kind(arg)) === 'missing' ? await expandPattern(arg, io) : [arg]
    if (matches.length === 0) unmatched.push(arg)
    for (const m of matches) if (!seen.has(m)) seen.add(m), files.push(m)
  }
  return { files, unmatched }
}

export const isPattern = (arg: string): boolean => MAGIC.test(arg)

async function expandPattern(pattern: string, io: Io): Promise<string[]> {
  const found = new Set<string>()
  for (const alternative of expandBraces(pattern)) {
    const absolute = alternative.startsWith('/')
    const segments = alternative.split('/').filter((s) => s !== '' && s !== '.')
    for (const m of await walk(absolute ? '/' : '', segments, io)) found.add(m)
  }
  return [...found].sort()
}

/**
 * `a{b,c}d` → [abd, acd]. Innermost braces go first, so nesting works; that can repeat an
 * alternative, and order does not matter (each pattern's matches are sorted), so repeats go.
 */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*,[^{}]*)\}/.exec(pattern)
  if (!m) return [pattern]
  const before = pattern.slice(0, m.index)
  const after = pattern.slice(m.index + m[0].length)
  return [...new Set((m[1] ?? '').split(',').flatMap((part) => expandBraces(before + part + after)))]
}

/** The files under `base` whose path below it matches the segments. */
async function walk(base: string, segments: readonly string[], io: Io): Promise<string[]> {
  const [head, ...rest] = segments
  if (head === undefined) return (await io.kind(base)) === 'file' ? [base] : []
  if (head === '**') {
    const here = await walk(base, rest, io) // `**` matches no folder at all, too
    const below = await Promise.all((await subfolders(base, io)).map((d) => walk(join(base, d), segments, io)))
    return [...here, ...below.flat()]
  }
  if (!isPattern(head)) return walk(join(base, head), rest, io)
  const matcher = segmentRegExp(head)
  const entries = await listDir(base, io)
  const hits = entries.filter((e) => matcher.test(e.name) && (rest.length === 0 ? e.kind === 'file' : e.kind === 'directory'))
  return (await Promise.all(hits.map((e) => walk(join(base, e.name), rest, io)))).flat()
}

function listDir(path: string, io: Io) {
  return io.readDir(path === '' ? '.' : path)
}

async function subfolders(base: string, io: Io): Promise<string[]> {
  return (await listDir(base, io)).filter((e) => e.kind === 'directory' && !e.name.startsWith('.')).map((e) => e.name)
}

/** One path segment's wildcards as an anchored regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let source = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? ''
    const close = c === '[' ? segment.indexOf(']', i + 2) : -1
    if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else if (close > 0) {
      const body = segment.slice(i + 1, close)
      source += body.startsWith('!') ? `[^${escapeClass(body.slice(1))}]` : `[${escapeClass(body)}]`
      i = close
    } else source += c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
  }
  const hidden = segment.startsWith('.') ? '' : '(?!\\.)'
  return new RegExp(`^${hidden}${source}$`, 'u')
}

const escapeClass = (body: string): string => body.replace(/[\\\]^]/g, '\\$&')
