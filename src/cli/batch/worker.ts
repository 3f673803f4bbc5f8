// A batch worker thread, as the unbundled modules start it (batch/pool.ts); the command line's
// bundle starts its workers from lifeline.worker.cjs instead (scripts/bundle.mjs).
import { serveBatchTasks } from './serve.js'

serveBatchTasks()
