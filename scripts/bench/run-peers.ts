// The peers' side of the benchmark: each peer draws the same scenarios cold (a fresh process
// per diagram) and, where it can draw several in one process, warm (per diagram, after the
// first). A peer that is missing or fails is recorded as skipped with the reason.
import { existsSync, statSync } from 'node:fs'
import { scenario, type Size } from './generate.js'
import { median, peakMemory, timeSpawn } from './measure.js'
import { PEER_TIMEOUT_MS, type Peer, type PeerCommand } from './peers.js'

export interface PeerSizeResult {
  readonly size: Size
  readonly coldMs?: number
  readonly warmMs?: number
  readonly peakBytes?: number
  readonly outputBytes?: number
  readonly skipped?: string
}

export interface PeerResult {
  readonly name: string
  readonly sizes: readonly PeerSizeResult[]
}

const COLD_RUNS = 3
/**
 * Diagrams drawn in one process for the warm cost, per size: (time of K − time of one) / (K − 1),
 * each the median of WARM_RUNS. K is large enough that the difference stands above the noise
 * of one process start.
 */
const WARM_COPIES: Record<string, number> = { small: 20, medium: 10, large: 5 }
const WARM_RUNS = 2

function run(cmd: PeerCommand): number {
  const r = timeSpawn(cmd.command, cmd.args, { env: cmd.env ?? process.env, timeout: PEER_TIMEOUT_MS })
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ').slice(0, 300)}`)
  if (!existsSync(cmd.output)) throw new Error(`wrote no ${cmd.output}`)
  return r.ms
}

export function measurePeer(peer: Peer, sizes: readonly Size[], dir: string, log: (line: string) => void): PeerResult {
  const missing = peer.missing()
  if (missing) return { name: peer.name, sizes: sizes.map((size) => ({ size, skipped: missing })) }
  const results = sizes.map((size): PeerSizeResult => {
    if (peer.only && !peer.only.sizes.includes(size.name)) return { size, skipped: peer.only.reason }
    const sc = scenario(size)
    try {
      const cmd = peer.cold(sc, dir)
      const times = Array.from({ length: COLD_RUNS }, () => run(cmd))
      const coldMs = median(times)
      const outputBytes = statSync(cmd.output).size
      const peakBytes = peakMemory(cmd.command, cmd.args, { env: cmd.env ?? process.env, timeout: PEER_TIMEOUT_MS })
      let warmMs: number | undefined
      if (peer.warm) {
        const copies = WARM_COPIES[size.name] ?? 5
        const timed = (k: number): number => {
          const cmd = (peer.warm as NonNullable<Peer['warm']>)(sc, dir, k)
          return median(Array.from({ length: WARM_RUNS }, () => run(cmd)))
        }
        const one = timed(1)
        warmMs = Math.max(0, (timed(copies) - one) / (copies - 1))
      }
      log(`  ${peer.name} ${size.name}: cold ${coldMs.toFixed(0)} ms`)
      return { size, coldMs, warmMs, peakBytes, outputBytes }
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e)
      log(`  ${peer.name} ${size.name}: failed: ${reason}`)
      return { size, skipped: `failed: ${reason}` }
    }
  })
  return { name: peer.name, sizes: results }
}
