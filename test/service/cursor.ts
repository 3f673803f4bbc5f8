// Test helper: a source with one `|` marking the cursor → the text without it and the position.
import { LineIndex } from '../../src/diagnostics/position.js'
import { analyseDocument, type DocumentAnalysis, type TextPosition } from '../../src/service/index.js'
import { positionAt } from '../../src/service/positions.js'

export function atCursor(marked: string): { doc: DocumentAnalysis; position: TextPosition } {
  const offset = marked.indexOf('|')
  if (offset < 0) throw new Error('no | cursor in the source')
  const text = marked.slice(0, offset) + marked.slice(offset + 1)
  return { doc: analyseDocument(text), position: positionAt(new LineIndex(text), offset) }
}
