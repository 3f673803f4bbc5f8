// Command-line arguments → the inputs every command (render, check, fmt, md, import) works through,
// each with the settings it runs with. The one place where: patterns are expanded (glob.ts);
// no argument means standard input (unless it is a terminal: a usage error); '-' is standard
// input and cannot be mixed with files; a word that names no file but is close to a command
// (`lifeline chek a.seq`) is a usage error with a suggestion; each input's
// lifeline.config.json is found and merged with the flags (a flag wins; strict is on if either
// asks); and empty standard input is a usage error, not an empty diagram.
import type { CompileOptions } from '../compile.js'
import type { Severity } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/suggest.js'
import type { ThemeName } from '../model/model.js'
import { ConfigFinder, type Config } from './config.js'
import { expandPattern, isPattern } from './glob.js'
import type { Io } from './io.js'
import { decodeSource, readSourceFile, type SourceText } from './read-source.js'

export const STDIN = '-'
/** How standard input is named in messages. */
export const STDIN_NAME = '<stdin>'

/** The flags that may override a config file. */
export interface Flags {
  readonly theme?: ThemeName | undefined
  readonly strict?: boolean | undefined
  readonly outDir?: string | undefined
}

/** What one input runs with: the flags over its config. */
export interface Settings {
  readonly compile: CompileOptions
  readonly strict: boolean
  readonly outDir: string | undefined
}

export interface Input {
  /** The path as given or expanded; undefined for standard input. */
  readonly file: string | undefined
  /** The name messages use: the path, or <stdin>. */
  readonly name: string
  readonly settings: Settings
}

export type Inputs =
  | { readonly ok: true; readonly inputs: readonly Input[]; readonly unmatched: readonly string[]; readonly fromStdin: boolean }
  | { readonly ok: false; readonly message: string }

export interface InputOptions {
  /** The command's name for messages (`lifeline check: ...`). */
  readonly command: string
  /** Command names to suggest for an argument that names no file (the root command's). */
  readonly commands?: readonly string[]
  /** What to ask for when there is no input at all. */
  readonly what: string
  /** False for commands that take files only (md): '-' is then just a name. */
  readonly stdin?: boolean
  /** Say which lifeline.config.json applies (--verbose). */
  readonly verbose?: boolean
}

/** The strict rule, for every command: an error fails an input, and so does a warning under --strict. */
export function fails(diagnostics: readonly { readonly severity: Severity }[], strict: boolean): boolean {
  return diagnostics.some((d) => d.severity === 'error' || strict)
}

/** The flags over one config: a flag given on the command line wins. */
export function settingsFor(flags: Flags, config: Config): Settings {
  const theme = flags.theme ?? config.theme
  return {
    compile: {
      ...(theme ? { theme } : {}),
      ...(config.asyncDelay !== undefined ? { asyncDelay: config.asyncDelay } : {}),
      ...(config.limits ? { limits: config.limits } : {}),
    },
    strict: flags.strict === true || config.strict === true,
    outDir: flags.outDir ?? config.outDir,
  }
}

export async function resolveInputs(args: readonly string[], flags: Flags, io: Io, options: InputOptions): Promise<Inputs> {
  const usage = (message: string): Inputs => ({ ok: false, message: `${options.command}: ${message}` })
  const stdin = options.stdin !== false
  const fromStdin = stdin && (args.length === 0 || (args.length === 1 && args[0] === STDIN))
  if (args.length === 0 && (io.stdinIsTTY || !stdin)) return usage(`no input files (pass ${options.what}${stdin ? ", or '-' to read standard input" : ''}; see --help)`)
  if (stdin && args.includes(STDIN) && args.length > 1) return usage("'-' (standard input) cannot be mixed with files")
  const files: string[] = []
  const unmatched: string[] = []
  if (!fromStdin) {
    const suggestion = await commandSuggestion(args[0] ?? '', io, options.commands ?? [])
    if (suggestion) return usage(`'${args[0]}' is neither a file nor a command${suggestion}`)
    const seen = new Set<string>()
    for (const arg of args) {
      const expanded = isPattern(arg) && (await io.kind(arg)) === 'missing' ? await expandPattern(arg, io.cwd) : { ok: true as const, files: [arg] }
      if (!expanded.ok) return usage(`${arg}: ${expanded.problem}`)
      if (expanded.files.length === 0) unmatched.push(arg)
      for (const f of expanded.files) if (!seen.has(f)) seen.add(f), files.push(f)
    }
  }
  const configs = await new ConfigFinder(io, options.verbose === true).forInputs(fromStdin ? [undefined] : files)
  if (!configs.ok) return { ok: false, message: configs.message }
  const settings = configs.configs.map((config) => settingsFor(flags, config))
  const inputs: Input[] = fromStdin
    ? [{ file: undefined, name: STDIN_NAME, settings: settings[0] ?? settingsFor(flags, {}) }]
    : files.map((file, i) => ({ file, name: file, settings: settings[i] ?? settingsFor(flags, {}) }))
  return { ok: true, inputs, unmatched, fromStdin }
}

/** `; did you mean 'check'?` when the word names no file and is close to a command. */
async function commandSuggestion(word: string, io: Io, commands: readonly string[]): Promise<string> {
  if (commands.length === 0 || isPattern(word) || /[./\\]/.test(word) || (await io.kind(word)) !== 'missing') return ''
  return didYouMean(word, commands)
}

export type InputBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly usage: string }

/** Standard input's bytes; none at all (closed or empty) is a usage error, not an empty diagram. */
export async function readStdin(io: Io, command: string): Promise<InputBytes> {
  const bytes = await io.readStdin()
  if (bytes.length === 0) return { ok: false, usage: `${command}: no input: standard input is empty (pass a file, or pipe a diagram in)` }
  return { ok: true, bytes }
}

/** An input as text, or why not; a usage error only for empty standard input. */
export async function readInputText(input: Input, io: Io, command: string): Promise<SourceText | { readonly ok: false; readonly usage: string }> {
  if (input.file !== undefined) return readSourceFile(input.file, io)
  const read = await readStdin(io, command)
  return read.ok ? decodeSource(read.bytes) : read
}
