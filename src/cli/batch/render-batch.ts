// Renders a list of inputs to their outputs. A handful of files are compiled right here (a
// worker thread costs more to start than they take); more are spread over this thread and a
// worker thread per other core (batch/pool.ts). Either way this thread reads every input,
// writes every output atomically and prints diagnostics strictly in input order, so a run's
// messages never depend on timing.
import { availableParallelism } from 'node:os'
import { escapeControls } from '../../diagnostics/printable.js'
import type { Io } from '../io.js'
import { produce, type Outcome, type ProduceOptions } from '../produce.js'
import { readFileBytes } from '../read-source.js'
import { stderrProgress } from '../terminal.js'
import { writeFailure } from '../write-output.js'
import { runPool, type Task } from './pool.js'
import { createProgress, type Progress } from './progress.js'

/**
 * Up to this many inputs, no worker is started: one needs about a second to load the compiler,
 * in which this thread compiles some forty diagrams, so it could hardly help.
 */
export const INLINE_LIMIT = 16

export interface Entry {
  readonly file: string
  readonly target: string
  /** Per input, since each may have its own lifeline.config.json. */
  readonly options: ProduceOptions
  /** Why this input must not be rendered at all (its output would overwrite an input). */
  readonly refusal?: string | undefined
}

/** Renders every entry; returns how many were written. */
export async function renderBatch(entries: readonly Entry[], io: Io): Promise<number> {
  const progress = createProgress(io, entries.length, entries.length > 1 && stderrProgress(io))
  const settle = inOrder(entries, io, progress)
  if (entries.length <= INLINE_LIMIT) {
    for (const [index, entry] of entries.entries()) {
      const loaded = await load(entry, io)
      settle(index, 'bytes' in loaded ? await produce(loaded.bytes, entry.file, entry.options) : loaded)
    }
  } else {
    let nextIndex = 0
    const next = async (): Promise<Task | undefined> => {
      for (; nextIndex < entries.length; ) {
        const index = nextIndex++
        const entry = entries[index] as Entry
        const loaded = await load(entry, io)
        if ('bytes' in loaded) return { index, name: entry.file, bytes: loaded.bytes, options: entry.options }
        settle(index, loaded)
      }
      return undefined
    }
    const workers = Math.min(availableParallelism() - 1, entries.length)
    await runPool(workers, next, (done) => settle(done.index, done.outcome))
  }
  const written = await settle.finished()
  progress.done()
  return written
}

/** Takes outcomes in any order and prints and writes them in input order. */
function inOrder(entries: readonly Entry[], io: Io, progress: Progress) {
  const waiting = new Map<number, Outcome>()
  let cursor = 0
  let written = 0
  let chain = Promise.resolve()
  const flush = async (): Promise<void> => {
    for (let outcome = waiting.get(cursor); outcome; outcome = waiting.get(cursor)) {
      waiting.delete(cursor)
      if (await write(entries[cursor] as Entry, outcome, io, progress)) written++
      progress.tick()
      cursor++
    }
  }
  const settle = (index: number, outcome: Outcome): void => {
    waiting.set(index, outcome)
    chain = chain.then(flush)
  }
  return Object.assign(settle, { finished: async () => (await chain, written) })
}

/** The input's bytes, or the one reason it cannot be read as an outcome. */
async function load(entry: Entry, io: Io): Promise<{ bytes: Uint8Array } | Outcome> {
  const refuse = (reason: string): Outcome => ({ report: `${escapeControls(entry.file)}: error: ${reason}
`, output: undefined })
  if (entry.refusal) return refuse(entry.refusal)
  const read = await readFileBytes(entry.file, io)
  return read.ok ? read : refuse(read.reason)
}

async function write(entry: Entry, outcome: Outcome, io: Io, progress: Progress): Promise<boolean> {
  progress.say(outcome.report)
  if (outcome.output === undefined) return false
  try {
    await io.writeFileAtomic(entry.target, outcome.output)
    return true
  } catch (e) {
    progress.say(`${escapeControls(entry.file)}: error: ${writeFailure(e)}\n`)
    return false
  }
}
