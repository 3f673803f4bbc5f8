// Message labels wrap by the room they have: a label wraps at the diagram's `wrap:` width, or
// at its arrow's length when that is longer. Columns are spaced for the labels wrapped at
// `wrap:`, so a label unwrapped to fit its arrow needs no more room than the arrow has.
import type { Message } from '../model/model.js'
import { LABEL_PAD, LOST_SHORTFALL } from './constants.js'
import type { Labels } from './labels.js'
import { lineSpan, type LaneInput } from './lanes.js'
import { forEachItem } from './walk.js'

export function wrapByRoom(input: LaneInput, labels: Labels): void {
  forEachItem(input.model.items, (item) => {
    if (item.type !== 'message' || item.route.kind === 'broadcast') return
    const span = lineSpan(item, input)
    if (span) labels.widen(item, room(item, span.right - span.left))
  })
}

/** The width a label may take along an arrow `length` long. */
function room(m: Message, length: number): number {
  return length - 2 * LABEL_PAD - (m.route.kind === 'lost' ? LOST_SHORTFALL : 0)
}
