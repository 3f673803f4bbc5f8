// The vertical pass as a whole: lanes for messages that share a row (lanes.ts), label places
// (label-stacking.ts), where delayed messages land (arrivals.ts) and the rows (rows.ts). Labels
// must keep clear of slanted lines, whose slope depends on the rows, whose heights depend on
// the labels: so labels are placed once against rows of an even estimated height, and, when
// any message is slanted, again against the rows that gave, growing rows above labels that
// a slanted line crosses wherever they go until they fit, and above self-message loops that
// a slanted line runs through until it passes above them (loop-clearance.ts).
import type { Message, SequenceModel } from '../model/model.js'
import { arrivalDrops } from './arrivals.js'
import { CROWDED_ROW_GROWTH, CROWDED_ROW_TRIES } from './constants.js'
import type { HeadSize } from './heads.js'
import { LabelStacker, type LabelOffsets } from './label-stacking.js'
import type { Labels } from './labels.js'
import { assignLanes, laneOffsets } from './lanes.js'
import { loopClearances, selfLoops } from './loop-clearance.js'
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
  const stacker = new LabelStacker({ ...input, lanes })
  const drops = lanes.size === 0 ? arrivalDrops({ ...input, laneOffset: () => 0 }) : undefined
  if (!hasSlanted(input.model)) {
    // No line slants: rows do not move a label, so one placement against any rows will do.
    const estimate: Geometry = { anchor: (row) => top + row * ESTIMATED_ROW, laneOffset: () => 0, drop: () => 0 }
    return settle({ input, lanes, room, top, drops }, stacker.stack(estimate))
  }
  const loops = selfLoops(input.model, input.x)
  // Rows as if no label moved, to place the labels against.
  let result = settle({ input, lanes, room, top, drops }, { lift: new Map(), shift: new Map(), crowded: new Set() })
  let crowded = Infinity
  for (let tries = 0; ; tries++) {
    const rows = result.rows
    const exact: Geometry = { anchor: (row) => anchorOf(rows, row, top), laneOffset: result.laneOffset, drop: result.drop }
    const offsets = stacker.stack(exact)
    // Rows grow while that helps: a try that leaves more labels crowded is the last.
    const grow = tries < CROWDED_ROW_TRIES && offsets.crowded.size <= crowded ? offsets.crowded : new Set<Message>()
    crowded = offsets.crowded.size
    for (const m of grow) room.set(m, (room.get(m) ?? 0) + CROWDED_ROW_GROWTH)
    const clear = tries < CROWDED_ROW_TRIES ? loopClearances(stacker.slanted, loops, exact) : new Map<Message, number>()
    for (const [m, px] of clear) room.set(m, (room.get(m) ?? 0) + px)
    const grown = grow.size > 0 || clear.size > 0
    // Rows depend on lifts and room only: the same lifts and no growth leave them as they are.
    if (!grown && sameLifts(offsets.lift, result.lift)) return { ...result, shift: offsets.shift, crowded: offsets.crowded }
    result = settle({ input, lanes, room, top, drops }, offsets)
    if (!grown) return result
  }
}

interface Settling {
  readonly input: VerticalPassInput
  readonly lanes: ReadonlyMap<Message, number>
  readonly room: ReadonlyMap<Message, number>
  readonly top: number
  /** Where delayed messages land, when known already (without lanes, labels do not move them). */
  readonly drops: ReadonlyMap<Message, number> | undefined
}

/** Lanes, arrivals and rows for labels placed as `offsets` says. */
function settle({ input, lanes, room, top, drops: known }: Settling, offsets: LabelOffsets): Vertical {
  const lanesY = laneOffsets(lanes, input.labels, offsets.lift)
  const laneOffset = (m: Message): number => lanesY.get(m) ?? 0
  const drops = known ?? arrivalDrops({ ...input, laneOffset })
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

function sameLifts(a: ReadonlyMap<Message, number>, b: ReadonlyMap<Message, number>): boolean {
  if (a.size !== b.size) return false
  for (const [m, lift] of a) if (b.get(m) !== lift) return false
  return true
}
