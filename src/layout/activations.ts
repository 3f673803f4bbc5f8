// Activation bars: where they are drawn, and where a message touching an active lifeline
// starts or ends (at the outer edge of the bars, on the side it faces).
import type { Activation } from '../model/model.js'
import { ACTIVATION_NEST, ACTIVATION_WIDTH } from './constants.js'
import { addTo } from './group.js'

export class ActivationIndex {
  private readonly byParticipant = new Map<string, Activation[]>()
  /** Per participant, the deepest bar at each row (-1: none), built on first use. */
  private readonly depths = new Map<string, Int16Array>()
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
    const depths = this.depths.get(participant) ?? this.depthTable(participant)
    return row >= 0 && row < depths.length ? (depths[row] ?? -1) : -1
  }

  /**
   * A row table instead of a scan of every bar per lookup, which made placing messages grow
   * with messages × bars. Filling it visits each row once per bar covering it.
   */
  private depthTable(participant: string): Int16Array {
    const bars = this.byParticipant.get(participant) ?? []
    const depths = new Int16Array(bars.reduce((end, a) => Math.max(end, a.endRow + 1), 0)).fill(-1)
    for (const a of bars) {
      for (let r = Math.max(0, a.startRow); r <= a.endRow; r++) depths[r] = Math.max(depths[r] ?? -1, a.depth)
    }
    this.depths.set(participant, depths)
    return depths
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
