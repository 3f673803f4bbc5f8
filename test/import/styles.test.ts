// Label text from Mermaid and PlantUML in Lifeline's inline-style syntax: Mermaid's labels are
// plain, so a marker Lifeline would read is escaped; PlantUML's Creole styles are mapped.
import { describe, expect, test } from 'vitest'
import { importDiagram } from '../../src/import/import.js'
import { creoleText, literalText } from '../../src/import/styles.js'
import { parseInlineStyles, plainText } from '../../src/model/inline-styles.js'

describe('literal text', () => {
  test.each([
    ['plain text stays as written', 'GET /users/{id}', 'GET /users/{id}'],
    ['markers Lifeline leaves alone stay unescaped', 'a*b*c, snake_case, 2 * 3', 'a*b*c, snake_case, 2 * 3'],
    ['markers that would style are escaped', 'a *b* `c`', 'a \\*b\\* \\`c\\`'],
    ['a backslash before a marker stays a backslash', '\\*x\\*', '\\\\*x\\\\*'],
  ])('%s', (_, text, expected) => {
    expect(literalText(text)).toBe(expected)
    expect(plainText(parseInlineStyles(literalText(text)))).toBe(text)
  })
})

describe('PlantUML Creole', () => {
  test.each([
    ['bold stays', '**bold** x', '**bold** x'],
    ['italic', 'an //italic// word', 'an *italic* word'],
    ['monospace', 'call ""f(x)"" now', 'call `f(x)` now'],
    ['monospace holding a backtick', '""a`b""', '``a`b``'],
    ['HTML tags', '<b>b</b> <i>i</i>', '**b** *i*'],
    ['a URL is no italic', 'see http://example.com//x', 'see http://example.com//x'],
    ['other markers beside styles are escaped', '**b** and *c*', '**b** and \\*c\\*'],
  ])('%s', (_, text, expected) => {
    expect(creoleText(text)).toBe(expected)
  })
})

describe('import', () => {
  test('a Mermaid label keeps its stars as text, a participant name is untouched', () => {
    expect(importDiagram('sequenceDiagram\n  A->>B: *not* italic\n  Note over A: `x`').text).toBe('A -> B: \\*not\\* italic\nnote over A: \\`x\\`\n')
  })
  test('PlantUML styles become Lifeline styles in labels, notes, guards and the title', () => {
    const text = importDiagram('@startuml\ntitle The //plan//\nA -> B : **go** ""now""\nalt //fast//\nA -> B\nend\n@enduml\n').text
    expect(text).toBe('title: The *plan*\nA -> B: **go** `now`\nalt *fast* {\n  A -> B\n}\n')
  })
})
