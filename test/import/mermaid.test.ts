// The Mermaid reader, construct by construct, odd corners included: each case is a Mermaid
// source and the canonical Lifeline it imports to (and, where something is approximated, the
// warning that says so at its source line).
import { describe, expect, test } from 'vitest'
import { check } from '../../src/compile.js'
import { importDiagram } from '../../src/import/import.js'

const mermaid = (body: string): string => `sequenceDiagram\n${body}\n`
const imported = (body: string): string | undefined => importDiagram(mermaid(body)).text
const warnings = (body: string): string[] => importDiagram(mermaid(body)).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.severity}: ${d.message}`)

describe('Mermaid import', () => {
  test.each([
    ['solid call ->> becomes ->', '  A->>B: hi', 'A -> B: hi\n'],
    ['dotted -->> becomes a reply', '  B-->>A: ok', 'B --> A: ok\n'],
    ['async -) becomes ->>, --) a reply', '  A-)B: fire\n  B--)A: back', 'A ->> B: fire\nB --> A: back\n'],
    ['activation marks', '  A->>+B: call\n  B-->>-A: done', 'A -> +B: call\nB --> -A: done\n'],
    ['activate / deactivate', '  A->>B: x\n  activate B\n  deactivate B', 'A -> B: x\nactivate B\ndeactivate B\n'],
    ['participants with aliases and shapes', '  participant A as Alice\n  actor B as Bob\n  participant D@{ "type": "database" } as Store', 'A: Alice\nB: Bob { shape: actor }\nD: Store { shape: database }\n'],
    ['names with spaces get ids', '  Web Server->>My DB: q', 'Web_Server: Web Server\nMy_DB: My DB\nWeb_Server -> My_DB: q\n'],
    ['a name that is a keyword gets another id', '  participant note\n  note->>title: x', 'note_: note\ntitle_: title\nnote_ -> title_: x\n'],
    ['entity codes', '  A->>B: I #9829; you #59; #quot;really#quot;', 'A -> B: I ♥ you ; "really"\n'],
    ['<br> in labels and names', '  participant A as Alice<br/>Smith\n  A->>B: one<br>two', 'A: Alice\\nSmith\nA -> B: one\\ntwo\n'],
    ['notes', '  Note right of A: r\n  note left of A: l\n  Note over A,B: both', 'A\nnote right of A: r\nnote left of A: l\nB\nnote over A, B: both\n'],
    ['alt / else / opt / loop', '  alt ok\n    A->>B: a\n  else no\n    A->>B: b\n  end\n  opt maybe\n    A->>B: c\n  end\n  loop every 1s\n    A->>B: d\n  end', 'alt ok {\n  A -> B: a\n} else no {\n  A -> B: b\n}\nopt maybe {\n  A -> B: c\n}\nloop every 1s {\n  A -> B: d\n}\n'],
    ['par / and, break', '  par one\n    A->>B: a\n  and two\n    A->>C: b\n  end\n  break stop\n    A->>B: x\n  end', 'par one {\n  A -> B: a\n} and two {\n  A -> C: b\n}\nbreak stop {\n  A -> B: x\n}\n'],
    ['box with participants', '  box Backend\n    participant A\n    participant B\n  end\n  A->>B: x', 'box Backend {\n  A\n  B\n}\nA -> B: x\n'],
    ['comments are kept', '  %% first\n  A->>B: x %% trailing', '# first\nA -> B: x # trailing\n'],
    ['title and autonumber', '  title Flow\n  autonumber 5\n  A->>B: x\n  autonumber off', 'title: Flow\nautonumber: 5\nA -> B: x\nautonumber: false\n'],
    ['semicolons separate statements', '  A->>B: one; B->>A: two', 'A -> B: one\nB -> A: two\n'],
    ['create and destroy (after the next message)', '  create participant C as Carl\n  A->>C: hi\n  destroy C\n  A-xC: bye', 'C: Carl\ncreate C\nA -> C: hi\nA -> C: bye { lost: true } # import: the cross at the end of \'-x\' is drawn as a lost message\ndestroy C\n'],
    ['blank lines are kept', '  A->>B: one\n\n  A->>B: two', 'A -> B: one\n\nA -> B: two\n'],
  ])('%s', (_, body, expected) => {
    expect(imported(body)).toBe(expected)
    expect(check(expected).diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  test('front matter title and the init theme carry over', () => {
    const source = '---\ntitle: Hello\n---\n%%{init: {"theme": "dark"}}%%\nsequenceDiagram\n  A->>B: x\n'
    expect(importDiagram(source).text).toBe('title: Hello\ntheme: dark\nA -> B: x\n')
  })

  test('what has no equivalent is a warning at its position and a comment in the output', () => {
    expect(warnings('  rect rgb(0, 0, 255)\n    A->>B: x\n  end\n  A<<->>B: both')).toEqual([
      "2:3 warning: the background band 'rect rgb(0, 0, 255)' has no Lifeline equivalent yet; its statements are kept without it",
      "5:4 warning: the two-headed arrow '<<->>' is drawn with one head",
    ])
    expect(imported('  rect rgb(0, 0, 255)\n    A->>B: x\n  end')).toBe(
      "# import: the background band 'rect rgb(0, 0, 255)' has no Lifeline equivalent yet; its statements are kept without it\nA -> B: x\n",
    )
  })

  test('errors: every bad line at once, with its position; no output', () => {
    const result = importDiagram(mermaid('  A->>B: fine\n  what is this\n  end\n  loop x\n    A->>B: y'))
    expect(result.text).toBeUndefined()
    expect(result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`)).toEqual([
      '3:3 unknown-statement',
      '4:3 stray-end',
      '5:3 unclosed-block',
    ])
  })

  test('another kind of Mermaid diagram is refused by name', () => {
    const result = importDiagram('flowchart LR\n  A --> B\n', { from: 'mermaid' })
    expect(result.diagnostics.map((d) => d.message)).toEqual(["this is not a Mermaid sequence diagram: it starts with 'flowchart', not 'sequenceDiagram'"])
  })
})

describe('importDiagram from JavaScript', () => {
  test('never throws: a non-string source or an unknown language is an error diagnostic', () => {
    expect(importDiagram(new Uint8Array([1]) as unknown as string).diagnostics.map((d) => d.code)).toEqual(['invalid-source'])
    expect(importDiagram('x', { from: 'd2' as never }).diagnostics.map((d) => d.code)).toEqual(['invalid-option'])
  })

  test('a very long line without an arrow is refused quickly, not after a long backtrack', () => {
    const result = importDiagram(`sequenceDiagram\n  ${'a - '.repeat(5000)}\n`)
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-statement'])
  })
})
