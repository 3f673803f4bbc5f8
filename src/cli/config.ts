// lifeline.config.json: project defaults for the CLI, found by walking up from each input's
// folder (from the current folder for standard input) and no further than the repository's
// root, the first folder holding `.git` or `package.json`, so a config somewhere above the
// project never redirects its output. `--verbose` says which file applied. Hands the commands a validated Config;
// a file that is not valid JSON, has an unknown key or a value of the wrong type is a usage
// error naming the key and the file. CLI flags win over the config (inputs.ts, settingsFor).
import { dirname, join, relative, resolve } from 'node:path'
import { DEFAULT_LIMITS, type Limits } from '../limits.js'
import { THEME_NAMES, type ThemeName } from '../model/model.js'
import { escapeControls } from '../diagnostics/printable.js'
import { didYouMean } from '../diagnostics/suggest.js'
import type { Io } from './io.js'

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

/** Each key's check: the value if it is valid, else the reason in words. */
const KEYS: Record<keyof Config, (value: unknown) => { value: unknown } | { reason: string }> = {
  theme: (v) => (THEME_NAMES.includes(v as ThemeName) ? { value: v } : { reason: `must be ${THEME_NAMES.slice(0, -1).map((t) => JSON.stringify(t)).join(', ')} or ${JSON.stringify(THEME_NAMES.at(-1))}` }),
  outDir: (v) => (typeof v === 'string' && v.trim() !== '' ? { value: v } : { reason: 'must be a folder path (a non-empty string)' }),
  asyncDelay: (v) => (Number.isInteger(v) && (v as number) >= 0 ? { value: v } : { reason: 'must be a whole number, 0 or more' }),
  strict: (v) => (typeof v === 'boolean' ? { value: v } : { reason: 'must be true or false' }),
  limits: checkLimits,
}
const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS)

/** An object of known limit names, each a whole number of at least 1. */
function checkLimits(v: unknown): { value: unknown } | { reason: string } {
  const example = `such as { "maxStatements": 50000 }; the limits are ${LIMIT_NAMES.join(', ')}`
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { reason: `must be an object ${example}` }
  for (const [name, value] of Object.entries(v)) {
    if (!LIMIT_NAMES.includes(name)) return { reason: `has no limit '${name}'${didYouMean(name, LIMIT_NAMES) || `; the limits are ${LIMIT_NAMES.join(', ')}`}` }
    if (!Number.isSafeInteger(value) || (value as number) < 1) return { reason: `'${name}' must be a whole number, 1 or more` }
  }
  return { value: v }
}
const KNOWN = Object.keys(KEYS)

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
  const config: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    // Own keys only: a key named like an Object.prototype property (`__proto__`, `toString`,
    // `constructor`) is an unknown key like any other.
    const check = Object.hasOwn(KEYS, key) ? KEYS[key as keyof Config] : undefined
    if (!check) {
      const hint = didYouMean(key, KNOWN) || `; the keys are ${KNOWN.join(', ')}`
      return { ok: false, message: `${file}: error: unknown key '${key}'${hint}` }
    }
    const checked = check(value)
    if ('reason' in checked) return { ok: false, message: `${file}: error: '${key}' ${checked.reason}, found ${JSON.stringify(value)}` }
    config[key] = checked.value
  }
  return { ok: true, config }
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
    if ((await this.io.kind(candidate)) === 'file') {
      const text = new TextDecoder().decode(await this.io.readFile(candidate))
      const shown = this.shown(candidate)
      const parsed = parseConfig(text, shown)
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
