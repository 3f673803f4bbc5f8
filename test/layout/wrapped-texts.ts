// Finds wrapping that ignores the room a text has: every message label, guard, note, `ref`
// and divider of a layout, beside the text it was written as and the room it has, checked for
// a wrap the room would not need, a short word stranded on a line of its own, and a break
// inside a token that fits on a line. Each finding is a sentence naming the text.
import { DIVIDER_PAD, LABEL_PAD, LOST_SHORTFALL, NOTE_PAD_X } from '../../src/layout/constants.js'
import { createFontMeasurer } from '../../src/layout/measure.js'
import type { DiagramLayout, ItemLayout, MessageLayout, TextBlock } from '../../src/layout/types.js'
import type { Item, SequenceModel } from '../../src/model/model.js'

const measurer = createFontMeasurer()
const font = { size: 14, bold: false }
const width = (text: string): number => measurer.width(text, font)

/** A word narrower than this share of its room, alone on a line, is stranded. */
const SHORT = 0.25

interface Wrapped {
  readonly what: string
  readonly block: TextBlock
  /** The text as written (with the autonumber, or a guard's brackets). */
  readonly source: string
  readonly room: number
}

/** Every text block of a layout with its source text and its room, model and layout walked together. */
export function wrappedTexts(model: SequenceModel, layout: DiagramLayout): Wrapped[] {
  const out: Wrapped[] = []
  const wrap = model.settings.wrap
  const visit = (items: readonly Item[], placed: readonly ItemLayout[]): void => {
    const drawn = items.filter((i) => i.type !== 'destroy')
    drawn.forEach((item, k) => {
      const at = placed[k]
      if (!at) return
      if (item.type === 'message' && at.type === 'message' && at.label) {
        const source = item.number === undefined ? item.label : `${item.number}\u00a0${item.label}`
        out.push({ what: `the label of line ${item.line}`, block: at.label, source, room: Math.max(wrap, arrowRoom(at)) })
      } else if (item.type === 'fragment' && at.type === 'fragment') {
        const named = item.kind === 'group' || item.kind === 'highlight'
        item.branches.forEach((b, i) => {
          const branch = at.branches[i]
          const tab = i === 0 && item.kind !== 'highlight' ? at.tab.rect.width : 0
          if (branch?.label) out.push({ what: `the guard of line ${item.line}`, block: branch.label, source: named ? b.label : `[${b.label}]`, room: Math.max(wrap, at.rect.width - tab - 2 * LABEL_PAD) })
          visit(b.items, branch?.items ?? [])
        })
      } else if (item.type === 'note' && at.type === 'note') {
        const spans = item.placement === 'over' && new Set(item.targets).size > 1
        out.push({ what: `the note of line ${item.line}`, block: at.label, source: item.label, room: Math.max(wrap, spans ? at.rect.width - 2 * NOTE_PAD_X : 0) })
      } else if (item.type === 'ref' && at.type === 'fragment') {
        const label = at.branches[0]?.label
        if (label) out.push({ what: `the ref of line ${item.line}`, block: label, source: item.label, room: Math.max(wrap, at.rect.width - 2 * NOTE_PAD_X) })
      } else if (item.type === 'divider' && at.type === 'divider' && at.label) {
        out.push({ what: `the divider of line ${item.line}`, block: at.label, source: item.label, room: Math.max(wrap, at.x2 - at.x1 - 2 * DIVIDER_PAD) })
      }
    })
  }
  visit(model.items, layout.items)
  return out
}

/** The room along a level arrow between two lifelines; 0 for any other (it wraps at `wrap:`). */
function arrowRoom(m: MessageLayout): number {
  const level = m.flags.every((f) => f === 'lost' || f === 'headless')
  const path = m.paths[0]
  if (!level || !path || path.length !== 2) return 0
  return Math.abs(path[1]!.x - path[0]!.x) - 2 * LABEL_PAD - (m.flags.includes('lost') ? LOST_SHORTFALL : 0)
}

interface Break {
  /** Offset in the paragraph where the next line starts. */
  readonly at: number
  readonly inToken: boolean
}

/** The lines of each written paragraph, with the kind of each break between them. */
function paragraphs(source: string, lines: readonly string[]): { text: string; lines: string[]; breaks: Break[] }[] {
  const out: { text: string; lines: string[]; breaks: Break[] }[] = []
  let k = 0
  for (const raw of source.split('\n')) {
    const text = raw.trim()
    const own: string[] = []
    const breaks: Break[] = []
    let done = ''
    while (k < lines.length) {
      const line = lines[k++] ?? ''
      if (own.length > 0) {
        const inToken = !text.startsWith(`${done} ${line}`)
        done = inToken ? done + line : `${done} ${line}`
        breaks.push({ at: done.length - line.length, inToken })
      } else done = line
      own.push(line)
      if (done.length >= text.length) break
    }
    out.push({ text, lines: own, breaks })
  }
  return out
}

export function findWrappingFaults(texts: readonly Wrapped[]): string[] {
  const found: string[] = []
  for (const { what, block, source, room } of texts) {
    if (block.lines.length < 2) continue
    for (const p of paragraphs(source, block.lines)) {
      if (p.lines.length > 1 && width(p.text) <= room) found.push(`${what} is wrapped although its room (${Math.round(room)} px) holds "${p.text}"`)
      p.lines.forEach((line, i) => {
        if (p.lines.length < 2 || line.includes(' ') || width(line) >= SHORT * room) return
        const joins = [p.lines[i - 1], p.lines[i + 1]].some((n) => n !== undefined && width(`${n} ${line}`) <= room)
        if (joins) found.push(`${what} strands "${line}" on a line of its own`)
      })
      for (const b of p.breaks) {
        if (!b.inToken) continue
        const start = p.text.lastIndexOf(' ', b.at) + 1
        const end = p.text.indexOf(' ', b.at)
        const token = p.text.slice(start, end < 0 ? undefined : end)
        if (width(token) <= room) found.push(`${what} breaks "${token}", which fits on a line`)
      }
    }
  }
  return found
}
