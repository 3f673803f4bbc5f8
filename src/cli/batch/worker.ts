// A batch worker thread: receives one input's bytes at a time, compiles it (and draws the PNG)
// with produce(), and posts the outcome back. It never touches files: the main thread reads
// the inputs and writes the outputs, so output order and atomic writes stay in one place.
import { parentPort } from 'node:worker_threads'
import { produce } from '../produce.js'
import { READY, type Task, type TaskDone } from './pool.js'

const port = parentPort
if (!port) throw new Error('batch/worker.js runs only as a worker thread')

port.postMessage(READY)
port.on('message', (task: Task) => {
  void produce(task.bytes, task.name, task.options).then((outcome) => {
    const done: TaskDone = { index: task.index, outcome }
    port.postMessage(done, outcome.output instanceof Uint8Array ? [outcome.output.buffer as ArrayBuffer] : [])
  })
})
