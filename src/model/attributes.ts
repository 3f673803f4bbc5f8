// Attribute blocks `{ key: value; ... }`: each key has one parser; unknown keys and bad values
// become diagnostics with a suggestion, and the attribute is then ignored.
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.js'
import type * as Ast from '../syntax/ast.js'
import { didYouMean } from '../diagnostics/suggest.js'
import type { Parsed } from './values.js'

export type AttributeSchema = Readonly<Record<string, (text: string) => Parsed<unknown>>>

const NONE: ReadonlyMap<string, unknown> = new Map()

/** The attributes of `attrs` that are valid under `schema`, by key. */
export function readAttributes(
  attrs: readonly Ast.Attribute[],
  schema: AttributeSchema,
  owner: string,
  diagnostics: Diagnostic[],
): ReadonlyMap<string, unknown> {
  // Most statements have no attributes: they share one empty map instead of making their own.
  if (attrs.length === 0) return NONE
  const values = new Map<string, unknown>()
  for (const attr of attrs) {
    const parse = schema[attr.key]
    if (!parse) {
      const hint = didYouMean(attr.key, Object.keys(schema))
      const known = hint || `; ${owner} attributes are ${Object.keys(schema).join(', ')}`
      diagnostics.push(error('unknown-attribute', `unknown ${owner} attribute '${attr.key}'${known}`, attr.keySpan))
      continue
    }
    if (!attr.value) {
      diagnostics.push(error('missing-value', `attribute '${attr.key}' needs a value after ':'`, attr.keySpan))
      continue
    }
    const parsed = parse(attr.value.value)
    if (!parsed.ok) {
      diagnostics.push(error('invalid-value', parsed.message, attr.value.span))
      continue
    }
    if (values.has(attr.key)) diagnostics.push(warning('duplicate-attribute', `'${attr.key}' is set twice; the last value wins`, attr.keySpan))
    values.set(attr.key, parsed.value)
  }
  return values
}
