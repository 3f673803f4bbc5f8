// Parsers for attribute and setting values. Each returns the value or an error message in
// the language's words; callers attach the span.

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

// CSS colour keywords (CSS Color Module Level 4), so a colour can never smuggle markup or
// further style declarations into the SVG.
const NAMED_COLORS = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred ' +
    'darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink ' +
    'deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold ' +
    'goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
    'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
    'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
    'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
    'palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
    'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
    'springgreen steelblue tan teal thistle tomato transparent turquoise violet wheat white whitesmoke yellow ' +
    'yellowgreen').split(' '),
)
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
  if (HEX.test(value) || isFunctionalColor(value) || NAMED_COLORS.has(value.toLowerCase())) return ok(value.toLowerCase())
  return fail(`'${text}' is not a colour: use a name such as 'teal', '#rrggbb' in quotes, or rgb(...)`)
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
