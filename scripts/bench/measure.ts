// Timing primitives of the benchmark: repeated in-process runs after a warm-up, timed child
// processes, and a child's peak memory (GNU time's maximum resident set size).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

export interface Sample {
  /** Milliseconds, sorted ascending. */
  readonly times: readonly number[]
}

export function median(times: readonly number[]): number {
  const s = [...times].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

/** The 10th and 90th percentiles: the spread around the median, robust to one stray run. */
export function spread(times: readonly number[]): [number, number] {
  const s = [...times].sort((a, b) => a - b)
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? 0
  return [at(0.1), at(0.9)]
}

/** Warm-up, then runs `fn` until `budgetMs` is spent (between `min` and `max` runs). */
export function timeInProcess(fn: () => void, budgetMs: number, min = 5, max = 300): number[] {
  const warmEnd = performance.now() + budgetMs / 4
  let warm = 0
  while (warm < 3 || (performance.now() < warmEnd && warm < max)) {
    fn()
    warm++
  }
  const times: number[] = []
  const end = performance.now() + budgetMs
  while (times.length < min || (performance.now() < end && times.length < max)) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  return times
}

export interface Spawned {
  readonly ms: number
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export function timeSpawn(command: string, args: readonly string[], options: SpawnSyncOptions = {}): Spawned {
  const t = performance.now()
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options })
  const ms = performance.now() - t
  return { ms, status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') + (r.error ? String(r.error) : '') }
}

/** Times `runs` spawns of one command; throws with its stderr if it fails. */
export function timeCommand(command: string, args: readonly string[], runs: number, options: SpawnSyncOptions = {}): number[] {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const r = timeSpawn(command, args, options)
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`)
    times.push(r.ms)
  }
  return times
}

const GNU_TIME = '/usr/bin/time'

/** Peak resident memory of one run, in bytes (the largest process of the run), or undefined without GNU time. */
export function peakMemory(command: string, args: readonly string[], options: SpawnSyncOptions = {}): number | undefined {
  if (!existsSync(GNU_TIME)) return undefined
  const r = spawnSync(GNU_TIME, ['-f', 'MAXRSS_KB=%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options })
  const kb = /MAXRSS_KB=(\d+)/.exec(String(r.stderr ?? ''))?.[1]
  return r.status === 0 && kb ? Number(kb) * 1024 : undefined
}
