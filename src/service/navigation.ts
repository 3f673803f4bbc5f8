// Go to definition, find references and rename, for participants: all read the participant
// index (occurrences.ts), so they agree on what names what.
import { name as nameText } from '../format/quote.js'
import type { DocumentAnalysis } from './document.js'
import { occurrenceAt, type Occurrence } from './occurrences.js'
import { offsetAt, rangeOf, type TextPosition } from './positions.js'
import type { Location, RenameResult, TextRange } from './types.js'

function occurrencesOf(doc: DocumentAnalysis, position: TextPosition): { at: Occurrence; all: Occurrence[] } | undefined {
  const at = occurrenceAt(doc.occurrences, offsetAt(doc.lines, position))
  return at && { at, all: doc.occurrences.filter((o) => o.id === at.id) }
}

/** Where the participant under the cursor is declared; its first mention if it never is. */
export function definition(doc: DocumentAnalysis, position: TextPosition): Location | undefined {
  const found = occurrencesOf(doc, position)
  const target = found && (found.all.find((o) => o.declaration) ?? found.all[0])
  return target && { range: rangeOf(doc.lines, target.span) }
}

export function references(doc: DocumentAnalysis, position: TextPosition, includeDeclaration: boolean): Location[] {
  const found = occurrencesOf(doc, position)
  if (!found) return []
  return found.all.filter((o) => includeDeclaration || !o.declaration).map((o) => ({ range: rangeOf(doc.lines, o.span) }))
}

/** The name a rename at the cursor would change, if there is one. */
export function renameRange(doc: DocumentAnalysis, position: TextPosition): TextRange | undefined {
  const found = occurrencesOf(doc, position)
  return found && rangeOf(doc.lines, found.at.span)
}

/** Renames the participant under the cursor everywhere in the file, quoting the new name where it needs quotes. */
export function rename(doc: DocumentAnalysis, position: TextPosition, newName: string): RenameResult {
  const found = occurrencesOf(doc, position)
  if (!found) return { ok: false, reason: 'there is no participant name here to rename' }
  const wanted = newName.trim()
  if (wanted === '' || /[\r\n]/.test(wanted)) return { ok: false, reason: 'a participant name must be one line of text, not empty' }
  if (wanted !== found.at.id && doc.occurrences.some((o) => o.id === wanted)) {
    return { ok: false, reason: `'${wanted}' is already a participant: renaming would merge the two` }
  }
  const text = nameText(wanted)
  return { ok: true, edits: found.all.map((o) => ({ range: rangeOf(doc.lines, o.span), newText: text })) }
}
