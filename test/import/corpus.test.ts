// The import corpus (test/import/corpus, sources and licences in its README): real Mermaid and
// PlantUML sequence diagrams from public projects. Each must import without errors, compile
// without errors, render without collisions, account for every participant, message, note and
// fragment branch its source declares, and import to the same text again after formatting.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { compileStages } from '../../src/compile.js'
import { formatSource } from '../../src/format/format.js'
import { importDiagram } from '../../src/import/import.js'
import type { Item, SequenceModel } from '../../src/model/model.js'
import { findOverlaps } from '../layout/overlap.js'
import { countMermaid, countPlantUml, type Counts } from './source-counts.js'

const CORPUS = 'test/import/corpus'
const files = ['mermaid', 'plantuml'].flatMap((tool) => readdirSync(join(CORPUS, tool)).sort().map((f) => join(tool, f)))

function modelCounts(model: SequenceModel): Counts {
  const counts: Counts = { participants: model.participants.length, messages: 0, notes: 0, branches: 0 }
  const visit = (items: readonly Item[]): void => {
    for (const item of items) {
      if (item.type === 'message') counts.messages++
      else if (item.type === 'note') counts.notes++
      else if (item.type === 'fragment') {
        counts.branches += item.branches.length
        for (const b of item.branches) visit(b.items)
      }
    }
  }
  visit(model.items)
  return counts
}

describe('import corpus', () => {
  test('holds at least 40 diagrams from both tools, listed in its README', () => {
    const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8')
    expect(files.length).toBeGreaterThanOrEqual(40)
    expect(files.filter((f) => f.startsWith('mermaid/')).length).toBeGreaterThanOrEqual(15)
    expect(files.filter((f) => f.startsWith('plantuml/')).length).toBeGreaterThanOrEqual(15)
    for (const f of files) expect(readme, f).toContain(`| ${f} |`)
  })

  test.each(files)('%s imports, compiles, renders and keeps every element', (file) => {
    const source = readFileSync(join(CORPUS, file), 'utf8')
    const imported = importDiagram(source)
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const text = imported.text ?? ''
    const stages = compileStages(text)
    expect(stages.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(stages.layout && findOverlaps(stages.layout)).toEqual([])
    const expected = file.startsWith('mermaid/') ? countMermaid(source) : countPlantUml(source)
    expect(stages.model && modelCounts(stages.model)).toEqual(expected)
    // Canonical already, and the same again on a second import.
    expect(formatSource(text)).toEqual({ ok: true, text })
    expect(importDiagram(source).text).toBe(text)
  })
})
