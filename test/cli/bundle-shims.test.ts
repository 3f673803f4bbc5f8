// The CLI bundle replaces lodash's `has` with a plain own-property check
// (scripts/shims/lodash-has.mjs), which answers the same for a property name. This checks both
// halves of that claim: Chevrotain passes `has` only property names (no paths), and for the
// kinds of objects and names it passes, the shim and lodash agree.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createToken, Lexer } from 'chevrotain'
import { expect, test } from 'vitest'

type Has = (object: unknown, key: PropertyKey) => boolean
/** Both are untyped JavaScript: imported by a path in a variable, then typed here. */
const load = async (path: string): Promise<Has> => ((await import(path)) as { default: Has }).default
const LODASH_HAS = 'lodash-es/has.js'
const SHIM = '../../scripts/shims/lodash-has.mjs'
const has = await load(LODASH_HAS)
const shim = await load(SHIM)

const CHEVROTAIN = 'node_modules/chevrotain/lib/src'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.js') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  )
}

test("Chevrotain calls has() with a property name: a quoted name without '.' or '[', or a value", () => {
  const keys = sources(CHEVROTAIN).flatMap((text) => [...text.matchAll(/\bhas\(\s*[^,()]+,\s*([^)]+)\)/g)].map((m) => (m[1] ?? '').trim()))
  expect(keys.length).toBeGreaterThan(40)
  for (const key of keys.filter((k) => /^["'`]/.test(k))) expect(key).toMatch(/^"[A-Za-z_]+"$/)
})

test('for the objects and names Chevrotain passes, the shim answers as lodash does', () => {
  const token = createToken({ name: 'T', pattern: /t/, line_breaks: false, categories: [] })
  new Lexer([token]) // gives the token type the properties Chevrotain adds (tokenTypeIdx, ...)
  const objects: unknown[] = [
    token, { ...token }, Object.create(token), /t/, { exec: () => null }, () => undefined, [1, 2], { 3: true, x: undefined },
    { maxLookahead: 2, skipValidations: true }, {}, null, undefined,
  ]
  const names: PropertyKey[] = [
    'tokenTypeIdx', 'CATEGORIES', 'categoryMatches', 'categoryMatchesMap', 'LINE_BREAKS', 'PATTERN', 'exec', 'name',
    'maxLookahead', 'skipValidations', 'x', 'length', 'constructor', 'toString', '__proto__', 0, 1, 2, 3, 7,
  ]
  for (const o of objects) for (const k of names) expect(shim(o, k), `${String(k)} of ${String(o)}`).toBe(has(o, k))
})
