// PlantUML participant declarations: `participant "Long Name" as L #pink order 10`, every
// participant kind (they are Lifeline's shapes), stereotypes and links reported, and the
// `skinparam` colours of their kind applied.
import type { Span } from '../../diagnostics/diagnostic.js'
import type * as Ast from '../../syntax/ast.js'
import { attribute } from '../builder.js'
import { lineSpan, type SourceLine } from '../lines.js'
import { plantUmlColour } from './colours.js'
import { withoutCreoleTags } from './creole-tags.js'
import { plantUmlLink } from './links.js'
import type { PlantUmlState } from './state.js'
import { NAME, unquote } from './text.js'

export const KINDS = ['participant', 'actor', 'boundary', 'control', 'entity', 'database', 'collections', 'queue'] as const

const DECLARATION = new RegExp(
  `^(${KINDS.join('|')})\\s+(${NAME})(?:\\s+as\\s+(${NAME}))?\\s*(<<.*?>>)?\\s*(#\\S+)?\\s*(?:order\\s+(-?\\d+))?\\s*(\\[\\[.*\\]\\])?\\s*$`,
  'iu',
)

/** Reads `text` (a declaration without `create`) and declares it; its id, or undefined if `text` is none. */
export function declareParticipant(r: PlantUmlState, text: string, line: SourceLine, multiLine?: { display: string; span: Span }): string | undefined {
  const m = DECLARATION.exec(text)
  if (!m) return undefined
  const [, kindWord = '', first = '', second, stereotype, colour, order, link] = m
  const span = multiLine?.span ?? lineSpan(line)
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
  // `[[https://x{tooltip} label]]`: the address and the tooltip; the link's own label is not shown.
  const linked = link ? plantUmlLink(link, span) : undefined
  if (linked) attributes.push(...linked.attributes)
  if (linked?.problem) problems.push(linked.problem)
  const shown = plainName(r, multiLine?.display ?? unquote(display), span)
  if (shown.bold) attributes.push(attribute('style.bold', 'true', span))
  const id = r.b.declare({ key: unquote(key), display: shown.text, attributes: lastWins(attributes), span }, true)
  for (const problem of problems) r.b.unsupported(span, problem, span.end)
  return id
}

/**
 * `participant P [` ... `]`: a participant whose name is drawn on several lines. The lines
 * become its label; Creole headings (`=Title`) lose their `=` and separator lines (`----`)
 * go, with a warning. Its id, or undefined if `line` opens no such declaration.
 */
export function declareMultiLine(r: PlantUmlState, line: SourceLine): string | undefined {
  const m = new RegExp(`^(${KINDS.join('|')})\\s+(${NAME})\\s*\\[$`, 'iu').exec(line.text)
  if (!m) return undefined
  const body = r.readUntil(/^\]$/)
  const span = { start: line.start, end: (body.end ?? line).end }
  const separator = /^(-{2,}|={2,}|\.{2,}|_{2,})$/
  const shown = body.body.filter((l) => !separator.test(l.text)).map((l) => unquote(l.text.replace(/^=+\s*/, '')))
  const declared = declareParticipant(r, `${m[1] ?? ''} ${m[2] ?? ''}`, line, { display: shown.join('\n'), span })
  if (!body.end) r.b.error('unclosed-participant', "this participant's name is never closed: add ']'", lineSpan(line))
  if (body.body.some((l) => separator.test(l.text) || l.text.startsWith('='))) r.b.unsupported(span, "the Creole headings ('=') and separator lines ('----') in this participant's name are left out; its lines are kept", span.end)
  return declared
}

/**
 * A participant's name as Lifeline draws names, plainly: a name bold as a whole (`**Bob**`)
 * becomes `style.bold`; other Creole markup goes, its text kept, with a warning.
 */
function plainName(r: PlantUmlState, name: string, span: Span): { text: string; bold: boolean } {
  const report = (kind: string, message: string): void => r.b.unsupportedOnce(kind, span, message, span.end)
  const bare = withoutCreoleTags(name, report)
  const whole = /^\*\*([^*]+)\*\*$/.exec(bare)?.[1]
  if (whole !== undefined) return { text: whole, bold: true }
  const text = bare.replace(/\*\*|\/\/|""|<\/?[bi]>/g, '')
  if (text !== bare) report('name-style', 'bold, italic and monospace inside a participant name are left out: Lifeline draws names plainly (or wholly bold)')
  return { text, bold: false }
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
