// Activation bars: where they are drawn, and where a message touching an active lifeline
// starts or ends (at the outer edge of the bars, on the side it faces).
import type { Activation } from '../model/model.js'
import { ACTIVATION_NEST, ACTIVATION_WIDTH } from './constants.js'
import { addTo } from './group.js'
import { partitionPoint } from './sorted.js'

export class ActivationIndex {
  private readonly byParticipant = new Map<string, Activation[]>()
  /** Per participant, how its deepest bar changes down the rows, built on first use. */
  private readonly steps = new Map<string, DepthSteps>()
  /** Per participant, its deepest bar: asked for by every message it sends or receives. */
  private readonly maxDepth = new Map<string, number>()

  constructor(activations: readonly Activation[]) {
    for (const a of activations) {
      addTo(this.byParticipant, a.participant, a)
      this.maxDepth.set(a.participant, Math.max(this.maxDepth.get(a.participant) ?? -1, a.depth))
    }
  }

  /** Deepest bar of `participant` covering `row`, or -1 when none does. */
  depthAt(participant: string, row: number): number {
    let steps = this.steps.get(participant)
    if (!steps) {
      steps = depthSteps(this.byParticipant.get(participant) ?? [])
      this.steps.set(participant, steps)
    }
    // The last step starting at or before `row` holds.
    const i = partitionPoint(steps.rows, (r) => r <= row) - 1
    return row >= 0 && i >= 0 ? (steps.depths[i] ?? -1) : -1
  }

  /**
   * Offset from the lifeline to where a message attaches at `row`, on side `dir` (+1 right,
   * -1 left). Nested bars step right, so the right edge moves with depth, the left does not.
   */
  edge(participant: string, row: number, dir: 1 | -1): number {
    const depth = this.depthAt(participant, row)
    if (depth < 0) return 0
    return dir > 0 ? ACTIVATION_WIDTH / 2 + depth * ACTIVATION_NEST : ACTIVATION_WIDTH / 2
  }

  /** The widest offset any bar of `participant` reaches to its right. */
  maxRightEdge(participant: string): number {
    const depth = this.maxDepth.get(participant) ?? -1
    return depth < 0 ? 0 : ACTIVATION_WIDTH / 2 + depth * ACTIVATION_NEST
  }
}

/** Rows where the deepest bar changes, ascending, and the depth from each on (-1: none). */
interface DepthSteps {
  readonly rows: readonly number[]
  readonly depths: readonly number[]
}

/**
 * A bar starts and ends a step each, so lookups cost log(bars) and building costs
 * bars × log(bars). A table of every row, as before, cost rows × participants in time and
 * memory: a thousand bars left open down 16,000 rows filled 32 MB of tables per layout.
 */
function depthSteps(bars: readonly Activation[]): DepthSteps {
  const events: { readonly row: number; readonly depth: number; readonly change: 1 | -1 }[] = []
  for (const a of bars) {
    const start = Math.max(0, a.startRow)
    if (a.endRow < start) continue
    events.push({ row: start, depth: a.depth, change: 1 }, { row: a.endRow + 1, depth: a.depth, change: -1 })
  }
  events.sort((a, b) => a.row - b.row)
  const open: number[] = [] // bars open at each depth
  let deepest = -1
  const rows: number[] = []
  const depths: number[] = []
  for (let i = 0; i < events.length; ) {
    const row = events[i]?.row ?? 0
    for (; i < events.length && events[i]?.row === row; i++) {
      const e = events[i] as (typeof events)[number]
      open[e.depth] = (open[e.depth] ?? 0) + e.change
      deepest = Math.max(deepest, e.depth)
    }
    while (deepest >= 0 && !open[deepest]) deepest--
    if (depths.at(-1) !== deepest) {
      rows.push(row)
      depths.push(deepest)
    }
  }
  return { rows, depths }
}
