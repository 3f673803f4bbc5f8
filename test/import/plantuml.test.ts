// The PlantUML reader, construct by construct, odd corners included (quoted `as` names, `==`
// dividers, `|||` spacing, `...` delays, `return`, teoz `&` and `->(N)`): each case is a
// PlantUML source and the canonical Lifeline it imports to.
import { describe, expect, test } from 'vitest'
import { check } from '../../src/compile.js'
import { importDiagram } from '../../src/import/import.js'

const puml = (body: string): string => `@startuml\n${body}\n@enduml\n`
const imported = (body: string): string | undefined => importDiagram(puml(body)).text
const messages = (body: string): string[] => importDiagram(puml(body)).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.severity}: ${d.message}`)

describe('PlantUML import', () => {
  test.each([
    ['arrows: sync, reply, async', 'A -> B : call\nB --> A : ok\nA ->> B : fire', 'A -> B: call\nB --> A: ok\nA ->> B: fire\n'],
    ['a left-pointing arrow is read from the right', 'A <- B : back\nA <-- B : reply', 'B -> A: back\nB --> A: reply\n'],
    ['participants: kinds, quoted names, `as` both ways', 'participant "Web Server" as WS\nactor User\ndatabase DB as "User DB"\nqueue Q\nUser -> WS', 'WS: Web Server\nUser { shape: actor }\nDB: User DB { shape: database }\nQ { shape: queue }\nUser -> WS\n'],
    ['a quoted name without alias gets an id', '"Long Name" -> B : x', 'Long_Name: Long Name\nLong_Name -> B: x\n'],
    ['colours on participants and arrows', 'participant A #lightblue\nparticipant B #FFAA00\nA -[#red]> B : x', 'A { style.fill: lightblue }\nB { style.fill: #ffaa00 }\nA -> B: x { style.stroke: red }\n'],
    ['activation marks and return', 'A -> B ++ : call\nB -> C ++ : deeper\nreturn rows\nreturn done', 'A -> +B: call\nB -> +C: deeper\nreturn rows\nreturn done\n'],
    ['activate / deactivate and return', 'A -> B : call\nactivate B\nreturn ok', 'A -> B: call\nactivate B\nreturn ok\n'],
    ['autoactivate', 'autoactivate on\nA -> B : call\nB --> A : ok', 'A -> +B: call\nB --> -A: ok\n'],
    ['dividers and delays', 'A -> B\n== Phase 2 ==\n...\n... 5 minutes later ...\nA -> B', 'A -> B\n== Phase 2 ==\n...\n... 5 minutes later ...\nA -> B\n'],
    ['teoz & shares the row', 'A -> B : one\n& A -> C : two', 'A -> B: one\n& A -> C: two\n'],
    ['teoz ->(N) is slanted: a delay in rows', 'A ->(60) B : slow', 'A -> B: slow { delay: 2 }\n'],
    ['found and lost messages at the edges', '[-> A : in\nA ->] : out\n?-> A : q\nA ->x B : lost', '[ -> A: in\nA -> ]: out\n? -> A: q\nA -> B: lost { lost: true }\n'],
    ['multi-line notes, note across, ref', 'A -> B\nnote over A, B\n  line one\n  line two\nend note\nnote across: all\nref over A, B : other', 'A -> B\nnote over A, B: """\n  line one\n  line two\n"""\nnote over A, B: all\nref over A, B: other\n'],
    ['fragments; else in par becomes and', 'alt ok\nA -> B : a\nelse no\nA -> B : b\nend\npar\nA -> B\nelse\nA -> C\nend\nloop 3 times\nA -> B\nend\ngroup Retry\nA -> B\nend', 'alt ok {\n  A -> B: a\n} else no {\n  A -> B: b\n}\npar {\n  A -> B\n} and {\n  A -> C\n}\nloop 3 times {\n  A -> B\n}\ngroup Retry {\n  A -> B\n}\n'],
    ['boxes', 'box "Backend"\nparticipant A\nparticipant B\nend box\nA -> B', 'box Backend {\n  A\n  B\n}\nA -> B\n'],
    ['comments, line and block', "' first\nA -> B\n/' two\nlines '/", '# first\nA -> B\n# two\n# lines\n'],
    ['title and autonumber', 'title Login\nautonumber 3\nA -> B', 'title: Login\nautonumber: 3\nA -> B\n'],
    ['\\n in labels breaks the line', 'A -> B : one\\ntwo', 'A -> B: one\\ntwo\n'],
    ['create and destroy', 'A -> B\ncreate C\nA -> C : new\ndestroy C', 'A -> B\nC\ncreate C\nA -> C: new\ndestroy C\n'],
    ['hide footbox, autonumber with step and format', 'hide footbox\nautonumber 10 10 "<b>[000]"\nA -> B', 'footbox: false\nautonumber: 10 { step: 10; format: [1] } # import: the markup in the autonumber format "<b>[000]" is left out\nA -> B\n'],
    ['a note beside a message shares its row', 'A -> B : call\nnote right : beside', 'A -> B: call\n& note right of B: beside\n'],
    ['box colour, and critical with else branches as options', 'box "Back" #LightBlue\nparticipant A\nend box\ncritical ok\nA -> A\nelse retry\nA -> A\nend', 'box Back {\n  style.fill: lightblue\n  A\n}\ncritical ok {\n  A -> A\n} option retry {\n  A -> A\n}\n'],
    ['a participant link with its tooltip', 'participant API [[https://example.com/api{the docs}]]\nAPI -> API', 'API { link: https://example.com/api; tooltip: the docs }\nAPI -> API\n'],
    ['skinparam colours for a kind of participant', 'skinparam participantBackgroundColor #eeeeee\nA -> B', 'A { style.fill: #eeeeee }\nB { style.fill: #eeeeee }\nA -> B\n'],
  ])('%s', (_, body, expected) => {
    expect(imported(body)).toBe(expected)
    expect(check(expected).diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  test('spacing, colours and unknown skinparams: warnings at their lines, comments in place', () => {
    const body = 'A -> B\n|||\n||45||\nskinparam roundcorner 10\nnote left of A #yellow: n'
    expect(messages(body)).toEqual([
      "3:1 warning: the extra space '|||' is left out: Lifeline spaces rows by itself",
      "4:1 warning: the extra space '||45||' is left out: Lifeline spaces rows by itself",
      "5:1 warning: the skinparam 'roundcorner 10' has no Lifeline equivalent",
    ])
    expect(imported(body)).toBe(
      "A -> B\n# import: the extra space '|||' is left out: Lifeline spaces rows by itself\n# import: the extra space '||45||' is left out: Lifeline spaces rows by itself\n" +
        "# import: the skinparam 'roundcorner 10' has no Lifeline equivalent\nnote left of A: n { style.fill: yellow }\n",
    )
  })

  /** The import of `body`, checked to compile without errors. */
  const compiled = (body: string): string => {
    const text = imported(body) ?? ''
    expect(check(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    return text
  }

  test('a box inside a box is merged into it, with a warning', () => {
    expect(compiled('box "Outer"\n  box "Inner" #blue\n    participant A\n  end box\n  participant B\nend box\nA -> B : hi')).toBe(
      "box Outer {\n  # import: the box 'Inner' inside the box 'Outer' is merged into it, its colour left out: Lifeline boxes do not nest\n  A\n  B\n}\nA -> B: hi\n",
    )
  })

  test('a dashed or dotted style keeps the arrowhead and dashes the line; thickness is reported, the colour kept', () => {
    expect(compiled('A -[#red,dashed]> B : s\nA -[dotted]> B : d\nA -[#blue;thickness=4]> B : t')).toBe(
      "A -> B: s { style.stroke: red; style.stroke-dash: 6 4 }\nA -> B: d { style.stroke-dash: 2 3 }\nA -> B: t { style.stroke: blue } # import: the arrow style 'thickness=4' is not carried over\n",
    )
  })

  test('autonumber resume goes on counting; multi-level numbers and inc are reported precisely', () => {
    expect(compiled('autonumber 10 5\nA -> B : a\nB --> A : b\nautonumber stop\nA -> B : c\nautonumber resume\nA -> B : d')).toBe(
      'autonumber: 10 { step: 5 }\nA -> B: a\nB --> A: b\nautonumber: false\nA -> B: c\nautonumber: 20 { step: 5 }\nA -> B: d\n',
    )
    expect(messages('autonumber 1.1.1\nA -> B : one\nautonumber inc A\nB -> A : two')).toEqual([
      "2:1 warning: the multi-level number '1.1.1' is not kept: Lifeline counts whole numbers, here from 1",
      "4:1 warning: 'autonumber inc A' is not carried over: Lifeline numbers have one level, so the count simply goes on",
    ])
    expect(compiled('autonumber 1.1.1\nA -> B : one')).toContain('autonumber: 1 ')
  })

  test('a legend with a position, a caption and a header keep their text as comments', () => {
    expect(compiled('A -> B : hi\nlegend top left\n  Short\nend legend\ncaption figure 1')).toBe(
      "A -> B: hi\n# import: 'legend' has no Lifeline equivalent; its text is kept as comments\n# legend top left\n# Short\n# end legend\n" +
        "# import: 'caption' has no Lifeline equivalent; its text is kept as a comment\n# caption figure 1\n",
    )
    expect(compiled('A -> B\nnewpage The second page\nB -> A')).toBe("A -> B\n# import: 'newpage The second page' has no Lifeline equivalent\nB -> A\n")
  })

  test('multi-line participant names, aliases declared in a message, teoz /note', () => {
    expect(compiled('participant P [\n  =Title\n  ----\n  Sub\n]\nP -> Bob : hi')).toBe(
      "P: Title\\nSub # import: the Creole headings ('=') and separator lines ('----') in this participant's name are left out; its lines are kept\nP -> Bob: hi\n",
    )
    expect(compiled('"Bob()" -> "Long name" as L : hi\nL -> "Bob()"')).toBe('Bob: Bob()\nL: Long name\nBob -> L: hi\nL -> Bob\n')
    expect(compiled('A -> B : x\nnote over A : one\n/note over B : two')).toBe('A -> B: x\nnote over A: one\n& note over B: two\n')
  })

  test('Creole markup Lifeline cannot draw goes, its text kept, reported once per kind; a label link becomes the message link', () => {
    const body = 'participant "**Bob**" as B\nB -> C : <back:yellow>hi</back> <size:18>big</size> <u>u</u> <&star> done\nB -> C : <color red>again</color>\nB -> C : see [[https://plantuml.com{the site} docs]] now'
    expect(compiled(body)).toBe(
      'B: Bob { style.bold: true }\n' +
        "B -> C: hi big u done # import: Creole text colours ('<color>', '<back>') are left out, their text kept; Creole text sizes and fonts ('<size>', '<font>') are left out, their text kept; Creole underline, strike and wave ('__', '--', '~~', '<u>', '<s>', '<w>') are left out, their text kept; OpenIconic icons ('<&icon>') are left out, their text kept\n" +
        'B -> C: again\nB -> C: see docs now { link: https://plantuml.com; tooltip: the site }\n',
    )
    expect(compiled('A -> B : a --struck-- __under__ ~~wave~~ x -- y')).toBe(
      "A -> B: a struck under wave x -- y # import: Creole underline, strike and wave ('__', '--', '~~', '<u>', '<s>', '<w>') are left out, their text kept\n",
    )
  })

  test('return with nothing active is an error; bad lines are all reported; no output', () => {
    const result = importDiagram(puml('A -> B\nreturn x\nthis is not plantuml\nend'))
    expect(result.text).toBeUndefined()
    expect(result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`)).toEqual([
      '3:1 return-without-activation',
      '4:1 unknown-statement',
      '5:1 stray-end',
    ])
  })

  test('a block left open is closed at the end, as PlantUML does, with a warning', () => {
    const result = importDiagram(puml('alt x\nA -> B'))
    expect(result.text).toBe('alt x {\n  A -> B\n}\n')
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unclosed-block'])
  })

  test('another kind of PlantUML diagram is refused by name', () => {
    const result = importDiagram(puml('start\n:step;\nstop'))
    expect(result.diagnostics.map((d) => d.message)).toEqual(["this is not a PlantUML sequence diagram: 'start' belongs to another kind of diagram"])
  })
})
