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
    ['colours on participants and arrows', 'participant A #lightblue\nparticipant B #FFAA00\nA -[#red]> B : x', 'A { style.fill: lightblue }\nB { style.fill: "#ffaa00" }\nA -> B: x { style.stroke: red }\n'],
    ['activation marks and return', 'A -> B ++ : call\nB -> C ++ : deeper\nreturn rows\nreturn done', 'A -> +B: call\nB -> +C: deeper\nC --> -B: rows\nB --> -A: done\n'],
    ['activate / deactivate and return', 'A -> B : call\nactivate B\nreturn ok', 'A -> B: call\nactivate B\nB --> -A: ok\n'],
    ['autoactivate', 'autoactivate on\nA -> B : call\nB --> A : ok', 'A -> +B: call\nB --> -A: ok\n'],
    ['dividers and delays', 'A -> B\n== Phase 2 ==\n...\n... 5 minutes later ...\nA -> B', 'A -> B\n== Phase 2 ==\n...\n... 5 minutes later ...\nA -> B\n'],
    ['teoz & shares the row', 'A -> B : one\n& A -> C : two', 'A -> B: one\n& A -> C: two\n'],
    ['teoz ->(N) is slanted: a delay in rows', 'A ->(60) B : slow', 'A -> B: slow { delay: 2 }\n'],
    ['found and lost messages at the edges', '[-> A : in\nA ->] : out\n?-> A : q\nA ->o B : lost', '? -> A: in\nA -> ?: out\n? -> A: q\nA -> B: lost { lost: true }\n'],
    ['multi-line notes, note across, ref', 'A -> B\nnote over A, B\n  line one\n  line two\nend note\nnote across: all\nref over A, B : other', 'A -> B\nnote over A, B: line one\\nline two\nnote over A, B: all\nref over A, B: other\n'],
    ['fragments; else in par becomes and', 'alt ok\nA -> B : a\nelse no\nA -> B : b\nend\npar\nA -> B\nelse\nA -> C\nend\nloop 3 times\nA -> B\nend\ngroup Retry\nA -> B\nend', 'alt ok {\n  A -> B: a\n} else no {\n  A -> B: b\n}\npar {\n  A -> B\n} and {\n  A -> C\n}\nloop 3 times {\n  A -> B\n}\ngroup Retry {\n  A -> B\n}\n'],
    ['boxes', 'box "Backend"\nparticipant A\nparticipant B\nend box\nA -> B', 'box Backend {\n  A\n  B\n}\nA -> B\n'],
    ['comments, line and block', "' first\nA -> B\n/' two\nlines '/", '# first\nA -> B\n# two\n# lines\n'],
    ['title and autonumber', 'title Login\nautonumber 3\nA -> B', 'title: Login\nautonumber: 3\nA -> B\n'],
    ['\\n in labels breaks the line', 'A -> B : one\\ntwo', 'A -> B: one\\ntwo\n'],
    ['create and destroy', 'A -> B\ncreate C\nA -> C : new\ndestroy C', 'A -> B\nC\ncreate C\nA -> C: new\ndestroy C\n'],
    ['skinparam colours for a kind of participant', 'skinparam participantBackgroundColor #eeeeee\nA -> B', 'A { style.fill: "#eeeeee" }\nB { style.fill: "#eeeeee" }\nA -> B\n'],
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
      "6:1 warning: the note colour '#yellow' is not carried over yet",
    ])
    expect(imported(body)).toBe(
      "A -> B\n# import: the extra space '|||' is left out: Lifeline spaces rows by itself\n# import: the extra space '||45||' is left out: Lifeline spaces rows by itself\n" +
        "# import: the skinparam 'roundcorner 10' has no Lifeline equivalent\nnote left of A: n # import: the note colour '#yellow' is not carried over yet\n",
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
