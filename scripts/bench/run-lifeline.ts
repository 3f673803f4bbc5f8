// Lifeline's side of the benchmark: per size, the in-process compile time, the cold
// command-line time and peak memory of one diagram, the output size; and the batch case
// (many small files in one command against one command each).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { compile } from '../../src/compile.js'
import { scenario, SIZES, toLifeline, type Size } from './generate.js'
import { median, peakMemory, spread, timeCommand, timeInProcess } from './measure.js'

const BIN = resolve('bin/lifeline.js')

export interface SizeResult {
  readonly size: Size
  readonly inProcess: { readonly median: number; readonly spread: [number, number]; readonly runs: number }
  /** Undefined when the CLI refuses the diagram (see HUGE_LIMITS). */
  readonly cold: { readonly median: number; readonly runs: number } | undefined
  readonly peakBytes: number | undefined
  readonly outputBytes: number
}

export interface BatchResult {
  readonly files: number
  readonly separateMs: number
  readonly oneCommandMs: number
}

/** Time budget of the in-process runs, and cold runs, per size (the huge size is slow to spawn). */
const IN_PROCESS_BUDGET_MS: Record<string, number> = { small: 1000, medium: 1500, large: 3000, huge: 6000 }
const COLD_RUNS: Record<string, number> = { small: 20, medium: 10, large: 10, huge: 3 }
export const FLOOR_RUNS = 20

export function measureFloor(runs = FLOOR_RUNS): number[] {
  return timeCommand(process.execPath, ['-e', ''], runs)
}

export function measureSize(size: Size, dir: string, runs?: number): SizeResult {
  const source = toLifeline(scenario(size))
  const input = join(dir, `${size.name}.seq`)
  const output = join(dir, `${size.name}.svg`)
  writeFileSync(input, source)
  const first = compile(source)
  if (first.svg === undefined) throw new Error(`the ${size.name} diagram does not compile: ${JSON.stringify(first.diagnostics.slice(0, 3))}`)
  const budget = IN_PROCESS_BUDGET_MS[size.name] ?? 1000
  const times = runs === undefined ? timeInProcess(() => compile(source), budget) : timeInProcess(() => compile(source), 0, runs, runs)
  const cold = timeCommand(process.execPath, [BIN, input, '-o', output], runs ?? COLD_RUNS[size.name] ?? 5)
  return {
    size,
    inProcess: { median: median(times), spread: spread(times), runs: times.length },
    cold: { median: median(cold), runs: cold.length },
    peakBytes: peakMemory(process.execPath, [BIN, input, '-o', output]),
    outputBytes: Buffer.byteLength(first.svg),
  }
}

export const BATCH_FILES = 200
const BATCH_RUNS = 3

/** Many small diagrams: one command per file, against all of them in one command. */
export function measureBatch(dir: string): BatchResult {
  const inputs = join(dir, 'batch')
  rmSync(inputs, { recursive: true, force: true })
  mkdirSync(inputs, { recursive: true })
  const small = SIZES[0] as Size
  const files = Array.from({ length: BATCH_FILES }, (_, i) => {
    const file = join(inputs, `d${i + 1}.seq`)
    writeFileSync(file, toLifeline(scenario(small, i + 1)))
    return file
  })
  let separateMs = 0
  for (const file of files) separateMs += timeCommand(process.execPath, [BIN, file, '-o', join(dir, 'batch-one.svg')], 1)[0] ?? 0
  const oneCommand = timeCommand(process.execPath, [BIN, ...files, '-o', join(dir, 'batch-out') + '/'], BATCH_RUNS)
  return { files: BATCH_FILES, separateMs, oneCommandMs: median(oneCommand) }
}
