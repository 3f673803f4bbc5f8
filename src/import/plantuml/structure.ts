// PlantUML's structure statements: fragments (`alt`/`else`/`end` and the rest), boxes, notes,
// `ref`, dividers, delays, spacing, and the lifeline statements (activate, create, destroy).
import type { Span } from '../../diagnostics/diagnostic.js'
import type * as Ast from '../../syntax/ast.js'
import { lineSpan, type SourceLine } from '../lines.js'
import { declareMultiLine, declareParticipant, target } from './participants.js'
import { cssColour } from '../colour.js'
import { plantUmlColour } from './colours.js'
import type { PlantUmlState } from './state.js'
import { NAME, plantUmlText } from './text.js'

export type Handler = (r: PlantUmlState, line: SourceLine) => boolean

const FRAGMENTS: Readonly<Record<string, Ast.FragmentKeyword>> = {
  alt: 'alt', opt: 'opt', loop: 'loop', par: 'par', par2: 'par', break: 'break', critical: 'critical', group: 'group',
}

/** `alt#Gold #LightBlue label`: the colours are reported, the label kept. */
export const fragment: Handler = (r, line) => {
  const m = /^(alt|opt|loop|par2?|break|critical|group)((?:#\S+)?)(?:\s+(.*))?$/i.exec(line.text)
  if (!m) return false
  const span = lineSpan(line)
  const [, word = '', ownColour, rest = ''] = m
  const colour = /^(#\S+)\s*/.exec(rest)
  const label = plantUmlText(colour ? rest.slice(colour[0].length) : rest).replace(/^\[(.*)\]$/, '$1')
  r.b.open({ keyword: FRAGMENTS[word.toLowerCase()] ?? 'group', label: label || undefined, span })
  if (ownColour || colour) r.b.unsupported(span, `the fragment colour '${[ownColour, colour?.[1]].filter(Boolean).join(' ')}' is not carried over`, span.end)
  return true
}

export const branch: Handler = (r, line) => {
  const m = /^else\b(?:\s*(#\S+))?\s*(.*)$/i.exec(line.text)
  if (!m) return false
  const span = lineSpan(line)
  const label = plantUmlText(m[2] ?? '') || undefined
  const owner = r.b.innermost()
  const keyword = owner === 'alt' ? 'else' : owner === 'par' ? 'and' : owner === 'critical' ? 'option' : undefined
  if (keyword) r.b.branch(keyword, label, span, line.start)
  else if (owner === undefined || owner === 'box' || owner === 'highlight') r.b.error('stray-branch', "'else' must be inside 'alt', 'par' or another fragment", span)
  else {
    r.b.close(line.start)
    r.b.open({ keyword: owner, label, span })
    r.b.unsupported(span, `the 'else' branch of '${owner}' is drawn as a separate '${owner}' fragment`, span.end)
  }
  if (m[1]) r.b.unsupported(span, `the branch colour '${m[1]}' is not carried over`, span.end)
  return true
}

export const end: Handler = (r, line) => {
  if (!/^end(\s*(box|alt|opt|loop|par2?|break|critical|group))?$/i.test(line.text)) return false
  if (!r.b.close(line.end)) r.b.error('stray-end', `this '${line.text}' closes nothing: no block is open`, lineSpan(line))
  return true
}

export const box: Handler = (r, line) => {
  const m = /^box\b\s*(?:"([^"]*)"|([^#]*?))?\s*(#\S+)?\s*$/i.exec(line.text)
  if (!m) return false
  const span = lineSpan(line)
  const label = plantUmlText(m[1] ?? m[2] ?? '') || undefined
  const fill = m[3] ? cssColour(m[3]) : undefined
  r.b.open({ keyword: 'box', label, fill, span })
  if (m[3] && !fill) r.b.unsupported(span, `the box colour '${m[3]}' is not carried over: Lifeline colours are CSS colours, without gradients`, span.end)
  return true
}

const NOTE = new RegExp(`^(/\\s*)?(note|hnote|rnote)\\s+(left|right|over|across)\\b(?:\\s+of)?\\s*((?:${NAME})(?:\\s*,\\s*(?:${NAME}))*)?\\s*(#\\S+)?\\s*(?::(.*))?$`, 'iu')

/** Notes, one line (`note over a: x`) or several (up to `end note`). */
export const note: Handler = (r, line) => {
  const m = NOTE.exec(line.text)
  if (!m) return false
  // teoz's `/note` stands on the row of the note before it
  const [, sameRow, kind = '', where = '', names, colour, inline] = m
  const body = inline === undefined ? r.readUntil(/^end\s*[hr]?note$/i) : undefined
  const last = body?.end ?? body?.body[body.body.length - 1] ?? line
  const span = { start: line.start, end: last.end }
  if (body && !body.end) r.b.error('unclosed-note', "this note is never closed: add 'end note'", lineSpan(line))
  const value = inline !== undefined ? plantUmlText(inline) : body?.body.map((l) => plantUmlText(l.text)).join('\n') ?? ''
  const placement = where.toLowerCase() === 'left' ? 'left' : where.toLowerCase() === 'right' ? 'right' : 'over'
  const targets = noteTargets(r, names, where.toLowerCase(), line)
  if (targets.length === 0) {
    r.b.unsupported(span, `this note has no participant to stand by; kept as a comment: ${value.replace(/\n/g, ' ')}`)
    return true
  }
  const coloured = colour ? plantUmlColour(colour, lineSpan(line)) : { attributes: [], problems: [] }
  // A note with no target stands beside the message before it: on its row (`& note`).
  const parallel = sameRow !== undefined || (!names && where.toLowerCase() !== 'across')
  const label = value ? { value, span, ...(body && value.includes('\n') ? { block: true as const } : {}) } : undefined
  r.b.add({ kind: 'note', span, parallel, placement, targets, label, attributes: coloured.attributes })
  if (kind.toLowerCase() !== 'note') r.b.unsupported(lineSpan(line), `the '${kind}' shape is drawn as a plain note`, span.end)
  for (const problem of coloured.problems) r.b.unsupported(lineSpan(line), problem, span.end)
  return true
}

function noteTargets(r: PlantUmlState, names: string | undefined, where: string, line: SourceLine): Ast.Name[] {
  if (names) return names.split(/\s*,\s*/).map((n) => target(r, n, line))
  const span = lineSpan(line)
  if (where === 'across') return r.b.firstAndLast().map((value) => ({ value, span, quoted: false }))
  // PlantUML puts it beside the message's leftmost or rightmost end, whichever way the arrow points.
  const ends = r.lastMessage ? r.b.inColumnOrder([r.lastMessage.from, r.lastMessage.to]) : []
  const beside = where === 'right' ? ends[ends.length - 1] : ends[0]
  return beside ? [{ value: beside, span, quoted: false }] : []
}

/** `ref over a, b: text`, or over several lines up to `end ref`. */
export const ref: Handler = (r, line) => {
  const m = new RegExp(`^ref\\s*(#\\S+)?\\s+over\\s+((?:${NAME})(?:\\s*,\\s*(?:${NAME}))*)\\s*(?::(.*))?$`, 'iu').exec(line.text)
  if (!m) return false
  const body = m[3] === undefined ? r.readUntil(/^end\s*ref$/i) : undefined
  const span = { start: line.start, end: (body?.end ?? line).end }
  const value = m[3] !== undefined ? plantUmlText(m[3]) : body?.body.map((l) => plantUmlText(l.text)).join('\n') ?? ''
  const targets = (m[2] ?? '').split(/\s*,\s*/).map((n) => target(r, n, line))
  r.b.add({ kind: 'ref', span, targets, label: value ? { value, span } : undefined })
  if (m[1]) r.b.unsupported(lineSpan(line), `the ref colour '${m[1]}' is not carried over`, span.end)
  return true
}

export const divider: Handler = (r, line) => {
  const m = /^==+\s*(.*?)\s*==+$/.exec(line.text)
  if (!m) return false
  r.b.add({ kind: 'divider', span: lineSpan(line), text: plantUmlText(m[1] ?? '') })
  return true
}

export const delay: Handler = (r, line) => {
  const m = /^\.\.\.(.*?)(?:\.\.\.)?$/.exec(line.text)
  if (!m) return false
  r.b.add({ kind: 'delay', span: lineSpan(line), text: plantUmlText(m[1] ?? '') })
  return true
}

export const spacing: Handler = (r, line) => {
  if (!/^\|\|\d*\|\|?$/.test(line.text)) return false
  r.b.unsupported(lineSpan(line), `the extra space '${line.text}' is left out: Lifeline spaces rows by itself`)
  return true
}

/** `activate x #colour`, `deactivate x`, `destroy x`, `create [kind] x`. */
export const lifeline: Handler = (r, line) => {
  const m = new RegExp(`^(activate|deactivate|destroy|create)\\s+(.+?)\\s*(#\\S+)?$`, 'iu').exec(line.text)
  if (!m) return false
  const action = (m[1] ?? '').toLowerCase()
  const span = lineSpan(line)
  if (action === 'create') return create(r, m[2] ?? '', line)
  const who = target(r, m[2] ?? '', line)
  if (action === 'destroy') r.b.add({ kind: 'lifecycle', span, action: 'destroy', target: who })
  else {
    if (action === 'activate') r.activate(who.value)
    else r.deactivate(who.value)
    r.b.add({ kind: 'activation', span, action: action as 'activate' | 'deactivate', target: who })
  }
  if (m[3]) r.b.unsupported(span, `the activation colour '${m[3]}' is not carried over`, span.end)
  return true
}

function create(r: PlantUmlState, rest: string, line: SourceLine): boolean {
  const span: Span = lineSpan(line)
  const declared = declareParticipant(r, /^(participant|actor|boundary|control|entity|database|collections|queue)\s/i.test(rest) ? rest : `participant ${rest}`, line)
  if (declared === undefined) return false
  r.b.add({ kind: 'lifecycle', span, action: 'create', target: { value: declared, span, quoted: false } })
  return true
}

export const participant: Handler = (r, line) => (declareMultiLine(r, line) ?? declareParticipant(r, line.text, line)) !== undefined
