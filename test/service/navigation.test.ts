import { describe, expect, test } from 'vitest'
import { analyseDocument, definition, references, rename, renameRange } from '../../src/service/index.js'
import { atCursor } from './cursor.js'

const SOURCE = 'a -> b: one\nb: Billing { shape: database }\nalt ok {\n  b --> a: two\n}\nnote over a, b: both\nactivate b\n'

/** The text each range covers, to assert on what was found rather than on numbers. */
function texts(text: string, ranges: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]): string[] {
  const lines = text.split('\n')
  return ranges.map(({ range }) => `${range.start.line}:${(lines[range.start.line] ?? '').slice(range.start.character, range.end.character)}`)
}

describe('definition and references', () => {
  test('definition of a declared participant is its declaration, from any mention', () => {
    const { doc, position } = atCursor(SOURCE.replace('b --> a', 'b| --> a'))
    expect(texts(doc.text, [definition(doc, position)!])).toEqual(['1:b'])
  })

  test('definition of a participant never declared is its first mention', () => {
    const { doc, position } = atCursor(SOURCE.replace('note over a,', 'note over |a,'))
    expect(texts(doc.text, [definition(doc, position)!])).toEqual(['0:a'])
  })

  test('references list every mention, with or without the declaration', () => {
    const { doc, position } = atCursor(SOURCE.replace('activate b', 'activate |b'))
    expect(texts(doc.text, references(doc, position, true))).toEqual(['0:b', '1:b', '3:b', '5:b', '6:b'])
    expect(texts(doc.text, references(doc, position, false))).toEqual(['0:b', '3:b', '5:b', '6:b'])
  })

  test('nothing is found away from a name', () => {
    const { doc, position } = atCursor(SOURCE.replace('one', 'o|ne'))
    expect(definition(doc, position)).toBeUndefined()
    expect(references(doc, position, true)).toEqual([])
    expect(renameRange(doc, position)).toBeUndefined()
  })

  test('names are found in a document with syntax errors', () => {
    const { doc, position } = atCursor('a -> b: one\nb -> -> c\nb| --> a')
    expect(texts(doc.text, references(doc, position, true))).toEqual(['0:b', '2:b'])
  })
})

describe('rename', () => {
  const apply = (text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string => {
    const lines = text.split('\n')
    for (const e of [...edits].sort((x, y) => y.range.start.line - x.range.start.line || y.range.start.character - x.range.start.character)) {
      const line = lines[e.range.start.line] ?? ''
      lines[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character)
    }
    return lines.join('\n')
  }

  test('renames every occurrence and the result means the same diagram', () => {
    const { doc, position } = atCursor(SOURCE.replace('activate b', 'activate b|'))
    const result = rename(doc, position, 'billing')
    if (!result.ok) throw new Error(result.reason)
    const renamed = apply(doc.text, result.edits)
    expect(renamed).toBe(SOURCE.replace(/\bb\b/g, 'billing'))
    expect(analyseDocument(renamed).diagnostics).toEqual([])
  })

  test('a new name that needs quotes gets them; quoted old names are replaced whole', () => {
    const { doc, position } = atCursor('"web app" -> b\nb --> "web |app"')
    const result = rename(doc, position, 'web front')
    expect(result.ok && apply(doc.text, result.edits)).toBe('"web front" -> b\nb --> "web front"')
  })

  test.each([
    { to: 'a', reason: /already a participant/ },
    { to: '  ', reason: /not empty/ },
    { to: 'x\ny', reason: /one line/ },
  ])('refuses to rename b to $to', ({ to, reason }) => {
    const { doc, position } = atCursor('a -> |b')
    const result = rename(doc, position, to)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })
})
