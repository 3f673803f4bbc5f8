// lifeline.config.json: project defaults for the CLI, found by walking up from each input's
// folder (from the current folder for standard input) and no further than the repository's
// root, the first folder holding `.git` or `package.json`, so a config somewhere above the
// project never redirects its output. `--verbose` says which file applied. Hands the commands
// a validated Config. A file by that name that cannot be read (a folder, a FIFO, a link to
// nothing), is not valid JSON, has an unknown key or a value of the wrong type is a usage
// error naming the file and the key's path (`limits.maxNesting`), checked by the library's one
// option validator (src/diagnostics/read-options.ts). CLI flags win over the config (inputs.ts,
// settingsFor).
import { dirname, join, relative, resolve } from 'node:path'
import type { Limits } from '../limits.js'
import { THEME_NAMES, type ThemeName } from '../model/model.js'
import { escapeControls } from '../diagnostics/printable.js'
import { limitsShape } from '../compile-options.js'
import { oneOf, readOptions, wholeAtLeast, type OptionRule, type OptionShape } from '../diagnostics/read-options.js'
import type { Io } from './io.js'
import { readFileBytes } from './read-source.js'

export const CONFIG_FILE = 'lifeline.config.json'

export interface Config {
  readonly theme?: ThemeName
  /** Output folder; ConfigFinder resolves it against the config file's folder. */
  readonly outDir?: string
  /** Default `async-delay` for diagrams that set none. */
  readonly asyncDelay?: number
  readonly strict?: boolean
  /** Size limits other than the defaults (src/limits.ts), for projects with bigger diagrams. */
  readonly limits?: Partial<Limits>
}

export type ConfigResult =
  | { readonly ok: true; readonly config: Config; readonly file?: string | undefined; readonly searchedUpTo?: string | undefined }
  | { readonly ok: false; readonly message: string }

/** A folder holding one of these is a project's root: the search for a config stops there. */
const ROOT_MARKERS = ['.git', 'package.json']

/** The file's keys, for the library's one option validator (src/diagnostics/read-options.ts). */
const CONFIG_KEYS: OptionShape = {
  noun: 'key',
  example: '{ "theme": "dark" }',
  keys: {
    theme: oneOf(THEME_NAMES, (t) => JSON.stringify(t)),
    outDir: (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a folder path (a non-empty string)'),
    asyncDelay: wholeAtLeast(0),
    strict: (v: unknown) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
    limits: limitsShape(1, '{ "maxStatements": 50000 }'),
  } satisfies Record<keyof Config, OptionRule | OptionShape>,
}

/** Parses and validates one config file's text. */
export function parseConfig(text: string, file: string): ConfigResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { ok: false, message: `${file}: error: not valid JSON (${(e as Error).message})` }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: `${file}: error: must hold a JSON object such as { "theme": "dark" }` }
  }
  const read = readOptions(data, CONFIG_KEYS)
  if (read.problems.length > 0) return { ok: false, message: read.problems.map((p) => `${file}: error: ${p}`).join('\n') }
  return { ok: true, config: read.values }
}

/** Finds and reads config files, each folder looked up once per run. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<ConfigResult>>()

  /** With `verbose`, forInputs says on stderr which config file applies (or that none does). */
  constructor(
    private readonly io: Io,
    private readonly verbose = false,
  ) {}

  /** The config that applies to an input file, or to standard input when `file` is undefined. */
  forInput(file: string | undefined): Promise<ConfigResult> {
    return this.forFolder(file === undefined ? resolve(this.io.cwd) : dirname(resolve(this.io.cwd, file)))
  }

  private forFolder(folder: string): Promise<ConfigResult> {
    let found = this.byFolder.get(folder)
    if (!found) {
      found = this.lookUp(folder)
      this.byFolder.set(folder, found)
    }
    return found
  }

  /** A path as messages show it: relative to the current folder when below it, control characters escaped. */
  private shown(path: string): string {
    const rel = relative(this.io.cwd, path)
    return escapeControls(rel === '' ? '.' : rel.startsWith('..') ? path : rel)
  }

  private async lookUp(folder: string): Promise<ConfigResult> {
    const candidate = join(folder, CONFIG_FILE)
    // Anything by the config's name but nothing is the user's config: one that cannot be read
    // (a folder, a FIFO, a link to nothing) is an error, not silently no config.
    if ((await this.io.kind(candidate)) !== 'missing') {
      const shown = this.shown(candidate)
      const read = await readFileBytes(candidate, this.io, 'config')
      if (!read.ok) return { ok: false, message: `${shown}: error: cannot use this config file: ${read.reason}` }
      const parsed = parseConfig(new TextDecoder().decode(read.bytes), shown)
      if (!parsed.ok) return parsed
      // outDir is resolved against the file's folder, whatever name the messages use.
      const config = parsed.config.outDir ? { ...parsed.config, outDir: resolve(folder, parsed.config.outDir) } : parsed.config
      return { ok: true, config, file: shown }
    }
    const parent = dirname(folder)
    if (parent === folder || (await this.isRoot(folder))) return { ok: true, config: {}, searchedUpTo: this.shown(folder) }
    return this.forFolder(parent)
  }

  private async isRoot(folder: string): Promise<boolean> {
    for (const marker of ROOT_MARKERS) if ((await this.io.kind(join(folder, marker))) !== 'missing') return true
    return false
  }

  /** The configs of many inputs, or the first error among them. */
  async forInputs(files: readonly (string | undefined)[]): Promise<{ ok: true; configs: Config[] } | { ok: false; message: string }> {
    const configs: Config[] = []
    const said = new Set<string>()
    for (const file of files) {
      const result = await this.forInput(file)
      if (!result.ok) return result
      configs.push(result.config)
      const line = result.file !== undefined ? `using ${result.file}` : `no ${CONFIG_FILE} found (looked up to ${result.searchedUpTo ?? '/'})`
      if (this.verbose && !said.has(line)) this.io.stderr(`lifeline: ${line}\n`)
      said.add(line)
    }
    return { ok: true, configs }
  }
}
