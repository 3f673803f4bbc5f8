// PlantUML participant declarations: `participant "Long Name" as L #pink order 10`, every
// participant kind (they are Lifeline's shapes), stereotypes and links reported, and the
// `skinparam` colours of their kind applied.
import type * as Ast from '../../syntax/ast.js'
import { attribute } from '../builder.js'
import { lineSpan, type SourceLine } from '../lines.js'
import { plantUmlColour } from './colours.js'
import type { PlantUmlState } from './state.js'
import { NAME, unquote } from './text.js'

export const KINDS = ['participant', 'actor', 'boundary', 'control', 'entity', 'database', 'collections', 'queue'] as const

const DECLARATION = new RegExp(
  `^(${KINDS.join('|')})\\s+(${NAME})(?:\\s+as\\s+(${NAME}))?\\s*(<<.*?>>)?\\s*(#\\S+)?\\s*(?:order\\s+(-?\\d+))?\\s*(\\[\\[.*\\]\\])?\\s*$`,
  'iu',
)

/** Reads `text` (a declaration without `create`) and declares it; its id, or undefined if `text` is none. */
export function declareParticipant(r: PlantUmlState, text: string, line: SourceLine): string | undefined {
  const m = DECLARATION.exec(text)
  if (!m) return undefined
  const [, kindWord = '', first = '', second, stereotype, colour, order, link] = m
  const span = lineSpan(line)
  const kind = kindWord.toLowerCase()
  // `"Display" as key`, `key as "Display"`, `Display as key`
  const [display, key] = second === undefined ? [first, first] : !first.startsWith('"') && second.startsWith('"') ? [second, first] : [first, second]
  const attributes: Ast.Attribute[] = [...(kind === 'participant' ? [] : [attribute('shape', kind, span)]), ...(r.kindStyles.get(kind) ?? [])]
  const problems: string[] = []
  if (colour) {
    const coloured = plantUmlColour(colour, span)
    attributes.push(...coloured.attributes)
    problems.push(...coloured.problems)
  }
  if (stereotype) problems.push(`the stereotype '${stereotype}' is not shown`)
  if (order) problems.push(`'order ${order}' is not carried over: columns keep the order of declaration`)
  if (link) problems.push(`the link '${link}' is not carried over yet`)
  const id = r.b.declare({ key: unquote(key), display: unquote(display), attributes: lastWins(attributes), span }, true)
  for (const problem of problems) r.b.unsupported(span, problem, span.end)
  return id
}

/** One attribute per key, the last one written (a colour on the line beats its kind's skinparam). */
function lastWins(attributes: readonly Ast.Attribute[]): Ast.Attribute[] {
  const byKey = new Map(attributes.map((a) => [a.key, a]))
  return [...byKey.values()]
}

/** The key of a participant a statement names; a first mention gets its kind's skinparam colours. */
export function mention(r: PlantUmlState, name: string, line: SourceLine): string {
  const key = unquote(name)
  if (r.b.knownId(key) === undefined && r.kindStyles.has('participant')) {
    r.b.declare({ key, attributes: r.kindStyles.get('participant') ?? [], span: { start: line.start, end: line.start } }, false)
  }
  return key
}

/** A participant a note or lifeline statement names (declared there on first mention). */
export const target = (r: PlantUmlState, name: string, line: SourceLine): Ast.Name => r.b.target(mention(r, name, line), lineSpan(line))
