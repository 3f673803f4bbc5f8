// Writes grammar/grammar.html, the railroad diagram of the grammar (Chevrotain's own
// generator), so the docs can show the grammar as it really is. A test keeps it current.
import { writeFileSync } from 'node:fs'
import { createSyntaxDiagramsCode } from 'chevrotain'
import { LifelineParser } from '../grammar/parser.js'

export function grammarHtml(): string {
  return createSyntaxDiagramsCode(new LifelineParser().getSerializedGastProductions())
}

if (process.argv[1]?.endsWith('gen-grammar.js')) {
  const target = new URL('../../grammar/grammar.html', import.meta.url)
  writeFileSync(target, grammarHtml())
  console.log(`wrote ${target.pathname}`)
}
