// Document formatting: the formatter's canonical text as one edit, or none when the text is
// already canonical or has syntax errors (a file that does not parse is never rewritten).
import { formatSource } from '../format/format.js'
import type { DocumentAnalysis } from './document.js'
import { rangeOf } from './positions.js'
import type { TextEdit } from './types.js'

export function formatDocument(doc: DocumentAnalysis): TextEdit[] {
  const result = formatSource(doc.text)
  if (!result.ok || result.text === doc.text) return []
  return [{ range: rangeOf(doc.lines, { start: 0, end: doc.text.length }), newText: result.text }]
}
