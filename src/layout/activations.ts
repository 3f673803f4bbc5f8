// Activation bars: which is innermost at a moment, and where a message touching an active
// lifeline then starts or ends (at the edge of the innermost bar, on the side it faces).
import type { Activation } from '../model/model.js'
import { momentOrder, type Moment } from '../model/moment.js'
import { ACTIVATION_NEST, ACTIVATION_WIDTH } from './constants.js'
import { addTo } from './group.js'
import { partitionPoint } from './sorted.js'

export class ActivationIndex {
  private readonly byParticipant = new Map<string, Activation[]>()
  /** Per participant, how its deepest bar changes down the moments, built on first use. */
  private readonly steps = new Map<string, DepthSteps>()
  /** Per participant, its deepest bar: asked for by every message it sends or receives. */
  private readonly maxDepth = new Map<string, number>()

  constructor(activations: readonly Activation[]) {
    for (const a of activations) {
      addTo(this.byParticipant, a.participant, a)
      this.maxDepth.set(a.participant, Math.max(this.maxDepth.get(a.participant) ?? -1, a.depth))
    }
  }

  /** Deepest bar of `participant` at moment `at`, or -1 when none is open. */
  depthAt(participant: string, at: Moment): number {
    let steps = this.steps.get(participant)
    if (!steps) {
      steps = depthSteps(this.byParticipant.get(participant) ?? [])
      this.steps.set(participant, steps)
    }
    // The last step starting at or before `at` holds.
    const t = momentOrder(at)
    const i = partitionPoint(steps.moments, (m) => m <= t) - 1
    return t >= 0 && i >= 0 ? (steps.depths[i] ?? -1) : -1
  }

  /**
   * Offset from the lifeline, towards side `dir` (+1 right, -1 left), of the innermost bar's
   * edge at moment `at`: where a message attaches. Nested bars step right, so on the left the
   * innermost edge lies over the outer bar (the message reaches through it to the bar that is
   * busy), and past the second level it lies right of the lifeline (a negative offset).
   */
  edge(participant: string, at: Moment, dir: 1 | -1): number {
    const depth = this.depthAt(participant, at)
    return depth < 0 ? 0 : ACTIVATION_WIDTH / 2 + dir * depth * ACTIVATION_NEST
  }

  /** How far the bars open at `at` reach from the lifeline on side `dir`: what a note beside them keeps clear of. */
  reach(participant: string, at: Moment, dir: 1 | -1): number {
    const depth = this.depthAt(participant, at)
    if (depth < 0) return 0
    return dir > 0 ? ACTIVATION_WIDTH / 2 + depth * ACTIVATION_NEST : ACTIVATION_WIDTH / 2
  }

  /** The widest offset any bar of `participant` reaches to its right. */
  maxRightEdge(participant: string): number {
    const depth = this.maxDepth.get(participant) ?? -1
    return depth < 0 ? 0 : ACTIVATION_WIDTH / 2 + depth * ACTIVATION_NEST
  }
}

/** Moments (momentOrder) where the deepest bar changes, ascending, and the depth from each on (-1: none). */
interface DepthSteps {
  readonly moments: readonly number[]
  readonly depths: readonly number[]
}

/**
 * A bar starts and ends a step each, so lookups cost log(bars) and building costs
 * bars × log(bars). A table of every row, as before, cost rows × participants in time and
 * memory: a thousand bars left open down 16,000 rows filled 32 MB of tables per layout.
 */
function depthSteps(bars: readonly Activation[]): DepthSteps {
  const events: { readonly at: number; readonly depth: number; readonly change: 1 | -1 }[] = []
  for (const a of bars) {
    const start = Math.max(0, momentOrder(a.start))
    const end = momentOrder(a.end)
    if (end < start) continue
    events.push({ at: start, depth: a.depth, change: 1 }, { at: end + 1, depth: a.depth, change: -1 })
  }
  events.sort((a, b) => a.at - b.at)
  const open: number[] = [] // bars open at each depth
  let deepest = -1
  const moments: number[] = []
  const depths: number[] = []
  for (let i = 0; i < events.length; ) {
    const at = events[i]?.at ?? 0
    for (; i < events.length && events[i]?.at === at; i++) {
      const e = events[i] as (typeof events)[number]
      open[e.depth] = (open[e.depth] ?? 0) + e.change
      deepest = Math.max(deepest, e.depth)
    }
    while (deepest >= 0 && !open[deepest]) deepest--
    if (depths.at(-1) !== deepest) {
      moments.push(at)
      depths.push(deepest)
    }
  }
  return { moments, depths }
}
