// What the shell completion scripts complete, read off the commander program itself, so a new
// command or option shows up in every shell without anyone editing a script.
import type { Command } from 'commander'

export interface OptionSpec {
  /** '-o', or undefined when the option has no short form. */
  readonly short: string | undefined
  /** '--output', or undefined for a short-only option. */
  readonly long: string | undefined
  readonly description: string
  /** True when the option takes a value (`--port <port>`). */
  readonly takesValue: boolean
  /** The allowed values, when commander knows them. */
  readonly choices: readonly string[] | undefined
  /** True when the value names a file or folder (`<path>`), so files are offered for it. */
  readonly valueIsPath: boolean
}

export interface CommandSpec {
  /** '' for the root command (`lifeline FILES`). */
  readonly name: string
  readonly description: string
  readonly options: readonly OptionSpec[]
  /** The words its arguments may be (`completion <shell>`), or undefined for file arguments. */
  readonly argumentChoices: readonly string[] | undefined
  /** Glob of the files its arguments name, e.g. '*.seq'. */
  readonly filePattern: string
}

/** Commands whose file arguments are not diagrams. */
const FILE_PATTERNS: Readonly<Record<string, string>> = { md: '*.md', import: '*' }
const DIAGRAM_FILES = '*.seq'
/** Value placeholders that name a file or folder. */
const PATH_VALUE = /<(path|file|folder|dir)[^>]*>/

export function describeProgram(program: Command): CommandSpec[] {
  const help = program.createHelp()
  const spec = (command: Command, name: string): CommandSpec => ({
    name,
    description: command.description(),
    options: help.visibleOptions(command).map((o) => ({
      short: o.short,
      long: o.long,
      description: o.description,
      takesValue: o.required || o.optional,
      choices: o.argChoices,
      valueIsPath: PATH_VALUE.test(o.flags),
    })),
    argumentChoices: command.registeredArguments[0]?.argChoices,
    filePattern: FILE_PATTERNS[name] ?? DIAGRAM_FILES,
  })
  return [spec(program, ''), ...program.commands.map((c) => spec(c, c.name()))]
}

/** `-o --output` */
export const flagsOf = (o: OptionSpec): string[] => [o.short, o.long].filter((f): f is string => f !== undefined)

/** Quotes text for a POSIX-style single-quoted shell string (bash, zsh; fish accepts it too). */
export const singleQuoted = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`
