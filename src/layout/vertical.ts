// The vertical pass as a whole: lanes for messages that share a row (lanes.ts), label places
// (label-stacking.ts), where delayed messages land (arrivals.ts) and the rows (rows.ts). Labels
// must keep clear of slanted lines, whose slope depends on the rows, whose heights depend on
// the labels: so labels are placed once against rows of an even estimated height, and, when
// any message is slanted, again against the rows that gave, growing rows above labels that
// a slanted line crosses wherever they go until they fit.
import type { Message, SequenceModel } from '../model/model.js'
import { arrivalDrops } from './arrivals.js'
import { CROWDED_ROW_GROWTH, CROWDED_ROW_TRIES } from './constants.js'
import type { HeadSize } from './heads.js'
import { stackLabels, type LabelOffsets } from './label-stacking.js'
import type { Labels } from './labels.js'
import { assignLanes, laneOffsets } from './lanes.js'
import type { Geometry } from './passing-obstacles.js'
import { layoutRows, type RowMetrics } from './rows.js'

/** A typical row's height, for placing labels before the rows are known. */
const ESTIMATED_ROW = 40

export interface VerticalPassInput {
  readonly model: SequenceModel
  readonly labels: Labels
  readonly heads: ReadonlyMap<string, HeadSize>
  readonly x: (id: string) => number
  /** X of the diagram's left and right edges. */
  readonly edges: readonly [number, number]
}

export interface Vertical extends LabelOffsets {
  readonly rows: RowMetrics
  /** How far below its row's anchor a laned message runs. */
  laneOffset(m: Message): number
  /** How far below its arrival row's anchor a delayed message lands. */
  drop(m: Message): number
}

export function verticalPass(input: VerticalPassInput, top: number): Vertical {
  const lanes = assignLanes(input)
  /** Room added above labels that slanted lines crowd, growing until they fit or the tries run out. */
  const room = new Map<Message, number>()
  const estimate: Geometry = { anchor: (row) => top + row * ESTIMATED_ROW, laneOffset: (m) => (lanes.get(m) ?? 0) * ESTIMATED_ROW, drop: () => 0 }
  let result = settle({ input, lanes, room, top }, stackLabels({ ...input, lanes, geometry: estimate }))
  if (!hasSlanted(input.model)) return result
  for (let tries = 0; ; tries++) {
    const rows = result.rows
    const exact: Geometry = { anchor: (row) => anchorOf(rows, row, top), laneOffset: result.laneOffset, drop: result.drop }
    const offsets = stackLabels({ ...input, lanes, geometry: exact })
    const grow = tries < CROWDED_ROW_TRIES ? offsets.crowded : new Set<Message>()
    for (const m of grow) room.set(m, (room.get(m) ?? 0) + CROWDED_ROW_GROWTH)
    result = settle({ input, lanes, room, top }, offsets)
    if (grow.size === 0) return result
  }
}

interface Settling {
  readonly input: VerticalPassInput
  readonly lanes: ReadonlyMap<Message, number>
  readonly room: ReadonlyMap<Message, number>
  readonly top: number
}

/** Lanes, arrivals and rows for labels placed as `offsets` says. */
function settle({ input, lanes, room, top }: Settling, offsets: LabelOffsets): Vertical {
  const lanesY = laneOffsets(lanes, input.labels, offsets.lift)
  const laneOffset = (m: Message): number => lanesY.get(m) ?? 0
  const drops = arrivalDrops({ ...input, laneOffset })
  const drop = (m: Message): number => drops.get(m) ?? 0
  const rows = layoutRows({ model: input.model, labels: input.labels, heads: input.heads, lift: offsets.lift, room, laneOffset, drop }, top)
  return { ...offsets, rows, laneOffset, drop }
}

/** The anchor of `row`, clamped to the rows there are. */
export function anchorOf(rows: RowMetrics, row: number, fallback: number): number {
  return rows.anchors[Math.max(0, Math.min(row, rows.anchors.length - 1))] ?? fallback
}

function hasSlanted(model: SequenceModel): boolean {
  return model.rowCount > 0 && model.items.some(function slanted(item): boolean {
    if (item.type === 'message') return item.arrivalRow > item.row
    return item.type === 'fragment' && item.branches.some((b) => b.items.some(slanted))
  })
}
