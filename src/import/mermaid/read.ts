// The Mermaid reader: a `sequenceDiagram` source in, a Lifeline AST (spans into the source)
// and diagnostics out. Line by line, as Mermaid's own grammar reads it (case-insensitive
// keywords, `;` between statements, `%%` comments); each statement kind has one handler.
import type { Diagnostic, Span } from '../../diagnostics/diagnostic.js'
import type * as Ast from '../../syntax/ast.js'
import { attribute, DiagramBuilder } from '../builder.js'
import { literalText } from '../styles.js'
import { sourceLines, type SourceLine } from '../lines.js'
import { readMermaidMessage } from './messages.js'
import { readMermaidParticipant } from './participants.js'
import { mermaidLabel, mermaidText, splitStatements } from './text.js'
import { cssColour } from '../colour.js'
import { mermaidTheme, readFrontMatter, sequenceOption } from './front-matter.js'

export interface ReadResult {
  readonly ast: Ast.Diagram
  readonly diagnostics: readonly Diagnostic[]
}

/** Mermaid's block keywords and the Lifeline block each becomes. */
const BLOCKS: Readonly<Record<string, Ast.FragmentKeyword | 'highlight'>> = {
  loop: 'loop', opt: 'opt', alt: 'alt', par: 'par', par_over: 'par', critical: 'critical', break: 'break', rect: 'highlight',
}

/** The branch word each fragment takes. */
const BRANCHES: Readonly<Partial<Record<string, Ast.BranchStatement['keyword']>>> = { alt: 'else', par: 'and', critical: 'option' }

/** What the reader keeps besides the AST: `destroy x` waits for the next message to or from x; links taken. */
interface Reader {
  readonly b: DiagramBuilder
  readonly destroys: Map<string, Span>
  /** Participants that have their link (Lifeline takes one each). */
  readonly linked: Set<string>
}

/** A statement handler: true when the piece was its kind of statement. */
type Handler = (r: Reader, piece: string, span: Span, line: SourceLine) => boolean

export function readMermaid(source: string): ReadResult {
  const b = new DiagramBuilder(literalText)
  const reader: Reader = { b, destroys: new Map(), linked: new Set() }
  const lines = sourceLines(source)
  let i = readFrontMatter(lines, b)
  let header = false
  for (; i < lines.length; i++) {
    const line = lines[i]
    if (!line || !line.text) continue
    if (line.text.startsWith('%%{')) {
      directive(b, line)
      continue
    }
    const { pieces, comment } = splitStatements(line.text)
    for (const piece of pieces) {
      const span = { start: line.start + piece.offset, end: line.start + piece.offset + piece.text.length }
      if (!header) {
        header = true
        if (/^sequenceDiagram\b/i.test(piece.text)) continue
        b.error('not-a-sequence-diagram', `this is not a Mermaid sequence diagram: it starts with '${piece.text.split(/\s/)[0]}', not 'sequenceDiagram'`, span)
        return { ast: b.finish(source.length, () => 'end'), diagnostics: b.diagnostics }
      }
      if (/^accDescr\s*\{/i.test(piece.text)) {
        i = accessibleDescription(b, lines, i)
        break
      }
      if (!HANDLERS.some((handle) => handle(reader, piece.text, span, line))) {
        b.error('unknown-statement', `Mermaid has no statement '${piece.text}'`, span)
      }
    }
    if (comment) b.comment(comment.text, { start: line.start + comment.offset, end: line.end })
  }
  if (!header) b.error('not-a-sequence-diagram', "this is not a Mermaid sequence diagram: it has no 'sequenceDiagram' line", { start: 0, end: 0 })
  return { ast: b.finish(source.length, () => 'end'), diagnostics: b.diagnostics }
}

/**
 * `%%{init: {"theme": "dark"}}%%`: the theme and the sequence options Lifeline has carry over,
 * the rest of the configuration does not.
 */
function directive(b: DiagramBuilder, line: SourceLine): void {
  const span = { start: line.start, end: line.end }
  const theme = /['"]theme['"]\s*:\s*['"](\w+)['"]/.exec(line.text)?.[1]
  if (theme) mermaidTheme(b, theme, span)
  let rest = line.text.replace(/['"]theme['"]\s*:\s*['"]\w+['"]\s*,?/, '')
  for (const option of line.text.matchAll(/['"](\w+)['"]\s*:\s*(true|false)\s*,?/gi)) {
    if (sequenceOption(b, option[1] ?? '', option[2] ?? '', span)) rest = rest.replace(option[0], '')
  }
  rest = rest.replace(/['"]sequence['"]\s*:\s*\{\s*\}\s*,?/, '').replace(/,\s*\}/g, '}')
  if (!/^%%\{\s*init\s*:\s*\{\s*\}\s*\}%%$/.test(rest)) b.unsupported(span, `the configuration directive '${line.text}' has no Lifeline equivalent`)
}

/** `accDescr { ... }`: an accessible description, kept as a comment. */
function accessibleDescription(b: DiagramBuilder, lines: readonly SourceLine[], from: number): number {
  let end = from
  while (end < lines.length - 1 && !lines[end]?.text.includes('}')) end++
  const first = lines[from]
  const last = lines[end]
  if (first && last) b.unsupported({ start: first.start, end: last.end }, 'the accessible description (accDescr) has no Lifeline equivalent; kept here as a comment')
  for (let k = from; k <= end; k++) {
    const l = lines[k]
    if (l) b.comment(l.text, { start: l.start, end: l.end })
  }
  return end
}

const block: Handler = ({ b }, piece, span) => {
  const m = /^(loop|opt|alt|par_over|par|critical|break|rect)\b\s*(.*)$/i.exec(piece)
  if (!m) return false
  const word = (m[1] ?? '').toLowerCase()
  const keyword = BLOCKS[word] ?? 'group'
  const rest = (m[2] ?? '').trim()
  if (keyword === 'highlight') {
    // `rect rgb(...)`: a band; its colour, when CSS knows it, becomes the band's fill.
    const fill = rest ? cssColour(rest) : undefined
    b.open({ keyword, fill, span })
    if (rest && !fill) b.unsupported(span, `the colour '${rest}' is not a CSS colour: the band gets the default tint`, span.end)
    return true
  }
  b.open({ keyword, label: mermaidText(rest) || undefined, span })
  if (word === 'par_over') b.unsupported(span, "'par_over' is drawn as a plain 'par'", span.end)
  return true
}

const branch: Handler = ({ b }, piece, span, line) => {
  const m = /^(else|and|option)\b\s*(.*)$/i.exec(piece)
  if (!m) return false
  const label = mermaidText(m[2] ?? '') || undefined
  const owner = b.innermost()
  const keyword = owner === undefined ? undefined : BRANCHES[owner]
  if (keyword) b.branch(keyword, label, span, line.start)
  else b.error('stray-branch', `'${m[1]}' must follow 'alt', 'par' or 'critical'`, span)
  return true
}

const end: Handler = ({ b }, piece, span) => {
  if (!/^end$/i.test(piece)) return false
  if (!b.close(span.end)) b.error('stray-end', "this 'end' closes nothing: no block is open", span)
  return true
}

const box: Handler = ({ b }, piece, span) => {
  const m = /^box\b\s*(.*)$/i.exec(piece)
  if (!m) return false
  const words = (m[1] ?? '').trim()
  // As Mermaid decides: the first word (or `rgb(...)`) is the colour when CSS knows it as one.
  const first = /^(rgba?\([^)]*\)|hsla?\([^)]*\)|\S+)/i.exec(words)?.[0] ?? ''
  const fill = /^[0-9a-f]{3,8}$/i.test(first) ? undefined : cssColour(first)
  const label = mermaidText(fill ? words.slice(first.length) : words) || undefined
  b.open({ keyword: 'box', label, fill, span })
  return true
}

const note: Handler = ({ b }, piece, span) => {
  const m = /^note\s+(left\s+of|right\s+of|over)\s+([^:]+?)\s*:(.*)$/is.exec(piece)
  if (!m) return false
  const placement = (m[1] ?? '').toLowerCase().startsWith('left') ? 'left' : (m[1] ?? '').toLowerCase().startsWith('right') ? 'right' : 'over'
  const targets = (m[2] ?? '').split(',').map((t) => b.target(t.trim(), span))
  const value = mermaidLabel(m[3] ?? '')
  b.add({ kind: 'note', span, placement, targets, label: value ? { value, span } : undefined })
  return true
}

const activation: Handler = ({ b }, piece, span) => {
  const m = /^(activate|deactivate)\s+(.+)$/i.exec(piece)
  if (!m) return false
  b.add({ kind: 'activation', span, action: (m[1] ?? '').toLowerCase() as 'activate' | 'deactivate', target: b.target((m[2] ?? '').trim(), span) })
  return true
}

/** `autonumber [start [step]]`, `autonumber off`; Mermaid's decimals (`10.1 .01`) become whole numbers. */
const autonumber: Handler = ({ b }, piece, span) => {
  const m = /^autonumber\b\s*(?:(off)|(\d*\.?\d+)?\s*(\d*\.?\d+)?)\s*$/i.exec(piece)
  if (!m) return false
  const [, off, start, step] = m
  const first = start === undefined ? undefined : String(Math.round(Number(start)))
  const by = String(Math.max(1, Math.round(Number(step ?? 1))))
  const steps = by !== '1' ? [attribute('step', by, span)] : []
  b.setting('autonumber', off ? 'false' : (first ?? (steps.length > 0 ? '1' : 'true')), span, steps)
  if (`${start ?? ''}${step ?? ''}`.includes('.')) b.unsupported(span, `Lifeline numbers messages with whole numbers: '${piece}' counts from ${first ?? 1} in steps of ${by}`, span.end)
  return true
}

const title: Handler = ({ b }, piece, span) => {
  const m = /^title\s*:?\s+(.*)$/i.exec(piece)
  if (!m) return false
  b.setting('title', mermaidText(m[1] ?? ''), span)
  return true
}

const accessibility: Handler = ({ b }, piece, span) => {
  if (!/^acc(Title|Descr)\s*:/i.test(piece)) return false
  b.unsupported(span, `the accessibility text '${piece}' has no Lifeline equivalent`)
  return true
}

/**
 * `link A: Dashboard @ https://...` and `links A: {"Dashboard": "https://...", ...}`: Mermaid's
 * menu of links; Lifeline gives a participant one link, so the first becomes its `link` (its
 * name the `tooltip`) and the others are reported.
 */
const links: Handler = ({ b, linked }, piece, span) => {
  const m = /^(links?|properties|details)\s+([^:]+):(.*)$/is.exec(piece)
  if (!m) return false
  const key = (m[2] ?? '').trim()
  const kind = (m[1] ?? '').toLowerCase()
  const entries = kind === 'link' ? [/^(.*?)\s*@\s*(\S+)\s*$/.exec(m[3] ?? '')?.slice(1) ?? []] : kind === 'links' ? [...(m[3] ?? '').matchAll(/"([^"]*)"\s*:\s*"([^"]*)"/g)].map((e) => e.slice(1)) : []
  const usable = entries.filter((e): e is [string, string] => e.length === 2 && /^(https?:|mailto:|[^:]*$)/i.test(e[1] ?? ''))
  const [first, ...rest] = linked.has(key) ? [] : usable
  if (first) {
    linked.add(key)
    b.declare({ key, attributes: [attribute('link', first[1], span), ...(first[0].trim() ? [attribute('tooltip', mermaidText(first[0]), span)] : [])], span }, true)
  } else b.target(key, span)
  const dropped = kind === 'link' || kind === 'links' ? [...rest, ...entries.filter((e) => !usable.includes(e as [string, string])), ...(linked.has(key) && !first ? usable : [])] : []
  if (kind === 'properties' || kind === 'details') b.unsupported(span, `the participant ${kind} '${piece}' have no Lifeline equivalent`)
  for (const [name = '', url = ''] of dropped) b.unsupported(span, `the link '${name.trim()}' (${url}) is left out: a Lifeline participant has one link`, span.end)
  return true
}

const lifecycle: Handler = ({ b, destroys }, piece, span) => {
  const m = /^(create|destroy)\s+(.+)$/i.exec(piece)
  if (!m) return false
  if ((m[1] ?? '').toLowerCase() === 'destroy') {
    const key = (m[2] ?? '').trim()
    b.target(key, span)
    destroys.set(key, span)
    return true
  }
  const id = readMermaidParticipant(b, m[2] ?? '', span)
  if (id === undefined) return false
  b.add({ kind: 'lifecycle', span, action: 'create', target: { value: id, span, quoted: false } })
  return true
}

/** Mermaid draws `destroy x` at the next message to or from x: the Lifeline `destroy` goes right after it. */
const message: Handler = ({ b, destroys }, piece, span) => {
  const read = readMermaidMessage(b, piece, span, new Set(destroys.keys()))
  if (!read) return false
  for (const key of read.names) {
    const destroyAt = destroys.get(key)
    if (!destroyAt) continue
    destroys.delete(key)
    // A cross arrow into it destroys it already (Lifeline's `-x`); otherwise `destroy` follows.
    if (read.destroys !== key) b.add({ kind: 'lifecycle', span: { start: span.end, end: span.end }, action: 'destroy', target: b.target(key, destroyAt) })
  }
  return true
}

const participant: Handler = ({ b }, piece, span) => readMermaidParticipant(b, piece, span) !== undefined

const HANDLERS: readonly Handler[] = [participant, lifecycle, box, end, block, branch, note, activation, autonumber, title, accessibility, links, message]
