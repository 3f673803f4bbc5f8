import { describe, expect, test } from 'vitest'
import { analyseDocument, diagnostics, documentSymbols, foldingRanges, formatDocument, type DocumentSymbol } from '../../src/service/index.js'

const SOURCE = `# Two lines of
# comment
title: T
box Backend {
  api: API
  db
}
web -> api: go
alt ok {
  api -> db: read
  note over db: cached
} else failed {
  api --> web: 500
}
== later ==
ref over web, api: login
`

const outline = (symbols: readonly DocumentSymbol[]): unknown[] =>
  symbols.map((s) => (s.children.length ? { [`${s.kind} ${s.name}`]: outline(s.children) } : `${s.kind} ${s.name}`))

describe('document symbols', () => {
  test('participants, boxes, fragments, notes and refs nest as the source does', () => {
    expect(outline(documentSymbols(analyseDocument(SOURCE)))).toEqual([
      { 'box Backend': ['participant api', 'participant db'] },
      'participant web',
      { 'fragment alt': ['note note over db'] },
      'branch else',
      'divider == later ==',
      'ref ref over web, api',
    ])
  })

  test('a symbol selects its name inside its statement', () => {
    const api = documentSymbols(analyseDocument(SOURCE))[0]?.children[0]
    expect(api).toMatchObject({ detail: 'API', range: { start: { line: 4, character: 2 }, end: { line: 4, character: 10 } }, selectionRange: { start: { line: 4, character: 2 }, end: { line: 4, character: 5 } } })
  })
})

describe('folding ranges', () => {
  test('blocks fold to the line before their brace; comment runs fold', () => {
    expect(foldingRanges(analyseDocument(SOURCE))).toEqual([
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 3, endLine: 5, kind: 'region' },
      { startLine: 8, endLine: 10, kind: 'region' },
      { startLine: 11, endLine: 12, kind: 'region' },
    ])
  })
})

describe('formatting and diagnostics', () => {
  test('formatting is one edit to the canonical text, none when already canonical', () => {
    const edits = formatDocument(analyseDocument('a->b:  hi\nalt x {\nb-->a\n}\n'))
    expect(edits).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } }, newText: 'a -> b: hi\nalt x {\n  b --> a\n}\n' }])
    expect(formatDocument(analyseDocument(edits[0]!.newText))).toEqual([])
  })

  test('a document with syntax errors is not formatted', () => {
    expect(formatDocument(analyseDocument('a -> -> b\n'))).toEqual([])
  })

  test('diagnostics are the compiler\'s, with UTF-16 ranges', () => {
    const found = diagnostics(analyseDocument('a -> b: 😀\nb -> c { shap: actor }\n'))
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unknown-attribute', range: { start: { line: 1, character: 9 }, end: { line: 1, character: 13 } } }),
    ])
  })
})
