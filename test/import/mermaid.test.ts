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
    ['create and destroy (after the next message)', '  create participant C as Carl\n  A->>C: hi\n  destroy C\n  A-xC: bye', 'C: Carl\ncreate C\nA -> C: hi\nA -x C: bye\n'],
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
    expect(warnings('  par_over both\n    A->>B: x\n  end\n  A<<->>B: both')).toEqual([
      "2:3 warning: 'par_over' is drawn as a plain 'par'",
      "5:4 warning: the two-headed arrow '<<->>' is drawn with one head",
    ])
    expect(imported('  A-xB: gone')).toBe("A -> B: gone # import: the cross at the end of '-x' is not drawn: Lifeline's '-x' would end the target's lifeline\n")
  })

  test('rect becomes a highlight band with its colour; a box its fill; critical keeps its options', () => {
    expect(imported('  rect rgb(0, 0, 255)\n    A->>B: x\n  end\n  box Aqua Group\n    participant C\n  end')).toBe(
      'highlight {\n  style.fill: rgb(0, 0, 255)\n  A -> B: x\n}\nbox Group {\n  style.fill: aqua\n  C\n}\n',
    )
    expect(imported('  critical connect\n    A->>B: x\n  option timeout\n    A->>A: log\n  end')).toBe('critical connect {\n  A -> B: x\n} option timeout {\n  A -> A: log\n}\n')
  })

  test('arrows without heads, links and the autonumber step', () => {
    expect(imported('  A->B: solid\n  A-->B: dotted')).toBe('A -- B: solid\nA -- B: dotted { style.stroke-dash: 6 4 }\n')
    expect(imported('  link A: Docs @ https://example.com/a\n  autonumber 10 5\n  A->>B: x')).toBe('A { link: https://example.com/a; tooltip: Docs }\nautonumber: 10 { step: 5 }\nA -> B: x\n')
  })

  test('central connections lose their () and go to the participant, with one warning', () => {
    const body = '  participant A\n  participant B\n  A->>()B: hi\n  A()->>B: there\n  B()->>()A: back\n  A->>+()B: act'
    expect(imported(body)).toBe(
      "A\nB\nA -> B: hi # import: central connections ('()' at an arrow's end) have no Lifeline equivalent: the message goes to the participant itself\nA -> B: there\nB -> A: back\nA -> +B: act\n",
    )
    expect(warnings(body)).toEqual(["4:4 warning: central connections ('()' at an arrow's end) have no Lifeline equivalent: the message goes to the participant itself"])
  })

  test('reverse half arrows point at the left-hand name; decimal numbering becomes whole numbers', () => {
    expect(imported('  A/|-B: r1\n  A//--B: r2\n  A\\\\-B: r3')).toBe(
      [
        "B -> A: r1 # import: the half arrowhead '/|-' is drawn whole, from the right-hand name to the left-hand one",
        "B --> A: r2 # import: the half arrowhead '//--' is drawn whole, from the right-hand name to the left-hand one",
        "B ->> A: r3 # import: the half arrowhead '\\\\-' is drawn whole, from the right-hand name to the left-hand one\n",
      ].join('\n'),
    )
    expect(imported('  autonumber 10.1 .01\n  A->>B: x')).toBe("autonumber: 10 # import: Lifeline numbers messages with whole numbers: 'autonumber 10.1 .01' counts from 10 in steps of 1\nA -> B: x\n")
  })

  test('an encoded #lt;br/#gt; is the text <br/>, as Mermaid draws it; a literal <br/> breaks the line', () => {
    expect(imported('  A->>B: show #lt;br/#gt; and #lt;br#gt;\n  A->>B: x<br/>y')).toBe('A -> B: show <br/> and <br>\nA -> B: x\\ny\n')
  })

  test('wrap: and nowrap: prefixes go in notes as in messages', () => {
    expect(imported('  Note over A:wrap: note text\n  Note right of A: nowrap:other\n  A->>B:wrap: m')).toBe('A\nnote over A: note text\nnote right of A: other\nA -> B: m\n')
  })

  test('mirrorActors and showSequenceNumbers become footbox and autonumber; a second title wins with a warning', () => {
    const source = '---\ntitle: Front\nconfig:\n  sequence:\n    mirrorActors: false\n    showSequenceNumbers: true\n---\nsequenceDiagram\n  title: Statement\n  A->>B: x\n'
    const result = importDiagram(source)
    expect(result.text).toBe("# import: 'title' is set twice: this 'Front' is left out for the later 'Statement'\nfootbox: false\nautonumber: true\ntitle: Statement\nA -> B: x\n")
    expect(check(result.text ?? '').diagnostics).toEqual([])
    expect(importDiagram('%%{init: {"sequence": {"mirrorActors": true}}}%%\nsequenceDiagram\n  A->>B: x\n').text).toBe('footbox: true\nA -> B: x\n')
  })

  test('a note on a destroyed participant stands beside the destroying message, or stays a comment', () => {
    const body = '  destroy B\n  A-xB: bye\n  Note over B: gone\n  A->>C: y\n  Note over B: later'
    const text = imported(body) ?? ''
    expect(text).toBe("B\nA -x B: bye\n& note over B: gone\nA -> C: y\n# import: this note names 'B' after its lifeline ended, which Lifeline cannot draw; kept as a comment: later\n")
    expect(check(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([])
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
