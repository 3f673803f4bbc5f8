// Finds where messages and activation bars disagree: a message end that is not on the edge of
// the innermost bar of its participant at that y (or on the lifeline when no bar is open), a
// bar that does not span the statements written between its activate and its deactivate, an
// arrowhead drawn on a destroyed participant (a destroying message ends in the cross alone),
// and a bar drawn across a participant's head (one created by the message that opens the bar).
import type { SequenceModel } from '../../src/model/model.js'
import { DESTROY_SIZE } from '../../src/layout/constants.js'
import type { ActivationLayout, DiagramLayout, ItemLayout, MessageLayout, ParticipantLayout, Point, Rect } from '../../src/layout/types.js'

/** Closer than this (px) counts as on the spot. */
const TOUCH = 0.5

const name = (m: MessageLayout): string => `the message on line ${m.line} (${m.from} -> ${m.to})`

/** Every item, those inside frames included, in source order. */
function allItems(items: readonly ItemLayout[], out: ItemLayout[] = []): ItemLayout[] {
  for (const item of items) {
    out.push(item)
    if (item.type === 'fragment') for (const b of item.branches) allItems(b.items, out)
  }
  return out
}

const within = (r: Rect, p: Point, slack: number): boolean =>
  p.x >= r.x - slack && p.x <= r.x + r.width + slack && p.y >= r.y - slack && p.y <= r.y + r.height + slack

/** One end of one line of a message, at a participant's lifeline; `facing` is the side the line lies on. */
interface LineEnd {
  readonly point: Point
  readonly participant: ParticipantLayout
  readonly facing: 1 | -1
  readonly which: 'leaves' | 'ends'
}

function lineEnds(m: MessageLayout, byId: ReadonlyMap<string, ParticipantLayout>, participants: readonly ParticipantLayout[]): LineEnd[] {
  const out: LineEnd[] = []
  const self = m.flags.includes('self')
  for (const path of m.paths) {
    const [first, second] = [path[0], path[1]]
    const [tip, before] = [path[path.length - 1], path[path.length - 2]]
    if (!first || !second || !tip || !before) continue
    const from = byId.get(m.from)
    if (from && !m.flags.includes('found')) out.push({ point: first, participant: from, facing: self || second.x >= first.x ? 1 : -1, which: 'leaves' })
    if (m.flags.includes('lost') || m.flags.includes('outgoing')) continue
    // A broadcast's lines end at every other lifeline: the nearest one is this line's.
    const to = m.flags.includes('broadcast') ? nearest(participants, tip.x) : byId.get(m.to)
    // A message that creates its target ends at the side of its new head.
    if (to && !within(to.head.bounds, tip, TOUCH)) out.push({ point: tip, participant: to, facing: self || before.x >= tip.x ? 1 : -1, which: 'ends' })
  }
  return out
}

function nearest(participants: readonly ParticipantLayout[], x: number): ParticipantLayout | undefined {
  let best: ParticipantLayout | undefined
  for (const p of participants) if (!best || Math.abs(p.x - x) < Math.abs(best.x - x)) best = p
  return best
}

/** The innermost bar of `id` open at `y`: nested bars step right, so the rightmost. */
function innermostBar(bars: readonly ActivationLayout[], id: string, y: number): ActivationLayout | undefined {
  let best: ActivationLayout | undefined
  for (const b of bars) {
    if (b.participant !== id || y < b.rect.y - TOUCH || y > b.rect.y + b.rect.height + TOUCH) continue
    if (!best || b.rect.x > best.rect.x) best = b
  }
  return best
}

function endsOffTheirBars(layout: DiagramLayout, messages: readonly MessageLayout[], problems: string[]): void {
  const byId = new Map(layout.participants.map((p) => [p.id, p]))
  for (const m of messages) {
    for (const end of lineEnds(m, byId, layout.participants)) {
      const bar = innermostBar(layout.activations, end.participant.id, end.point.y)
      const x = bar ? (end.facing > 0 ? bar.rect.x + bar.rect.width : bar.rect.x) : end.participant.x
      if (Math.abs(end.point.x - x) > TOUCH) {
        const where = bar ? `the edge of the innermost bar of ${end.participant.id} (line ${bar.line})` : `the lifeline of ${end.participant.id}`
        problems.push(`${name(m)} ${end.which} at x=${end.point.x.toFixed(1)}, not at ${where} (x=${x.toFixed(1)})`)
      }
    }
  }
}

/** The y a statement takes up: a message its line where it leaves (all of it when level), a block its box. */
function ySpan(item: ItemLayout): [number, number] | undefined {
  switch (item.type) {
    case 'message': {
      const first = item.paths[0]?.[0]
      if (!first) return undefined
      // A slanted message may land after the bar has ended: only its departure counts.
      const ys = item.flags.includes('slanted') ? [first.y] : item.paths.flat().map((p) => p.y)
      return [Math.min(...ys), Math.max(...ys)]
    }
    case 'note':
    case 'fragment':
      return [item.rect.y, item.rect.y + item.rect.height]
    case 'divider':
      return [item.y, item.y]
    case 'delay':
      return undefined
  }
}

function barsShortOfTheirStatements(model: SequenceModel, layout: DiagramLayout, items: readonly ItemLayout[], problems: string[]): void {
  model.activations.forEach((a, i) => {
    const bar = layout.activations[i]
    if (!bar) return
    const [top, bottom] = [bar.rect.y, bar.rect.y + bar.rect.height]
    for (const item of items) {
      if (item.line <= a.line || item.line >= (a.endLine ?? Infinity)) continue
      const span = ySpan(item)
      if (span && (span[0] < top - TOUCH || span[1] > bottom + TOUCH)) {
        problems.push(`the bar of ${a.participant} from line ${a.line} to ${a.endLine ?? 'the end'} does not span the ${item.type} on line ${item.line}`)
      }
    }
  })
}

function headsOnDestroyed(layout: DiagramLayout, messages: readonly MessageLayout[], problems: string[]): void {
  for (const p of layout.participants) {
    const cross = p.destroyedAt
    if (!cross) continue
    const box = { x: cross.x - DESTROY_SIZE, y: cross.y - DESTROY_SIZE, width: 2 * DESTROY_SIZE, height: 2 * DESTROY_SIZE }
    for (const m of messages) {
      for (const head of m.arrowheads) {
        const tip = head.points[1]
        const below = tip.y > cross.y && Math.abs(tip.x - p.x) <= DESTROY_SIZE
        if (head.points.some((q) => within(box, q, 0)) || below) problems.push(`the head of ${name(m)} is drawn on ${p.id}, which is destroyed`)
      }
    }
  }
}

function barsOverHeads(layout: DiagramLayout, problems: string[]): void {
  for (const bar of layout.activations) {
    for (const p of layout.participants) {
      for (const head of [p.head, p.foot]) {
        const b = head?.bounds
        if (b && bar.rect.x < b.x + b.width && b.x < bar.rect.x + bar.rect.width && bar.rect.y < b.y + b.height - TOUCH && b.y < bar.rect.y + bar.rect.height - TOUCH) {
          problems.push(`the bar of ${bar.participant} from line ${bar.line} is drawn across the head of ${p.id}`)
        }
      }
    }
  }
}

/** Sentences for every disagreement between messages and bars; the model tells which statements each bar spans. */
export function findBarProblems(layout: DiagramLayout, model: SequenceModel): string[] {
  const items = allItems(layout.items)
  const messages = items.filter((i): i is MessageLayout => i.type === 'message')
  const problems: string[] = []
  endsOffTheirBars(layout, messages, problems)
  barsShortOfTheirStatements(model, layout, items, problems)
  headsOnDestroyed(layout, messages, problems)
  barsOverHeads(layout, problems)
  return [...new Set(problems)]
}
