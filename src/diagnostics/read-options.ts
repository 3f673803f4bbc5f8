// The one validator of options that every front end shares: compile() and check()
// (src/compile-options.ts), importDiagram(), the Markdown plugins and the browser's renderDiagrams
// (integrations/options.ts) and the CLI's lifeline.config.json (cli/config.ts) each describe
// their keys as an OptionShape and read what their caller gave through readOptions. The
// library is called from JavaScript as well as TypeScript, so a Buffer for the source, NaN for
// a number, a misspelt key, or an object whose getter or Proxy trap throws arrives at run
// time; each becomes a sentence saying what is wrong (an `invalid-source` or `invalid-option`
// diagnostic in the library), never an exception, an internal error or a silently empty result.
import { error, type Diagnostic } from './diagnostic.js'
import { didYouMean } from './suggest.js'

/** One key's check: why the value is wrong, as words that follow the key's name ("must be …"), or undefined when it is right. */
export type OptionRule = (value: unknown) => string | undefined

/** The keys an options object may hold: a rule for each, or the shape of a nested object (`limits`). */
export interface OptionShape {
  /** What a key is called in messages: 'option', 'limit', 'key'. */
  readonly noun: string
  /** An example of the whole object, shown when the value is not an object. */
  readonly example: string
  readonly keys: Readonly<Record<string, OptionRule | OptionShape>>
}

export interface ReadOptions {
  /** A plain copy of the valid keys, read once: later reads never run the caller's getters again. */
  readonly values: Record<string, unknown>
  /** What is wrong, one sentence each, in the order of the keys. */
  readonly problems: readonly string[]
}

/** A value as a message shows it: `NaN`, `1.5`, `"x"`, `a Buffer`. */
export function shown(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value)
  if (value instanceof Uint8Array) return `a ${value.constructor.name}`
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`
}

/**
 * Reads `given` against `shape`: undefined is no options; anything else must be an object of
 * known keys with valid values. `label` names the whole object in messages.
 */
export function readOptions(given: unknown, shape: OptionShape, label = 'the options'): ReadOptions {
  const problems: string[] = []
  const values = given === undefined ? {} : readObject(given, shape, { label, prefix: '' }, problems)
  return { values: values ?? {}, problems }
}

function readObject(given: unknown, shape: OptionShape, at: { label: string; prefix: string }, problems: string[]): Record<string, unknown> | undefined {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    problems.push(`${at.label} must be an object such as ${shape.example}, found ${shown(given)}`)
    return undefined
  }
  const names = Object.keys(shape.keys)
  const keys = attempt(() => Object.keys(given))
  if (!keys.ok) {
    problems.push(`${at.label} could not be read: ${keys.reason}`)
    return undefined
  }
  const values: Record<string, unknown> = {}
  for (const key of keys.value) {
    const path = at.prefix + key
    // Own keys only: `__proto__`, `toString` or `constructor` is an unknown key like any other.
    const rule = Object.hasOwn(shape.keys, key) ? shape.keys[key] : undefined
    const value = attempt(() => (given as Record<string, unknown>)[key])
    if (!rule) problems.push(`unknown ${shape.noun} '${key}'${didYouMean(key, names) || `; the ${shape.noun}s are ${names.join(', ')}`}`)
    else if (!value.ok) problems.push(`${path} could not be read: ${value.reason}`)
    else if (value.value === undefined) continue
    else if (typeof rule === 'function') {
      const reason = rule(value.value)
      if (reason) problems.push(`${path} ${reason}, found ${shown(value.value)}`)
      else values[key] = value.value
    } else {
      const nested = readObject(value.value, rule, { label: path, prefix: `${path}.` }, problems)
      if (nested) values[key] = nested
    }
  }
  return values
}

/** Runs a read of the caller's object, whose getters and Proxy traps are the caller's code and may throw. */
function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    return { ok: true, value: read() }
  } catch (e) {
    return { ok: false, reason: `reading it threw ${e instanceof Error ? `${e.name}: ${e.message}` : shown(e)}` }
  }
}

/** A rule: a whole number of at least `min`. */
export const wholeAtLeast =
  (min: number): OptionRule =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min ? undefined : `must be a whole number, ${min} or more`

/** A rule: one of these strings, each shown as `quote` writes it. */
export const oneOf =
  (choices: readonly string[], quote: (choice: string) => string = (c) => `'${c}'`): OptionRule =>
  (value) =>
    typeof value === 'string' && choices.includes(value) ? undefined : `must be ${choices.slice(0, -1).map(quote).join(', ')} or ${quote(choices.at(-1) ?? '')}`

const AT = { start: 0, end: 0 }

/** The source's problem, if it is not a string, as an `invalid-source` error. */
export function checkSource(source: unknown): Diagnostic | undefined {
  if (typeof source === 'string') return undefined
  const hint = source instanceof Uint8Array ? ': decode the bytes first, for example with new TextDecoder().decode(bytes)' : ''
  return error('invalid-source', `the source must be a string, found ${shown(source)}${hint}`, AT)
}

/** The source and the options checked, and the options read once: the errors, none when both are usable. */
export function checkInputs(source: unknown, options: unknown, shape: OptionShape): { options: Record<string, unknown>; problems: Diagnostic[] } {
  const read = readOptions(options, shape)
  const sourceProblem = checkSource(source)
  const problems = [...(sourceProblem ? [sourceProblem] : []), ...read.problems.map((p) => error('invalid-option', p, AT))]
  return { options: read.values, problems }
}
