// Text wraps by the room it has, once the columns are known. Columns are spaced for text
// wrapped at the diagram's `wrap:` width; where the room is wider, the text is measured
// again at that room, so it needs no more room than it has:
//   - a message label: its arrow's length;
//   - a guard (a fragment's branch label): its frame, at least as wide as the columns it
//     spans (a one-column frame: up to the next lifeline, kept clear of it);
//   - a note or `ref` over several columns: its span; a divider or delay: the diagram.
// A note over one column, or beside one, has no room but its own: it wraps at `wrap:`.
import type { Fragment, Message } from '../model/model.js'
import type { ActivationIndex } from './activations.js'
import { DIVIDER_PAD, FRAME_CLEARANCE, FRAME_PAD, LABEL_PAD, LOST_SHORTFALL, NOTE_PAD_X, TAB_CUT, TAB_PAD_X } from './constants.js'
import { NOTE_OVERHANG } from './horizontal.js'
import type { Labels } from './labels.js'
import { lineSpan, type LaneInput } from './lanes.js'
import { forEachItem, fragmentColumns } from './walk.js'

export interface RoomInput extends LaneInput {
  /** Centre x of each column, in order. */
  readonly columns: readonly number[]
  readonly column: ReadonlyMap<string, number>
  readonly activations: ActivationIndex
}

export function wrapByRoom(input: RoomInput, labels: Labels): void {
  forEachItem(input.model.items, (item) => {
    switch (item.type) {
      case 'message': {
        const span = item.route.kind === 'broadcast' ? undefined : lineSpan(item, input)
        if (span) labels.widen(item, messageRoom(item, span.right - span.left))
        return
      }
      case 'fragment': {
        const width = frameWidth(item, input)
        const tab = item.kind === 'highlight' ? 0 : labels.small(item.kind).width + 2 * TAB_PAD_X + TAB_CUT
        item.branches.forEach((b, i) => labels.widen(b, width - (i === 0 ? tab : 0) - 2 * LABEL_PAD))
        return
      }
      case 'note':
        if (item.placement === 'over') labels.widen(item, spanWidth(item.targets, input) - 2 * NOTE_PAD_X)
        return
      case 'ref':
        labels.widen(item, spanWidth(item.targets, input) - 2 * NOTE_PAD_X)
        return
      case 'divider':
      case 'delay':
        labels.widen(item, input.edges[1] - input.edges[0] - 2 * DIVIDER_PAD)
        return
      case 'destroy':
        return
    }
  })
}

/** The width a label may take along an arrow `length` long. */
function messageRoom(m: Message, length: number): number {
  return length - 2 * LABEL_PAD - (m.route.kind === 'lost' ? LOST_SHORTFALL : 0)
}

/** The width a block over `targets` spans (placeNote's span); 0 over one column, where it has no span. */
function spanWidth(targets: readonly string[], input: RoomInput): number {
  const xs = targets.map((t) => input.x(t))
  const width = Math.max(...xs) - Math.min(...xs)
  return width > 0 ? width + 2 * NOTE_OVERHANG : 0
}

/**
 * The narrowest a frame can be: the lifelines (and bars) of the columns it spans, padded. A
 * frame over one column is widened for its label (placeFragment) up to the next lifeline,
 * clear of it, or to the diagram's edge after the last column.
 */
function frameWidth(f: Fragment, input: RoomInput): number {
  const n = input.columns.length
  const [first, last] = fragmentColumns(f, input.column, n)
  const reach = (c: number): number => input.activations.maxRightEdge(input.model.participants[c]?.id ?? '')
  const left = (input.columns[first] ?? 0) - reach(first) - FRAME_PAD
  if (first < last) return (input.columns[last] ?? 0) + reach(last) + FRAME_PAD - left
  const next = input.columns[first + 1]
  return (next === undefined ? input.edges[1] + FRAME_PAD : next - reach(first + 1) - FRAME_CLEARANCE) - left
}
