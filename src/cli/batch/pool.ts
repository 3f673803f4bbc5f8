// Spreads tasks over this thread and a few worker threads (batch/worker.ts). A worker takes
// about a second to load the compiler, which is forty or so diagrams' worth of compiling, so
// this thread starts at once and each worker joins in only when it says it is ready; workers
// still loading when the work runs out are simply stopped. Results come back in any order.
import { Worker } from 'node:worker_threads'
import { produce, type Outcome, type ProduceOptions } from '../produce.js'

export interface Task {
  readonly index: number
  readonly name: string
  readonly bytes: Uint8Array
  readonly options: ProduceOptions
}

export interface TaskDone {
  readonly index: number
  readonly outcome: Outcome
}

/** What a worker posts once it has loaded, before its first task. */
export const READY = 'ready'

/** Set by the CLI bundle (scripts/bundle.mjs), which ships the worker as a bundle too. */
declare const __LIFELINE_WORKER__: string | undefined
const WORKER_URL = new URL(typeof __LIFELINE_WORKER__ === 'string' ? __LIFELINE_WORKER__ : './worker.js', import.meta.url)

/** Works through `next()` until it returns undefined, here and on `workers` worker threads. */
export async function runPool(
  workers: number,
  next: () => Promise<Task | undefined>,
  onDone: (done: TaskDone) => void,
): Promise<void> {
  const started = Array.from({ length: workers }, () => new Worker(WORKER_URL))
  const helping = started.map(async (worker) => ((await ready(worker)) ? drain(worker, next, onDone) : undefined))
  try {
    for (let task = await next(); task; task = await next()) {
      onDone({ index: task.index, outcome: await produce(task.bytes, task.name, task.options) })
      await new Promise(setImmediate) // let the workers' messages in between two compiles
    }
    // Nothing is left to hand out: stop the workers still loading, let the busy ones finish.
    for (const worker of started) if (!readyWorkers.has(worker)) void worker.terminate()
    await Promise.all(helping)
  } finally {
    await Promise.all(started.map((w) => w.terminate()))
  }
}

const readyWorkers = new WeakSet<Worker>()

/** True once the worker has loaded; false if it stopped (or was stopped) before that. */
function ready(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    worker.once('message', (message: unknown) => {
      readyWorkers.add(worker)
      resolve(message === READY)
    })
    worker.once('error', () => resolve(false)).once('exit', () => resolve(false))
  })
}

/** Feeds one worker until the work runs out; should it die, its task is done here instead. */
async function drain(worker: Worker, next: () => Promise<Task | undefined>, onDone: (done: TaskDone) => void): Promise<void> {
  for (let task = await next(); task; task = await next()) {
    try {
      onDone(await exchange(worker, task))
    } catch {
      onDone({ index: task.index, outcome: await produce(task.bytes, task.name, task.options) })
      return
    }
  }
}

function exchange(worker: Worker, task: Task): Promise<TaskDone> {
  return new Promise((resolve, reject) => {
    const answer = (done: TaskDone): void => {
      worker.off('error', fail).off('exit', fail)
      resolve(done)
    }
    const fail = (e: unknown): void => {
      worker.off('message', answer).off('error', fail).off('exit', fail)
      reject(e instanceof Error ? e : new Error(`a batch worker stopped (exit code ${String(e)})`))
    }
    worker.once('message', answer).once('error', fail).once('exit', fail)
    // The input is copied, not transferred: a small Buffer may share its memory with others.
    worker.postMessage(task)
  })
}
