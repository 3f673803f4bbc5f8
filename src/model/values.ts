// Parsers for attribute and setting values. Each returns the value or an error message in
// the language's words; callers attach the span.
import { isColourName } from '../../grammar/colour-names.js'

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message })

export function parseBoolean(text: string): Parsed<boolean> {
  if (text === 'true') return ok(true)
  if (text === 'false') return ok(false)
  return fail(`expected true or false, found '${text}'`)
}

export function parseCount(text: string, what: string, min = 0): Parsed<number> {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return fail(`${what} must be a whole number, found '${text}'`)
  const n = Number(text)
  if (!Number.isInteger(n)) return fail(`${what} must be a whole number, found '${text}'`)
  if (n < min) return fail(`${what} must be at least ${min}, found ${n}`)
  return ok(n)
}

/**
 * The longest colour or dash value read at all: `rgba(100%, 100%, 100%, 0.5)` is 28 characters,
 * so 64 leaves room for spacing. Checked before any pattern runs, so no value, however long,
 * costs more than a scan of 64 characters.
 */
export const MAX_VALUE_LENGTH = 64
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i
const FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla'])

const tooLong = <T>(what: string, text: string): Parsed<T> =>
  fail(`${what} is ${text.length} characters long: a value has at most ${MAX_VALUE_LENGTH}`)

export function parseColor(text: string): Parsed<string> {
  if (text.length > MAX_VALUE_LENGTH) return tooLong('this colour', text)
  const value = text.trim()
  if (HEX.test(value) || isFunctionalColor(value) || isColourName(value)) return ok(value.toLowerCase())
  return fail(`'${text}' is not a colour: use a name such as 'teal', '#rrggbb' or rgb(...)`)
}

/**
 * `rgb(...)`, `rgba(...)`, `hsl(...)` or `hsla(...)` holding three or four numbers (digits, `.`
 * and `%`) separated by spaces, commas or a `/`. A single left-to-right scan: each character is
 * looked at once, where the regular expression this replaces backtracked exponentially.
 */
function isFunctionalColor(value: string): boolean {
  const open = value.indexOf('(')
  if (open < 0 || !value.endsWith(')') || !FUNCTIONS.has(value.slice(0, open).toLowerCase())) return false
  const inner = value.slice(open + 1, -1)
  let numbers = 0
  let i = 0
  const skipSpace = (): void => {
    while (i < inner.length && /\s/.test(inner[i] as string)) i++
  }
  skipSpace()
  while (i < inner.length) {
    const start = i
    while (i < inner.length && /[\d.%]/.test(inner[i] as string)) i++
    if (i === start) return false
    numbers++
    const afterNumber = i
    skipSpace()
    if (i === inner.length) break
    if (inner[i] === ',' || inner[i] === '/') {
      i++
      skipSpace()
      if (i === inner.length) return false // a separator with no number after it
    } else if (i === afterNumber) return false // two numbers need a space, ',' or '/' between them
  }
  return numbers === 3 || numbers === 4
}

export function parseDash(text: string): Parsed<string> {
  if (text.length > MAX_VALUE_LENGTH) return tooLong('this dash pattern', text)
  if (/^\d+(\.\d+)?(?:[\s,]+\d+(\.\d+)?)*$/.test(text.trim())) return ok(text.trim().split(/[\s,]+/).join(' '))
  return fail(`style.stroke-dash must be numbers such as '4' or '6 3', found '${text}'`)
}

/**
 * A link target that is safe to put in an SVG `<a href>`: http:, https: and mailto: URLs and
 * relative paths. Any other scheme (`javascript:`, `data:`, `file:`, ...) is refused, and so are
 * blanks, quotes and angle brackets, which have no place in a URL and could only confuse a reader.
 */
export function parseLink(text: string): Parsed<string> {
  const value = text.trim()
  if (value === '' || /[\s"'<>\\`]/.test(value) || /[\u0000-\u001f\u007f]/.test(value)) {
    return fail(`'${text}' is not a link: write a URL such as https://example.com/docs or a relative path`)
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) {
    return fail(`a link may be http:, https:, mailto: or a relative path, not '${scheme}:'`)
  }
  if (value.startsWith('//')) return fail('a link may not start with \'//\' (another site without a scheme): write https://...')
  return ok(value)
}

/** Any text (a tooltip): kept as it is, shown as text. */
export function parseText(text: string): Parsed<string> {
  return ok(text)
}

/** An autonumber format: the `1` in it stands for the number (`1.`, `[1]`, `(1)`). */
export function parseNumberFormat(text: string): Parsed<string> {
  if (!text.includes('1')) return fail(`an autonumber format holds a '1' where the number goes, such as '1.' or '[1]', found '${text}'`)
  return ok(text)
}
