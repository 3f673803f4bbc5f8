// The options of compile() and check(), in the shape the one option validator reads
// (diagnostics/read-options.ts): what each means is in check.ts's CompileOptions.
import { oneOf, wholeAtLeast, type OptionShape } from './diagnostics/read-options.js'
import { DEFAULT_LIMITS } from './limits.js'
import { THEME_NAMES } from './model/model.js'

/** The shape of a `limits` object: each known limit a whole number of at least `min`. */
export function limitsShape(min: number, example: string): OptionShape {
  return { noun: 'limit', example, keys: Object.fromEntries(Object.keys(DEFAULT_LIMITS).map((name) => [name, wholeAtLeast(min)])) }
}

/** An id prefix the SVG's ids, its aria references and its stylesheet's selectors can all hold unescaped. */
const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/

/** The options of compile() and check() besides the theme and idPrefix, which the Markdown plugins take too. */
export const DIAGRAM_COMPILE_KEYS = {
  asyncDelay: wholeAtLeast(0),
  maxDiagnostics: wholeAtLeast(1),
  limits: limitsShape(0, '{ maxStatements: 50000 }'),
}

export const COMPILE_OPTIONS: OptionShape = {
  noun: 'option',
  example: "{ theme: 'dark' }",
  keys: {
    theme: oneOf(THEME_NAMES),
    ...DIAGRAM_COMPILE_KEYS,
    idPrefix: (v) => (typeof v === 'string' && ID_PREFIX.test(v) ? undefined : "must be a letter then letters, digits, '-' or '_' (it becomes the SVG's ids)"),
  },
}
