// Lifeline ids for imported participants: derived from the name the other tool used, so the
// output reads as if a person wrote it (`Web Server` becomes `Web_Server: Web Server`).
import { name as printedName } from '../format/quote.js'

/**
 * An identifier made of the name's letters, digits and `_` (every other run becomes one `_`),
 * not starting with a digit, not a keyword, and not already taken.
 */
export function deriveId(name: string, taken: ReadonlySet<string>): string {
  let base = name.normalize('NFC').replace(/[^\p{L}\p{N}_]+/gu, '_').replace(/^_+|_+$/g, '')
  if (!base) base = 'participant'
  if (/^\p{N}/u.test(base)) base = `p${base}`
  if (printedName(base) !== base) base = `${base}_` // a keyword such as `note` or `title`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`
  return id
}
