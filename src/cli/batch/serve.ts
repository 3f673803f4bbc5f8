// What a batch worker thread does: receives one input's bytes at a time, compiles it (and
// draws the PNG) with produce(), and posts the outcome back. It never touches files: the main
// thread reads the inputs and writes the outputs, so output order and atomic writes stay in
// one place. Started by batch/worker.ts, or by the bundled worker entry (scripts/bundle.mjs).
import { parentPort } from 'node:worker_threads'
import { produce } from '../produce.js'
import { READY, type Task, type TaskDone } from './pool.js'

export function serveBatchTasks(): void {
  const port = parentPort
  if (!port) throw new Error('a batch worker runs only as a worker thread')
  port.postMessage(READY)
  port.on('message', (task: Task) => {
    void produce(task.bytes, task.name, task.options).then((outcome) => {
      const done: TaskDone = { index: task.index, outcome }
      port.postMessage(done, outcome.output instanceof Uint8Array ? [outcome.output.buffer as ArrayBuffer] : [])
    })
  })
}
