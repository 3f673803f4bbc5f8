// The vertical pass: how much room each row needs above and below its anchor line (the y a
// message is drawn at), then the anchors themselves. Content sits above its anchor (labels,
// notes, frame tabs); loops, crosses and arrowheads reach below it.
import type { Item, Message, SequenceModel } from '../model/model.js'
import {
  ARROW_HALF_WIDTH, BRANCH_GAP, DELAY_HEIGHT, DESTROY_SIZE, DIVIDER_PAD, EMPTY_ROW_HEIGHT, FRAME_BOTTOM_GAP, LABEL_GAP, LANDING,
  MESSAGE_ROW_MIN, NOTE_GAP, NOTE_PAD_Y, ROW_BELOW_MIN, SELF_HEIGHT, TAB_PAD_Y,
} from './constants.js'
import { receiverOf } from '../model/route.js'
import type { HeadSize } from './heads.js'
import type { Labels } from './labels.js'
import { forEachItem } from './walk.js'

export interface RowMetrics {
  /** Y of each row's anchor line. */
  readonly anchors: readonly number[]
  /** Y just below the last row's content. */
  readonly bottom: number
}

export interface VerticalInput {
  readonly model: SequenceModel
  readonly labels: Labels
  readonly heads: ReadonlyMap<string, HeadSize>
  /** How far labels that share a row are lifted (label-stacking.ts). */
  readonly lift: ReadonlyMap<Message, number>
  /** Extra room above labels that slanted lines crowd (vertical.ts). */
  readonly room: ReadonlyMap<Message, number>
  /** How far below its row's anchor a laned message runs (lanes.ts), and a delayed one lands (arrivals.ts). */
  readonly laneOffset: (m: Message) => number
  readonly drop: (m: Message) => number
}

export function layoutRows(input: VerticalInput, top: number): RowMetrics {
  const count = Math.max(1, input.model.rowCount)
  const above = new Array<number>(count).fill(0)
  const below = new Array<number>(count).fill(ROW_BELOW_MIN)
  const used = new Array<boolean>(count).fill(false)
  const need = (row: number, up: number, down = 0): void => {
    above[row] = Math.max(above[row] ?? 0, up)
    below[row] = Math.max(below[row] ?? 0, down)
    used[row] = true
  }
  // Participants that `create` starts part-way: their head sits on the row the message arrives.
  const createdAt = new Map(input.model.participants.flatMap((p) => (p.createdAt === undefined ? [] : [[p.id, p.createdAt] as const])))
  forEachItem(input.model.items, (item) => itemNeeds(item, input, createdAt, need))
  const anchors: number[] = []
  let y = top
  for (let r = 0; r < count; r++) {
    y += Math.max(above[r] ?? 0, used[r] ? 0 : EMPTY_ROW_HEIGHT)
    anchors.push(y)
    y += below[r] ?? 0
  }
  return { anchors, bottom: y }
}

type Need = (row: number, up: number, down?: number) => void

function itemNeeds(item: Item, input: VerticalInput, createdAt: ReadonlyMap<string, number>, need: Need): void {
  const label = input.labels.of(item)
  const labelHeight = label?.height ?? 0
  switch (item.type) {
    case 'message': {
      const lane = input.laneOffset(item)
      // A laned message's label sits in the room its lane steps down by (lanes.ts).
      const up = (label && lane === 0 ? labelHeight + LABEL_GAP + (input.lift.get(item) ?? 0) : 0) + (input.room.get(item) ?? 0)
      const self = item.route.kind === 'self' && item.arrivalRow === item.row
      need(item.row, Math.max(MESSAGE_ROW_MIN, up), self ? SELF_HEIGHT + ARROW_HALF_WIDTH : lane + ARROW_HALF_WIDTH)
      const to = receiverOf(item.route)
      const head = to !== undefined && createdAt.get(to) === item.arrivalRow ? input.heads.get(to) : undefined
      if (head) need(item.arrivalRow, head.height / 2 + LABEL_GAP, head.height / 2 + LABEL_GAP)
      // A message that destroys its target ends in the cross, which reaches further down than a head.
      else need(item.arrivalRow, 0, input.drop(item) + (item.destroys ? DESTROY_SIZE + LABEL_GAP : ARROW_HALF_WIDTH))
      return
    }
    case 'note':
      need(item.row, 0, LANDING + labelHeight + 2 * NOTE_PAD_Y + NOTE_GAP)
      return
    case 'ref':
      need(item.row, 0, LANDING + labelHeight + 2 * NOTE_PAD_Y + input.labels.small('ref').height + NOTE_GAP)
      return
    case 'divider':
      need(item.row, labelHeight / 2 + DIVIDER_PAD, labelHeight / 2 + DIVIDER_PAD)
      return
    case 'delay':
      need(item.row, Math.max(DELAY_HEIGHT, labelHeight + DIVIDER_PAD) / 2, Math.max(DELAY_HEIGHT, labelHeight + DIVIDER_PAD) / 2)
      return
    case 'destroy':
      need(item.row, DESTROY_SIZE + LABEL_GAP, DESTROY_SIZE + LABEL_GAP)
      return
    case 'fragment': {
      const tab = input.labels.small(item.kind).height + 2 * TAB_PAD_Y
      item.branches.forEach((b, i) => {
        const branchLabel = input.labels.of(b)?.height ?? 0
        need(b.row, 0, LANDING + (i === 0 ? Math.max(tab, branchLabel) + BRANCH_GAP : branchLabel + 2 * BRANCH_GAP))
      })
      need(item.endRow, FRAME_BOTTOM_GAP)
      return
    }
  }
}

