// PlantUML messages: every arrow (`->`, `-->`, `->>`, `-\`, `<-`, `->x`, `o->`, `-[#red]>`,
// `[->`, `->]`, `?->`), activation marks (`++`, `--`, `**`, `!!`), teoz's `&` (same row) and
// `->(N)` (slanted: a delay in rows), and `return`, answering the innermost activation.
import type { Span } from '../../diagnostics/diagnostic.js'
import type * as Ast from '../../syntax/ast.js'
import { attribute } from '../builder.js'
import { lineSpan, type SourceLine } from '../lines.js'
import { cssColour } from '../colour.js'
import { LINK, plantUmlLink } from './links.js'
import { declareParticipant, mention } from './participants.js'
import type { PlantUmlState } from './state.js'
import { NAME, plantUmlText } from './text.js'

const END = `${NAME}|\\[|\\]|\\?`
const HEAD_LEFT = '<<|<|\\\\\\\\|\\\\|//|/'
const HEAD_RIGHT = '>>|>|\\\\\\\\|\\\\|//|/'
const MESSAGE = new RegExp(
  `^(&\\s*)?(${END})?\\s*([ox](?![\\p{L}\\p{N}_]))?(${HEAD_LEFT})?(-(?:\\[[^\\]]*\\])?-?)(${HEAD_RIGHT})?([ox](?![\\p{L}\\p{N}_]))?(?:\\((\\d+)\\))?\\s*(${END})?(?:\\s+as\\s+(${NAME}))?\\s*((?:\\+\\+|--|\\*\\*|!!)*)\\s*(#\\S+)?\\s*(?::(.*))?$`,
  'u',
)

/** PlantUML's line styles in an arrow's brackets, as Lifeline dashes (`bold` draws a solid line). */
const DASHES: Readonly<Record<string, string>> = { dashed: '6 4', dotted: '2 3' }

/** PlantUML draws a slanted arrow N pixels lower at its end; a Lifeline row is about this tall. */
const PIXELS_PER_ROW = 30

/** Reads a message line; false if the line is none. */
export function readMessage(r: PlantUmlState, line: SourceLine): boolean {
  const m = MESSAGE.exec(line.text)
  if (!m) return false
  const [, amp, left, decoLeft, headLeft, body = '', headRight, decoRight, slant, named, alias, marks = '', colour, rawLabel] = m
  if (!headLeft && !headRight) return false
  if (left === undefined && named === undefined) return false
  const span = lineSpan(line)
  // `A -> "Long name" as L`: the message declares its target, as `participant "Long name" as L` would
  // (after the name on the left, so the columns keep their order of mention)
  if (alias !== undefined && named !== undefined) {
    endpoint(r, left, line)
    declareParticipant(r, `participant ${named} as ${alias}`, line)
  }
  const right = alias ?? named
  const reversed = headLeft !== undefined && headRight === undefined
  const [fromText, toText] = reversed ? [right, left] : [left, right]
  const notes: string[] = []
  const head = (reversed ? headLeft : headRight) ?? '>'
  const style = /\[([^\]]*)\]/.exec(body)?.[1] ?? ''
  // `-->` is a reply; `-[dashed]>` keeps its head and only dashes the line
  const dotted = body.replace(/\[[^\]]*\]/, '').length > 1
  // At the head: `x` marks a lost message (PlantUML draws a cross; Lifeline a dot short of the target).
  const deco = reversed ? decoLeft : decoRight
  const tail = reversed ? decoRight : decoLeft
  const arrow: Ast.ArrowKind = dotted ? 'reply' : head === '>' || head === '<' || head.length === 1 ? 'sync' : 'async'
  if (head === '/' || head === '\\' || head === '//' || head === '\\\\') notes.push(`the half arrowhead '${head}' is drawn whole`)
  if (headLeft && headRight) notes.push('the two-headed arrow is drawn with one head, towards the right-hand name')
  const attributes: Ast.Attribute[] = []
  if (deco === 'x') attributes.push(attribute('lost', 'true', span))
  if (deco === 'o' || tail) notes.push(`the '${deco === 'o' ? deco : tail}' at the arrow's ${deco === 'o' ? 'end' : 'start'} is not drawn`)
  for (const word of style.split(/[,;]/).map((w) => w.trim()).filter(Boolean)) {
    const css = word.startsWith('#') ? cssColour(word) : undefined
    const dash = DASHES[word.toLowerCase()]
    if (css) attributes.push(attribute('style.stroke', css, span))
    else if (dash !== undefined && !dotted) attributes.push(attribute('style.stroke-dash', dash, span))
    else if (dash === undefined) notes.push(`the arrow style '${word}' is not carried over`)
  }
  if (slant) attributes.push(attribute('delay', String(Math.max(1, Math.round(Number(slant) / PIXELS_PER_ROW))), span))
  const from = endpoint(r, fromText, line)
  const to = endpoint(r, toText, line)
  const activation = activations(r, { from, to, marks, arrow, line, notes })
  if (colour) notes.push(`the activation colour '${colour}' is not carried over`)
  // `[[url label]]` in the label: the message's link, its label the text shown
  const linked = rawLabel === undefined ? undefined : plantUmlLink(rawLabel, span)
  if (linked) attributes.push(...linked.attributes)
  if (linked?.problem) notes.push(linked.problem)
  const value = rawLabel === undefined ? '' : plantUmlText(linked && !linked.problem ? rawLabel.replace(LINK, (_: string, url: string) => linked.label ?? url) : rawLabel)
  r.b.add({
    kind: 'message', span, parallel: amp !== undefined, from, to, arrow, arrowSpan: span, activation,
    label: value ? { value, span } : undefined, attributes,
  })
  r.numbered()
  if (marks.includes('!!') && to.kind === 'name') r.b.add({ kind: 'lifecycle', span: { start: span.end, end: span.end }, action: 'destroy', target: to.name })
  if (activation !== 'deactivate' && marks.startsWith('--') && from.kind === 'name') {
    r.b.add({ kind: 'activation', span: { start: span.end, end: span.end }, action: 'deactivate', target: from.name })
  }
  for (const note of notes) r.b.unsupported(span, note, span.end)
  return true
}

/** A message end: a participant, or the diagram's edge (`[` left, `]` right, `?` the outside world). */
function endpoint(r: PlantUmlState, text: string | undefined, line: SourceLine): Ast.Endpoint {
  const span = lineSpan(line)
  if (text === '[') return { kind: 'left-edge', span }
  if (text === ']') return { kind: 'right-edge', span }
  if (text === undefined || text === '?') return { kind: 'outside', span }
  return r.b.endpoint(mention(r, text, line), span)
}

interface MessageFacts {
  readonly from: Ast.Endpoint
  readonly to: Ast.Endpoint
  readonly marks: string
  readonly arrow: Ast.ArrowKind
  readonly line: SourceLine
  readonly notes: string[]
}

/**
 * The activation a message carries: `++` (or autoactivate) activates the target, `--` (or a
 * reply under autoactivate) ends the sender's, `**` creates the target first. A message may
 * carry one mark in Lifeline; a `--` beside a `++` becomes a `deactivate` after it.
 */
function activations(r: PlantUmlState, m: MessageFacts): Ast.MessageStatement['activation'] {
  const from = m.from.kind === 'name' ? m.from.name.value : undefined
  const to = m.to.kind === 'name' ? m.to.name.value : undefined
  if (m.marks.includes('**') && to && m.to.kind === 'name') {
    r.b.add({ kind: 'lifecycle', span: { start: m.line.start, end: m.line.start }, action: 'create', target: m.to.name })
  }
  if (from && to) r.messageSent(from, to)
  const activate = to !== undefined && (m.marks.includes('++') || (r.autoactivate && m.arrow === 'sync' && from !== to))
  const deactivate = from !== undefined && (m.marks.startsWith('--') || (r.autoactivate && m.arrow === 'reply' && r.isActive(from)))
  if (deactivate && from) r.deactivate(from)
  if (activate && to) r.activate(to, from ?? to)
  return activate ? 'activate' : deactivate ? 'deactivate' : undefined
}

/** `return label`: Lifeline's `return`, a reply from the innermost activation to its caller. */
export function readReturn(r: PlantUmlState, line: SourceLine): boolean {
  const m = /^return\b\s*(.*)$/i.exec(line.text)
  if (!m) return false
  const span: Span = lineSpan(line)
  const active = r.popActivation()
  if (!active) {
    r.b.error('return-without-activation', "'return' needs an activation to return from: nothing is active here", span)
    return true
  }
  const value = plantUmlText(m[1] ?? '')
  r.messageSent(active.callee, active.caller)
  r.b.add({ kind: 'return', span, label: value ? { value, span } : undefined })
  r.numbered()
  return true
}
