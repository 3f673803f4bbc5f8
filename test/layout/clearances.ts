// Finds the small faults of a layout that are not collisions of messages (collisions.ts): a
// frame's side so close to a lifeline or bar that the two read as one double line, a guard
// whose baseline is not its tab keyword's, an arrowhead or lost dot at the canvas's edge, a
// participant box over another participant's head, a box's side through a label that could
// sit beside it, and a message starting or ending on a box's side. Each finding is a sentence.
import { FRAME_CLEARANCE, LABEL_PAD, MARGIN } from '../../src/layout/constants.js'
import type { DiagramLayout, FragmentLayout, ItemLayout, MessageLayout, Point, Rect } from '../../src/layout/types.js'
import type { SequenceModel } from '../../src/model/model.js'

/** Rounding the layout does not promise to avoid, in px. */
const SLACK = 0.01

function fragments(items: readonly ItemLayout[]): FragmentLayout[] {
  return items.flatMap((i) => (i.type === 'fragment' ? [i, ...i.branches.flatMap((b) => fragments(b.items))] : []))
}

function heads(items: readonly ItemLayout[]): { line: number; points: readonly Point[] }[] {
  return items.flatMap((i) => {
    if (i.type === 'fragment') return i.branches.flatMap((b) => heads(b.items))
    if (i.type !== 'message') return []
    const dot = i.lostAt ? [{ line: i.line, points: [i.lostAt] }] : []
    return [...i.arrowheads.map((a) => ({ line: i.line, points: a.points })), ...dot]
  })
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => Math.min(a1, b1) > Math.max(a0, b0)
const apart = (x: number, from: number, to: number): number => (x < from ? from - x : x > to ? x - to : 0)

function frameSides(layout: DiagramLayout, problems: string[]): void {
  for (const f of fragments(layout.items)) {
    const [top, bottom] = [f.rect.y, f.rect.y + f.rect.height]
    for (const side of [f.rect.x, f.rect.x + f.rect.width]) {
      for (const p of layout.participants) {
        const alongside = p.lifeline.some((s) => overlaps(s.y1, s.y2, top, bottom))
        if (alongside && Math.abs(side - p.x) < FRAME_CLEARANCE - SLACK) problems.push(`a side of the ${f.kind} frame on line ${f.line} runs ${Math.abs(side - p.x).toFixed(1)} px from the lifeline of ${p.id}`)
      }
      for (const a of layout.activations) {
        const near = overlaps(a.rect.y, a.rect.y + a.rect.height, top, bottom) && apart(side, a.rect.x, a.rect.x + a.rect.width) < FRAME_CLEARANCE - SLACK
        if (near) problems.push(`a side of the ${f.kind} frame on line ${f.line} runs beside the bar of ${a.participant} on line ${a.line}`)
      }
    }
  }
}

function guardBaselines(layout: DiagramLayout, problems: string[]): void {
  for (const f of fragments(layout.items)) {
    const guard = f.branches[0]?.label
    if (!guard || f.kind === 'ref' || f.kind === 'highlight') continue
    if (Math.abs(guard.y - f.tab.keyword.y) > SLACK) problems.push(`the guard of the ${f.kind} frame on line ${f.line} sits ${(guard.y - f.tab.keyword.y).toFixed(2)} px off its keyword's baseline`)
  }
}

function headsAtEdge(layout: DiagramLayout, problems: string[]): void {
  const v = layout.viewBox
  for (const { line, points } of heads(layout.items)) {
    const gap = Math.min(...points.map((p) => Math.min(p.x - v.x, v.x + v.width - p.x, p.y - v.y, v.y + v.height - p.y)))
    if (gap < MARGIN - SLACK) problems.push(`the head of the message on line ${line} is ${gap.toFixed(1)} px from the canvas's edge`)
  }
}

const intersects = (a: Rect, b: Rect): boolean => overlaps(a.x, a.x + a.width, b.x, b.x + b.width) && overlaps(a.y, a.y + a.height, b.y, b.y + b.height)

function boxesOverHeads(model: SequenceModel, layout: DiagramLayout, problems: string[]): void {
  layout.boxes.forEach((box, i) => {
    const own = new Set(model.boxes[i]?.participants ?? [])
    for (const p of layout.participants) {
      if (own.has(p.id)) continue
      if ([p.head, p.foot].some((h) => h && intersects(h.bounds, box.rect))) problems.push(`the box on line ${box.line} runs over the head of ${p.id}`)
    }
    if (box.label && !contains(box.rect, box.label.box)) problems.push(`the box on line ${box.line} does not hold its label`)
  })
}

/** A box's side through a level message's label, where the line beside that side could hold the label. */
function boxSidesThroughLabels(layout: DiagramLayout, problems: string[]): void {
  const sides = layout.boxes.flatMap((b) => [b.rect.x, b.rect.x + b.rect.width])
  for (const m of messages(layout.items)) {
    const path = m.paths[0]
    const box = m.label?.box
    if (!box || !path || path.length !== 2 || m.flags.length > 0) continue
    const [low, high] = [Math.min(path[0]!.x, path[1]!.x) + LABEL_PAD, Math.max(path[0]!.x, path[1]!.x) - LABEL_PAD]
    for (const side of sides) {
      if (side <= box.x || side >= box.x + box.width) continue
      if (side - low >= box.width || high - side >= box.width) problems.push(`a box's side runs through the label of the message on line ${m.line}, which fits beside it`)
    }
  }
}

/** A message's line starting or ending on a box's side: it reads as coming from the box. */
function endsOnBoxSides(layout: DiagramLayout, problems: string[]): void {
  for (const m of messages(layout.items)) {
    const ends = m.paths.flatMap((p) => [p[0], p[p.length - 1]])
    for (const b of layout.boxes) {
      const onSide = ends.some((e) => e && [b.rect.x, b.rect.x + b.rect.width].some((x) => Math.abs(e.x - x) < FRAME_CLEARANCE) && e.y >= b.rect.y && e.y <= b.rect.y + b.rect.height)
      if (onSide) problems.push(`the message on line ${m.line} ends on a side of the box on line ${b.line}`)
    }
  }
}

function messages(items: readonly ItemLayout[]): MessageLayout[] {
  return items.flatMap((i) => (i.type === 'message' ? [i] : i.type === 'fragment' ? i.branches.flatMap((b) => messages(b.items)) : []))
}

const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height

/** Sentences for every fault found; empty when there is none. */
export function findClearanceFaults(model: SequenceModel, layout: DiagramLayout): string[] {
  const problems: string[] = []
  frameSides(layout, problems)
  guardBaselines(layout, problems)
  headsAtEdge(layout, problems)
  boxesOverHeads(model, layout, problems)
  boxSidesThroughLabels(layout, problems)
  endsOnBoxSides(layout, problems)
  return [...new Set(problems)]
}
