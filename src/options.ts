// What the library's callers hand compile() and check(), checked before anything runs. The
// library is called from JavaScript as well as TypeScript, so a Buffer for the source, NaN for
// a number or a misspelt limit arrives at run time; each becomes an `invalid-source` or
// `invalid-option` error diagnostic saying what is wrong, never an exception, an internal
// error or a silently empty diagram.
import { error, type Diagnostic } from './diagnostics/diagnostic.js'
import { didYouMean } from './diagnostics/suggest.js'
import { DEFAULT_LIMITS } from './limits.js'
import { THEME_NAMES } from './model/model.js'

const OPTION_NAMES = ['theme', 'asyncDelay', 'maxDiagnostics', 'limits', 'idPrefix']
const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS)
const AT = { start: 0, end: 0 }

/** A value as a message shows it: `NaN`, `1.5`, `"x"`, `a Buffer`. */
function shown(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value)
  if (value instanceof Uint8Array) return `a ${value.constructor.name}`
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`
}

/** An id prefix the SVG's ids, its aria references and its stylesheet's selectors can all hold unescaped. */
const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/

const wholeAtLeast = (value: unknown, min: number): boolean => Number.isSafeInteger(value) && (value as number) >= min

/** Every problem with the source and the options, as error diagnostics; none when both are usable. */
export function checkInputs(source: unknown, options: unknown): Diagnostic[] {
  const problems: Diagnostic[] = []
  const invalid = (message: string): void => void problems.push(error('invalid-option', message, AT))
  if (typeof source !== 'string') {
    const hint = source instanceof Uint8Array ? ": decode the bytes first, for example with new TextDecoder().decode(bytes)" : ''
    problems.push(error('invalid-source', `the source must be a string, found ${shown(source)}${hint}`, AT))
  }
  if (options === undefined) return problems
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    invalid(`the options must be an object such as { theme: 'dark' }, found ${shown(options)}`)
    return problems
  }
  const given = options as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!OPTION_NAMES.includes(key)) invalid(`unknown option '${key}'${didYouMean(key, OPTION_NAMES) || `; the options are ${OPTION_NAMES.join(', ')}`}`)
  }
  const { theme, asyncDelay, maxDiagnostics, limits, idPrefix } = given
  if (theme !== undefined && !THEME_NAMES.includes(theme as never)) invalid(`theme must be ${THEME_NAMES.map((t) => `'${t}'`).join(', ')}, found ${shown(theme)}`)
  if (asyncDelay !== undefined && !wholeAtLeast(asyncDelay, 0)) invalid(`asyncDelay must be a whole number, 0 or more, found ${shown(asyncDelay)}`)
  if (maxDiagnostics !== undefined && !wholeAtLeast(maxDiagnostics, 1)) invalid(`maxDiagnostics must be a whole number, 1 or more, found ${shown(maxDiagnostics)}`)
  if (limits !== undefined) checkLimits(limits, invalid)
  if (idPrefix !== undefined && !(typeof idPrefix === 'string' && ID_PREFIX.test(idPrefix))) {
    invalid(`idPrefix must be a letter then letters, digits, '-' or '_' (it becomes the SVG's ids), found ${shown(idPrefix)}`)
  }
  return problems
}

function checkLimits(limits: unknown, invalid: (message: string) => void): void {
  if (typeof limits !== 'object' || limits === null || Array.isArray(limits)) {
    invalid(`limits must be an object such as { maxStatements: 50000 }, found ${shown(limits)}`)
    return
  }
  for (const [name, value] of Object.entries(limits)) {
    if (!LIMIT_NAMES.includes(name)) invalid(`there is no limit '${name}'${didYouMean(name, LIMIT_NAMES) || `; the limits are ${LIMIT_NAMES.join(', ')}`}`)
    else if (value !== undefined && !wholeAtLeast(value, 0)) invalid(`limits.${name} must be a whole number, 0 or more, found ${shown(value)}`)
  }
}
