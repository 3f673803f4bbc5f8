// Lines pasted from Mermaid and PlantUML: each gets exactly one diagnostic, at the right column,
// saying what it is and how to write it here. The lines are taken from the two tools'
// documentation (mermaid.js.org/syntax/sequenceDiagram and plantuml.com/sequence-diagram).
import { describe, expect, test } from "vitest"
import { LineIndex } from "../../src/diagnostics/position.js"
import { parse } from "../../src/syntax/parse.js"
import { check } from "../../src/check.js"

/** [line, 1-based column of the diagnostic, its exact message] */
const FOREIGN: readonly [string, number, string][] = [
  ["participant Alice", 1, "Mermaid's and PlantUML's `participant Alice` declares a participant: here write `Alice`"],
  ["actor Bob", 1, "Mermaid's and PlantUML's `actor Bob` declares a participant: here write `Bob { shape: actor }`"],
  ["participant A as Alice", 1, "Mermaid's and PlantUML's `participant A as Alice` declares a participant: here write `A: Alice`"],
  ["actor J as John", 1, "Mermaid's and PlantUML's `actor J as John` declares a participant: here write `J: John { shape: actor }`"],
  ["Note right of John: Text in note", 1, "Mermaid's `Note` is `note` here (keywords are lower case): `note right of John: Text in note`"],
  ["Note over Alice,John: A typical interaction", 1, "Mermaid's `Note` is `note` here (keywords are lower case): `note over Alice, John: A typical interaction`"],
  ["loop Every minute", 1, "a block opens with '{' here: write `loop Every minute {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["alt is sick", 1, "a block opens with '{' here: write `alt is sick {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["else is well", 1, "`else is well` starts a branch of an `alt` in Mermaid and PlantUML: here close the branch before it and open this one: `} else is well {`"],
  ["opt Extra response", 1, "a block opens with '{' here: write `opt Extra response {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["par Alice to Bob", 1, "a block opens with '{' here: write `par Alice to Bob {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["and Alice to John", 1, "`and Alice to John` starts a branch of a `par` in Mermaid and PlantUML: here close the branch before it and open this one: `} and Alice to John {`"],
  ["critical Establish a connection to the DB", 1, "a block opens with '{' here: write `critical Establish a connection to the DB {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["option Network timeout", 1, "`option Network timeout` starts a branch of a `critical` in Mermaid and PlantUML: here close the branch before it and open this one: `} option Network timeout {`"],
  ["break when the booking process fails", 1, "a block opens with '{' here: write `break when the booking process fails {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["end", 1, "Mermaid and PlantUML close a block with `end`; here a block ends with `}` (a participant named end is written \"end\" when it stands alone)"],
  ["rect rgb(191, 223, 255)", 1, "Mermaid's `rect rgb(191, 223, 255)` ... `end` is `highlight { style.fill: rgb(191, 223, 255); ... }` here"],
  ["box Purple Alice & John", 5, "Mermaid's `box Purple Alice & John` is `box Alice & John { style.fill: purple; a; b }` here (a colour is a `style.fill` line inside)"],
  ["box Aqua Group Description", 5, "Mermaid's `box Aqua Group Description` is `box Group Description { style.fill: aqua; a; b }` here (a colour is a `style.fill` line inside)"],
  ["John-->>Alice: Great!", 5, "Mermaid's `-->>` (a dotted arrow) is `-->` here, a reply"],
  ["Alice-)John: See you later!", 6, "Mermaid's `-)` (an open arrowhead, asynchronous) is `->>` here"],
  ["Alice--)John: See you later!", 6, "Mermaid's `--)` (an open arrowhead, asynchronous) is `->>` here"],
  ["create participant Carl", 1, "`create participant Carl` is `create Carl` here"],
  ["%% this is a comment", 1, "Mermaid's `%%` comment is `#` here"],
  ["link Alice: Dashboard @ https://dashboard.contoso.com/alice", 1, "Mermaid's `link` menus are attributes here: `Alice { link: https://dashboard.contoso.com/alice; tooltip: Dashboard }`"],
  ["link Alice: Wiki @ https://wiki.contoso.com/alice", 1, "Mermaid's `link` menus are attributes here: `Alice { link: https://wiki.contoso.com/alice; tooltip: Wiki }`"],
  ["autonumber off", 1, "Mermaid's `autonumber off` is `autonumber: false` here"],
  ["Alice<<->>John: Hello John, how are you?", 6, "Mermaid's two-headed `<<->>` has no equivalent here: write two messages, one each way"],
  ["participant Participant as Foo", 1, "Mermaid's and PlantUML's `participant Participant as Foo` declares a participant: here write `Participant: Foo`"],
  ["boundary Boundary as Foo2", 1, "PlantUML's `boundary Boundary as Foo2` declares a participant: here write `Boundary: Foo2 { shape: boundary }`"],
  ["control Control as Foo3", 1, "PlantUML's `control Control as Foo3` declares a participant: here write `Control: Foo3 { shape: control }`"],
  ["database Database as Foo5", 1, "PlantUML's `database Database as Foo5` declares a participant: here write `Database: Foo5 { shape: database }`"],
  ["collections Collections as Foo6", 1, "PlantUML's `collections Collections as Foo6` declares a participant: here write `Collections: Foo6 { shape: collections }`"],
  ["queue Queue as Foo7", 1, "PlantUML's `queue Queue as Foo7` declares a participant: here write `Queue: Foo7 { shape: queue }`"],
  ["actor Bob #red", 1, "PlantUML's `actor Bob #red` declares a participant: here write `Bob { shape: actor; style.fill: red }`"],
  ["participant \"I have a really\\nlong name\" as L #99FF99", 1, "PlantUML's `participant \"I have a really\\nlong name\" as L #99FF99` declares a participant: here write `L: I have a really\\nlong name { style.fill: #99ff99 }`"],
  ["Alice ->x Bob", 7, "PlantUML's `->x` (an arrow ending in a cross) is `-x` here (the message destroys its target); a message that never arrives is `a -> b: text { lost: true }`"],
  ["Alice -\\ Bob", 7, "PlantUML's arrow style `-\\` has no equivalent here: use `->`, `->>` or `-->`"],
  ["Alice //-- Bob", 7, "PlantUML's arrow style `//-` has no equivalent here: use `->`, `->>` or `-->`"],
  ["Alice ->o Bob", 7, "PlantUML's arrow style `->o` has no equivalent here: use `->`, `->>` or `-->`"],
  ["Alice <-> Bob", 7, "PlantUML's two-headed `<->` has no equivalent here: write two messages, one each way"],
  ["Bob -[#red]> Alice : hello", 5, "PlantUML's coloured arrow `-[#red]>` is `a -> b: text { style.stroke: red }` here"],
  ["Alice -> Bob ++ : hello", 14, "PlantUML's `++` after the target is `Alice -> +Bob: hello` here"],
  ["autonumber 10 10 \"<b>[000]\"", 1, "PlantUML's `autonumber 10 10 \"<b>[000]\"` is `autonumber: 10 { step: 10; format: \"[1]\" }` here (the 1 in a format stands for the number)"],
  ["autonumber stop", 1, "PlantUML's `autonumber stop` is `autonumber: false` here"],
  ["hide footbox", 1, "PlantUML's `hide footbox` is `footbox: false` here"],
  ["note left of Alice #aqua", 1, "PlantUML's multi-line `note ... end note` is one note with a text block here: `note left of Alice: \"\"\"` then its lines, then `\"\"\"`"],
  ["note right: this is another note", 1, "PlantUML's `note right: this is another note` (beside the message before it) is `& note right of NAME: this is another note` here"],
  ["note over Alice, Bob #FFAAAA: This is displayed over Bob and Alice.", 22, "a colour after the participants is PlantUML's: write `note over Alice, Bob: This is displayed over Bob and Alice. { style.fill: #ffaaaa }`"],
  ["hnote over Alice : idle", 1, "PlantUML's `hnote` is a plain `note` here: `note over Alice: idle`"],
  ["note across: New method", 1, "PlantUML's `note across` is `note over FIRST, LAST: New method` here (it spans the columns from FIRST to LAST)"],
  ["ref over Bob", 1, "PlantUML's multi-line `ref over ... end ref` is `ref over Bob: \"\"\"` then its lines, then `\"\"\"` here"],
  ["|||", 1, "PlantUML's `|||` spacing has no equivalent here: `...` draws a gap in time"],
  ["||45||", 1, "PlantUML's `|||` spacing has no equivalent here: `...` draws a gap in time"],
  ["activate A #FFBBBB", 12, "a colour on an activation is PlantUML's and has no equivalent here: write `activate A`"],
  ["create control String", 1, "`create control String` is `create String` here (the shape goes in its declaration: `{ shape: control }`)"],
  ["box \"Internal Service\" #LightBlue", 24, "PlantUML's `box \"Internal Service\" #LightBlue` is `box Internal Service { style.fill: lightblue; a; b }` here (a colour is a `style.fill` line inside)"],
  ["end box", 1, "PlantUML's `end box` is the `}` of `box Label { ... }` here"],
  ["skinparam sequenceArrowThickness 2", 1, "PlantUML's `skinparam` has no equivalent here: colours are `style.*` attributes, and `theme: dark` sets the theme"],
  ["title Simple communication example", 7, "expected ':' between 'title' and its value (write 'title: Simple communication ...')"],
  ["newpage", 1, "PlantUML's `newpage` has no equivalent here: split the diagram into two files"],
  ["legend left", 1, "PlantUML's `legend ... endlegend` has no equivalent here: a note can hold the text"],
  ["header Page Header", 1, "PlantUML's `header` has no equivalent here"],
  ["' this is a comment", 1, "PlantUML's `'` comment is `#` here"],
  ["!theme cerulean", 1, "PlantUML's preprocessor line `!theme` has no equivalent here: the file is read as it is"],
  ["group My own label [My own label 2]", 1, "a block opens with '{' here: write `group My own label [My own label 2] {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["loop 1000 times", 1, "a block opens with '{' here: write `loop 1000 times {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["alt successful case", 1, "a block opens with '{' here: write `alt successful case {` ... `}` (Mermaid's and PlantUML's `end` is `}`)"],
  ["else some kind of failure", 1, "`else some kind of failure` starts a branch of an `alt` in Mermaid and PlantUML: here close the branch before it and open this one: `} else some kind of failure {`"],
  ["B->(10)C: slanted", 2, "PlantUML's slanted `->(10)` is `{ delay: 10 }` after the label here (the delay counts rows)"],
  ["box \"Label\" #LightBlue {", 13, "PlantUML's `box \"Label\" #LightBlue` is `box Label { style.fill: lightblue; a; b }` here (a colour is a `style.fill` line inside)"],
]

describe("foreign lines", () => {
  test("the table holds at least 40 lines", () => expect(FOREIGN.length).toBeGreaterThanOrEqual(40))

  test.each(FOREIGN)("%s", (line, column, message) => {
    // Indented and between two valid statements, as pasted into a diagram.
    const source = `a -> b: before\n  ${line}\nb -> a: after\n`
    const { diagnostics, ast } = parse(source)
    expect(diagnostics.map((d) => d.message)).toEqual([message])
    const at = new LineIndex(source).position(diagnostics[0]?.span.start ?? -1)
    expect([at.line, at.column]).toEqual([2, column + 2])
    expect(ast.statements.filter((s) => s.kind === "message")).toHaveLength(2)
  })
})

describe('whole diagrams and blocks', () => {
  test.each([
    ['sequenceDiagram\n  Alice->>John: Hello John\n', "this is Mermaid text (it starts with 'sequenceDiagram'): convert it with `lifeline import FILE`, which writes the Lifeline version"],
    ['%%{init: {"theme": "dark"}}%%\nsequenceDiagram\n  A->>B: hi\n', "this is Mermaid text (it starts with 'sequenceDiagram'): convert it with `lifeline import FILE`, which writes the Lifeline version"],
    ['@startuml\nAlice -> Bob: hi\n@enduml\n', "this is PlantUML text (it starts with '@startuml'): convert it with `lifeline import FILE`, which writes the Lifeline version"],
  ])('%s is reported once, as a whole', (source, message) => {
    expect(parse(source).diagnostics.map((d) => d.message)).toEqual([message])
  })

  test('a multi-line PlantUML note is one diagnostic, its body lines none', () => {
    const source = 'a -> b: hi\nnote left of a #aqua\n  This is displayed\n  left of Alice.\nend note\nb -> a: ok\n'
    const { diagnostics } = parse(source)
    expect(diagnostics.map((d) => [new LineIndex(source).position(d.span.start).line, d.code])).toEqual([[2, 'foreign-syntax']])
  })

  test('a pasted Mermaid block: one diagnostic per foreign line, its messages kept', () => {
    const source = 'Alice->>John: Hello John, how are you?\nloop Every minute\n    John-->Alice: Great!\nend\n'
    const { diagnostics, ast } = parse(source)
    expect(diagnostics.map((d) => new LineIndex(source).position(d.span.start).line)).toEqual([2, 4])
    expect(ast.statements.map((s) => s.kind)).toEqual(['message', 'message'])
  })

  test('valid Lifeline is never taken for a foreign line', () => {
    const source = 'note over a: hi\nalt x {\n a -> b: y\n} else {\n b --> a\n}\nend -> box: x\n"end"\nautonumber\n'
    expect(parse(source).diagnostics).toEqual([])
  })
})

describe("a name with '-' in it, read as one word", () => {
  // Where the name stands decides which stage reports it (the parser, or the model for a line
  // that reads as a box's `key: value`), but the message is the same.
  const quote = (word: string): string => `a name may only hold letters, digits and '_': write "${word}" in quotes`
  test.each([
    ["a -> b\nwww-data: Web", 2, 1, quote("www-data")],
    ["my-db: Postgres { shape: database }\na -> b", 1, 1, quote("my-db")],
    ["a -> www-data: hi", 1, 6, quote("www-data")],
    ["a -> b\nA-xBob: cross", 2, 1, `${quote("A-xBob")}, or put spaces around the arrow ('A -x Bob')`],
  ])("%j", (source, line, column, message) => {
    const errors = check(source).diagnostics.filter((d) => d.severity === "error")
    expect(errors.map((d) => [d.range.start.line, d.range.start.column, d.message])).toEqual([[line, column, message]])
  })
})
