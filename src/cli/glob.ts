// Input patterns → file paths, for every command, for shells that pass `"docs/**/*.seq"`
// through unexpanded (Windows, quoted arguments, npm scripts). Matching is tinyglobby's
// (picomatch's bash rules; fdir walks the folders): `*`, `?`, `[abc]`/`[!abc]`, `{a,b}` and
// `**` for any depth. As in shells, wildcards do not match names starting with '.', and an
// argument without wildcards (or naming a file that exists as written) is passed through
// untouched. What is decided here rather than left to the matcher:
// - Wildcards never enter node_modules unless the pattern names it (`**/*.seq` in a project).
// - Wildcards never enter a symbolic link to a folder, as bash's `**` does not: a link to an
//   ancestor would otherwise loop. A folder named literally in the pattern may be a link.
//   Links to files match like files.
// - A pattern is refused, with one line for a usage error, when it cannot be matched
//   (`[z-a]`), is longer than MAX_PATTERN_LENGTH or has more than MAX_BRACE_GROUPS `{...}`
//   groups: the matcher's work grows with them, and no real pattern needs more.
// - Windows spellings are normalised: `docs\*.seq` is `docs/*.seq`, `c:\x` is `C:/x`. On other
//   systems a backslash before a wildcard character still escapes it (`\*` is a literal star).
import { lstat } from 'node:fs/promises'
import { isAbsolute, join, posix } from 'node:path'
import { glob } from 'tinyglobby'

const MAGIC = /[*?[{]/
/** Longer patterns are refused before any matching (paths are far shorter). */
export const MAX_PATTERN_LENGTH = 1024
/** More `{...}` groups are refused: each multiplies what the matcher tries. */
export const MAX_BRACE_GROUPS = 16

export type Expansion = { readonly ok: true; readonly files: string[] } | { readonly ok: false; readonly problem: string }

export const isPattern = (arg: string): boolean => MAGIC.test(arg)

/** A Windows user's spelling of a pattern in the forward-slash form the matcher takes. */
export function normalisePattern(pattern: string, platform: NodeJS.Platform = process.platform): string {
  const slashes = platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern.replace(/\\(?![*?[\]{}()!\\])/g, '/')
  return slashes.replace(/^([a-z]):\//, (_, drive: string) => `${drive.toUpperCase()}:/`)
}

/** Why the pattern cannot be matched, or undefined if it can. */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`
  const groups = (pattern.match(/(?<!\\)\{/g) ?? []).length
  if (groups > MAX_BRACE_GROUPS) return `the pattern has ${groups} {...} groups; at most ${MAX_BRACE_GROUPS} are allowed`
  for (const m of pattern.matchAll(/(?<!\\)\[(!?)((?:\\.|[^\]\\])+)\]/g)) {
    try {
      new RegExp(`[${m[1] ? '^' : ''}${m[2] ?? ''}]`, 'u')
    } catch {
      return `[${m[1] ?? ''}${m[2] ?? ''}] is not a valid character class (a range must run from low to high, as in [a-z])`
    }
  }
  return undefined
}

/** The files a pattern matches under `cwd`, sorted; relative paths unless the pattern is absolute. */
export async function expandPattern(raw: string, cwd: string): Promise<Expansion> {
  const pattern = normalisePattern(raw)
  const problem = patternProblem(pattern)
  if (problem) return { ok: false, problem }
  const absolute = isAbsolute(pattern) || /^[A-Z]:\//.test(pattern)
  const found = await glob(pattern, {
    cwd,
    absolute,
    onlyFiles: true,
    expandDirectories: false,
    // Followed so that links to files match; links to folders are dropped below. fdir visits
    // each real folder once, so even a link loop ends.
    followSymbolicLinks: true,
    braceExpansion: true,
    extglob: false,
    // A dependency's own diagrams are not the project's: wildcards skip node_modules (and do
    // not walk it) unless the pattern names it.
    ignore: pattern.includes('node_modules') ? [] : ['**/node_modules/**'],
  })
  const literal = literalPrefix(pattern)
  // As in bash, only a pattern that starts with '.' matches a name that does: picomatch lets
  // `[!a]*` match `.hidden`.
  const dotted = (pattern.split('/').pop() ?? '').startsWith('.')
  const visible = found.filter((file) => dotted || !(file.split('/').pop() ?? '').startsWith('.'))
  const kept = await Promise.all(visible.map(async (file) => ((await throughLinkedFolder(file, literal, cwd)) ? undefined : file)))
  return { ok: true, files: kept.filter((f): f is string => f !== undefined).sort() }
}

/** The folders a pattern names before its first wildcard (`docs/a/` of `docs/a/**\/*.seq`). */
function literalPrefix(pattern: string): number {
  // The matcher reports `./d/x.seq` as `d/x.seq`.
  const segments = pattern.replace(/^(\.\/)+/, '').split('/')
  const first = segments.findIndex((s) => isPattern(s))
  return first === -1 ? segments.length : first
}

/** Whether a match lies below a symbolic link to a folder that a wildcard segment matched. */
async function throughLinkedFolder(file: string, literalSegments: number, cwd: string): Promise<boolean> {
  const segments = file.split(/[\\/]/)
  // The literal folders themselves may be links: the user named them.
  for (let i = literalSegments + 1; i < segments.length; i++) {
    const folder = segments.slice(0, i).join(posix.sep)
    try {
      if ((await lstat(isAbsolute(folder) ? folder : join(cwd, folder))).isSymbolicLink()) return true
    } catch {
      return true // gone meanwhile: not a match any more
    }
  }
  return false
}
