// The PlantUML reader: a sequence diagram (`@startuml` ... `@enduml`) in, a Lifeline AST (spans
// into the source) and diagnostics out. Line by line; statements that span lines (multi-line
// notes, `ref`, `legend`, `skinparam { }`, `/' comments '/`) read on to their end marker.
// Each statement kind has one handler, in handlers.ts and the files it names.
import type { ReadResult } from '../mermaid/read.js'
import { DiagramBuilder } from '../builder.js'
import { creoleText } from '../styles.js'
import { lineSpan, sourceLines, type SourceLine } from '../lines.js'
import { withoutCreoleTags } from './creole-tags.js'
import { HANDLERS } from './handlers.js'
import { PlantUmlState } from './state.js'

export function readPlantUml(source: string): ReadResult {
  const b = new DiagramBuilder((text, report) => creoleText(withoutCreoleTags(text, report)))
  const all = sourceLines(source)
  const start = all.findIndex((l) => /^@start(uml|sequence)\b/i.test(l.text))
  const stop = all.findIndex((l, k) => k > start && /^@end(uml|sequence)\b/i.test(l.text))
  const lines = all.slice(start + 1, stop < 0 ? all.length : stop)
  const other = lines.find((l) => OTHER_DIAGRAM.test(l.text) && !/-+>|<-+/.test(l.text))
  if (other) {
    b.error('not-a-sequence-diagram', `this is not a PlantUML sequence diagram: '${other.text}' belongs to another kind of diagram`, lineSpan(other))
    return { ast: b.finish(source.length, () => 'end'), diagnostics: b.diagnostics }
  }
  const r = new PlantUmlState(b, lines)
  for (; r.index < lines.length; r.index++) {
    const line = lines[r.index]
    if (!line?.text) continue
    if (comment(r, line)) continue
    if (!HANDLERS.some((handle) => handle(r, line))) b.error('unknown-statement', `PlantUML has no sequence diagram statement '${line.text}'`, lineSpan(line))
  }
  if (start >= 0 && stop < 0) b.error('missing-enduml', "this diagram has no '@enduml'", lineSpan(all[start] as SourceLine))
  return { ast: b.finish(source.length, (keyword) => (keyword === 'box' ? 'end box' : 'end'), true), diagnostics: b.diagnostics }
}

/** Statements only other PlantUML diagrams have (activity, state, class, component, use case, ...). */
const OTHER_DIAGRAM = /^(start|stop|endif|endwhile|fork|repeat|(if|while|elseif)\s*\(|:.*[;|<>\]}/]$|\[\*\]|(state|class|interface|enum|abstract|component|node|usecase|object|package|namespace|rectangle|card|folder|frame|cloud|artifact|storage|agent|file|stack|hexagon|person|map|json|yaml)\s+\S)/i

/** `' comment` and `/' block comment '/`, carried over line by line. */
function comment(r: PlantUmlState, line: SourceLine): boolean {
  if (line.text.startsWith("'")) {
    r.b.comment(line.text.slice(1), lineSpan(line))
    return true
  }
  if (!line.text.startsWith("/'")) return false
  const closes = (l: SourceLine, first: boolean): boolean => (first ? l.text.slice(2) : l.text).includes("'/")
  for (let l: SourceLine | undefined = line, first = true; l; first = false) {
    r.b.comment(l.text.replace(/^\/'/, '').replace(/'\/$/, ''), lineSpan(l))
    if (closes(l, first)) break
    l = r.next()
  }
  return true
}
