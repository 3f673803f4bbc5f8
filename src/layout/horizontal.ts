// The horizontal pass: every minimum distance between columns that a head, label, note or
// frame needs, handed to the column solver.
import type { Item, Message, SequenceModel } from '../model/model.js'
import type { ActivationIndex } from './activations.js'
import { boxSpacings } from './box-spacings.js'
import type { Spacing } from './columns.js'
import {
  COLUMN_GAP, DIVIDER_PAD, FRAME_PAD, LABEL_PAD, LOST_SHORTFALL, NOTE_GAP, NOTE_PAD_X, OUTSIDE_REACH, SELF_WIDTH, TAB_CUT, TAB_PAD_X,
} from './constants.js'
import type { HeadSize } from './heads.js'
import type { Labels } from './labels.js'
import { partitionPoint } from './sorted.js'
import { routeSlots } from './route-slots.js'
import { forEachItem, fragmentColumns } from './walk.js'

/** How far a note spanning several columns reaches beyond the outer lifelines. */
export const NOTE_OVERHANG = 16

export interface HorizontalInput {
  readonly model: SequenceModel
  readonly labels: Labels
  readonly heads: readonly HeadSize[]
  readonly column: ReadonlyMap<string, number>
  readonly activations: ActivationIndex
}

export function horizontalSpacings(input: HorizontalInput): Spacing[] {
  const { model, heads } = input
  const n = heads.length
  const out: Spacing[] = []
  heads.forEach((h, i) => {
    const next = heads[i + 1]
    if (next) out.push({ from: i, to: i + 1, distance: (h.width + next.width) / 2 + COLUMN_GAP })
  })
  if (n > 0) {
    out.push({ from: -1, to: 0, distance: (heads[0]?.width ?? 0) / 2 })
    out.push({ from: n - 1, to: n, distance: (heads[n - 1]?.width ?? 0) / 2 })
  }
  out.push(...boxSpacings({ model, labels: input.labels, heads, column: input.column }))
  forEachItem(model.items, (item) => out.push(...itemSpacings(item, input)))
  // Not push(...): a spread of a long list overflows the call stack.
  return out.concat(sharedRowSpacings(input))
}

/**
 * Two messages on one row travelling the same way from one column overlap; the longer one's
 * label goes on the stretch only it covers (label-stacking.ts), which must be wide enough.
 *
 *   a ----------> b                 the label of a -> d needs room from c to d: that
 *   a ---------------------> c      stretch lies inside the ones beyond b and beyond a,
 *   a ----------------------------------> d     so only the nearest shorter message binds
 *
 * So each message adds at most one spacing however many share its row (a thousand `&`
 * messages once made half a million), found by a binary search of the reaches before it.
 */
function sharedRowSpacings(input: HorizontalInput): Spacing[] {
  const col = (id: string): number => input.column.get(id) ?? -1
  const columns = input.heads.length
  // Per row, sender column and direction: the distinct column distances reached so far, ascending.
  const reached = new Map<number, number[]>()
  const out: Spacing[] = []
  forEachItem(input.model.items, (item) => {
    if (item.type !== 'message' || (item.route.kind !== 'between' && item.route.kind !== 'lost')) return
    const [s, b] = [col(item.route.from), col(item.route.to)]
    const dir = Math.sign(b - s)
    const key = (item.row * columns + s) * 2 + (dir > 0 ? 1 : 0)
    let reaches = reached.get(key)
    if (!reaches) reached.set(key, (reaches = []))
    const distance = Math.abs(b - s)
    const i = partitionPoint(reaches, (r) => r < distance)
    const nearest = reaches[i - 1]
    if (nearest !== undefined) {
      const a = s + dir * nearest
      out.push({ from: Math.min(a, b), to: Math.max(a, b), distance: (input.labels.of(item)?.width ?? 0) + 2 * LABEL_PAD })
    }
    if (reaches[i] !== distance) reaches.splice(i, 0, distance)
  })
  return out
}

function itemSpacings(item: Item, input: HorizontalInput): Spacing[] {
  const n = input.heads.length
  const col = (id: string): number => input.column.get(id) ?? 0
  const width = input.labels.of(item)?.width ?? 0
  switch (item.type) {
    case 'message':
      return messageSpacings(item, width, input)
    case 'note': {
      const noteWidth = width + 2 * NOTE_PAD_X
      const [first, last] = [Math.min(...item.targets.map(col)), Math.max(...item.targets.map(col))]
      if (item.placement === 'right') return [{ from: first, to: first + 1, distance: noteWidth + 2 * NOTE_GAP + input.activations.maxRightEdge(item.targets[0] ?? '') }]
      if (item.placement === 'left') return [{ from: first - 1, to: first, distance: noteWidth + 2 * NOTE_GAP }]
      return spanSpacings(first, last, noteWidth)
    }
    case 'ref': {
      const [first, last] = [Math.min(...item.targets.map(col)), Math.max(...item.targets.map(col))]
      return spanSpacings(first, last, width + 2 * NOTE_PAD_X)
    }
    case 'divider':
    case 'delay':
      return [{ from: -1, to: n, distance: width + 2 * DIVIDER_PAD }]
    case 'fragment': {
      const [first, last] = fragmentColumns(item, input.column, n)
      const tab = input.labels.small(item.kind).width + 2 * TAB_PAD_X + TAB_CUT
      const header = tab + LABEL_PAD + (input.labels.of(item.branches[0] ?? item)?.width ?? 0) + LABEL_PAD
      const widest = Math.max(header, ...item.branches.map((b) => (input.labels.of(b)?.width ?? 0) + 2 * LABEL_PAD))
      return [
        { from: first, to: Math.max(last, first + 1), distance: widest - 2 * FRAME_PAD },
        { from: first - 1, to: first, distance: FRAME_PAD + LABEL_PAD },
      ]
    }
    case 'destroy':
      return []
  }
}

/** A block centred over columns first..last, reaching NOTE_OVERHANG beyond them. */
function spanSpacings(first: number, last: number, blockWidth: number): Spacing[] {
  if (first === last) {
    return [
      { from: first - 1, to: first, distance: blockWidth / 2 + NOTE_GAP },
      { from: first, to: first + 1, distance: blockWidth / 2 + NOTE_GAP },
    ]
  }
  return [
    { from: first, to: last, distance: blockWidth - 2 * NOTE_OVERHANG },
    { from: first - 1, to: first, distance: NOTE_OVERHANG + NOTE_GAP },
    { from: last, to: last + 1, distance: NOTE_OVERHANG + NOTE_GAP },
  ]
}

function messageSpacings(m: Message, labelWidth: number, input: HorizontalInput): Spacing[] {
  const n = input.heads.length
  const needed = labelWidth + 2 * LABEL_PAD
  const [from, to] = routeSlots(m.route, input.column, n)
  const between = (room: number): Spacing[] => [{ from: Math.min(from, to), to: Math.max(from, to), distance: room }]
  const r = m.route
  switch (r.kind) {
    case 'self': {
      const bar = input.activations.maxRightEdge(r.participant)
      return [{ from, to: from + 1, distance: bar + Math.max(SELF_WIDTH, labelWidth + 4) + LABEL_PAD }]
    }
    case 'found':
    case 'outgoing':
      return between(Math.max(OUTSIDE_REACH, needed))
    case 'broadcast':
      // The label sits over the segment to the nearest neighbour, on the right when there is one.
      return from + 1 < n ? [{ from, to: from + 1, distance: needed }] : [{ from: from - 1, to: from, distance: needed }]
    case 'between':
    case 'lost': {
      const bars = input.activations.maxRightEdge(r.from) + input.activations.maxRightEdge(r.to)
      const lost = r.kind === 'lost' ? LOST_SHORTFALL : 0
      // A message that creates its target ends at the new head's side, not at its lifeline.
      const created = input.model.participants[to]?.createdAt === m.arrivalRow ? (input.heads[to]?.width ?? 0) / 2 : 0
      return between(needed + bars + lost + created)
    }
  }
}
