// Labels of messages that share a row (`&` statements, a broadcast beside another message)
// can land on each other, and a delayed message's arrowhead can land in a label on its
// arrival row. A label that would overlap an earlier one on its row first moves along its
// own line to the stretch no earlier message covers (the part only it travels), and when that
// is too short it is lifted above the earlier label instead; above an arrowhead it is lifted.
//
//   a ------build-----> b ----status----> c      a -> b: build   & a -> c: status
import { EVERYONE, OUTSIDE, type Message, type SequenceModel } from '../model/model.js'
import { ARROW_LENGTH, LABEL_GAP, LABEL_PAD } from './constants.js'
import type { Labels } from './labels.js'
import { forEachItem } from './walk.js'

export interface LabelOffsets {
  /** How far a label is raised above its usual place. */
  readonly lift: ReadonlyMap<Message, number>
  /** How far a label's centre moves along its line. */
  readonly shift: ReadonlyMap<Message, number>
}

export interface StackingInput {
  readonly model: SequenceModel
  readonly labels: Labels
  /** X of a participant's lifeline. */
  readonly x: (id: string) => number
}

interface Placed {
  readonly span: readonly [number, number]
  /** The line under a label; undefined for an arrowhead. */
  readonly line: readonly [number, number] | undefined
  readonly lift: number
  readonly height: number
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] < b[1] + LABEL_PAD && b[0] < a[1] + LABEL_PAD

export function stackLabels(input: StackingInput): LabelOffsets {
  const byRow = new Map<number, Message[]>()
  forEachItem(input.model.items, (item) => {
    if (item.type !== 'message' || !input.labels.of(item) || item.from === item.to) return
    const list = byRow.get(item.row) ?? []
    list.push(item)
    byRow.set(item.row, list)
  })
  const arrivals = arrowheadsByRow(input)
  const lift = new Map<Message, number>()
  const shift = new Map<Message, number>()
  for (const [row, messages] of byRow) {
    const placed: Placed[] = [...(arrivals.get(row) ?? [])]
    if (messages.length + placed.length < 2) continue
    for (const m of messages) {
      const width = input.labels.of(m)?.width ?? 0
      const height = (input.labels.of(m)?.height ?? 0) + LABEL_GAP
      const from = input.x(m.from)
      const to = m.to === EVERYONE ? from + 1 : input.x(m.to)
      const line: [number, number] = [Math.min(from, to), Math.max(from, to)]
      const centre = (from + to) / 2
      let span: [number, number] = [centre - width / 2, centre + width / 2]
      const blockers = placed.filter((p) => overlaps(span, p.span))
      if (blockers.length > 0) {
        const lines = blockers.flatMap((b) => (b.line ? [b.line] : []))
        const moved = lines.length === blockers.length ? freeStretch(line, to >= from ? 1 : -1, lines, width) : undefined
        if (moved !== undefined && !placed.some((p) => overlaps([moved - width / 2, moved + width / 2], p.span))) {
          shift.set(m, moved - centre)
          span = [moved - width / 2, moved + width / 2]
        } else {
          const l = Math.max(...blockers.map((p) => p.lift + p.height))
          lift.set(m, l)
          placed.push({ span, line, lift: l, height })
          continue
        }
      }
      placed.push({ span, line, lift: 0, height })
    }
  }
  return { lift, shift }
}

/** Centre of the part of `line` beyond every blocker's line, towards the target, if wide enough. */
function freeStretch(line: readonly [number, number], dir: 1 | -1, blockers: readonly (readonly [number, number])[], width: number): number | undefined {
  const [left, right] = dir > 0 ? [Math.max(...blockers.map((b) => b[1])), line[1]] : [line[0], Math.min(...blockers.map((b) => b[0]))]
  return right - left >= width + 2 * LABEL_PAD ? (left + right) / 2 : undefined
}

/** The arrowheads of delayed messages, as obstacles on the rows they arrive at. */
function arrowheadsByRow(input: StackingInput): Map<number, Placed[]> {
  const byRow = new Map<number, Placed[]>()
  forEachItem(input.model.items, (item) => {
    if (item.type !== 'message' || item.arrivalRow === item.row || item.lost || item.from === item.to) return
    if (item.to === EVERYONE || item.to === OUTSIDE) return
    const x = input.x(item.to)
    const head: Placed = { span: [x - ARROW_LENGTH, x + ARROW_LENGTH], line: undefined, lift: 0, height: ARROW_LENGTH }
    byRow.set(item.arrivalRow, [...(byRow.get(item.arrivalRow) ?? []), head])
  })
  return byRow
}
