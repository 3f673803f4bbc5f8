// Calls back when one file may have changed. It watches the file's folder, not the file: an
// editor that saves by writing a new file and renaming it over the old one replaces the
// file's inode, and a watch on the old inode would go silent. A burst of events from one
// save (truncate, write, rename) is gathered into a single call after a short quiet time.
import { basename, dirname } from 'node:path'
import type { Io } from '../io.js'

/** Long enough to gather one save's events, short enough to feel instant. */
export const DEBOUNCE_MS = 60

export function watchFile(io: Io, file: string, onChange: () => void): () => void {
  const name = basename(file)
  let timer: NodeJS.Timeout | undefined
  const stopWatching = io.watchDir(dirname(file), (changed) => {
    if (changed !== null && changed !== name) return
    clearTimeout(timer)
    timer = setTimeout(onChange, DEBOUNCE_MS)
  })
  return () => {
    clearTimeout(timer)
    stopWatching()
  }
}
