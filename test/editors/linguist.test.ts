// The files prepared for GitHub's Linguist (editors/linguist) agree with the grammar they name,
// and its samples are real diagrams that compile without errors.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { check } from '../../src/compile.js'

const LINGUIST = 'editors/linguist'
const grammar = JSON.parse(readFileSync('editors/vscode/syntaxes/lifeline.tmLanguage.json', 'utf8')) as { scopeName: string; fileTypes: string[] }
const extension = JSON.parse(readFileSync('editors/vscode/package.json', 'utf8')) as { contributes: { languages: { extensions: string[] }[] } }

test('languages.yml and grammars.yml name the grammar\'s scope and the extension\'s file type', () => {
  const languages = readFileSync(join(LINGUIST, 'languages.yml'), 'utf8')
  expect(languages).toMatch(new RegExp(`^  tm_scope: ${grammar.scopeName}$`, 'm'))
  for (const ext of extension.contributes.languages[0]?.extensions ?? []) expect(languages).toContain(`  - "${ext}"`)
  expect(grammar.fileTypes.map((t) => `.${t}`)).toEqual(extension.contributes.languages[0]?.extensions)
  expect(readFileSync(join(LINGUIST, 'grammars.yml'), 'utf8')).toMatch(new RegExp(`^- ${grammar.scopeName}$`, 'm'))
})

test('every sample compiles without errors', () => {
  const samples = readdirSync(join(LINGUIST, 'samples/Lifeline'))
  expect(samples.length).toBeGreaterThan(0)
  for (const sample of samples) {
    const { diagnostics } = check(readFileSync(join(LINGUIST, 'samples/Lifeline', sample), 'utf8'))
    expect(diagnostics.filter((d) => d.severity === 'error'), sample).toEqual([])
  }
})

test('the heuristic tells every example apart by one of its patterns', () => {
  const patterns = [...readFileSync(join(LINGUIST, 'heuristics.yml'), 'utf8').matchAll(/^    - '(.*)'$/gm)].map((m) => new RegExp(m[1] ?? '', 'mu'))
  expect(patterns).toHaveLength(3)
  for (const file of readdirSync('examples').filter((f) => f.endsWith('.seq'))) {
    const text = readFileSync(join('examples', file), 'utf8')
    expect(patterns.some((p) => p.test(text)), file).toBe(true)
  }
})
