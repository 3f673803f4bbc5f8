// Production builds the lexer and parser without Chevrotain's definition checks (a start-up
// cost paid on every run); these tests run the checks, so a broken grammar still fails here.
import { describe, expect, test } from 'vitest'
import { LifelineParser } from '../../grammar/parser.js'
import { createLexer } from '../../grammar/tokens.js'

describe('grammar definition checks', () => {
  test('the lexer definition passes validation', () => {
    const lexer = createLexer({ validate: true })
    expect(lexer.lexerDefinitionErrors).toEqual([])
  })

  test('the grammar passes validation (no ambiguity, no left recursion)', () => {
    expect(() => new LifelineParser({ validate: true })).not.toThrow()
  })

  test('validated, unvalidated and non-recovering parsers build the same tree from valid input', () => {
    const source = 'a -> b: hi\nalt x {\n b --> a: ok\n} else {\n a ->> b: no { delay: 1 }\n}\n'
    const run = (p: LifelineParser) => {
      p.input = createLexer().tokenize(source).tokens
      return JSON.stringify(p.diagram())
    }
    const tree = run(new LifelineParser({ validate: true }))
    expect(run(new LifelineParser())).toBe(tree)
    expect(run(new LifelineParser({ recover: false }))).toBe(tree)
  })
})
