// Calls back when one file may have changed. It watches the file's folder, not the file: an
// editor that saves by writing a new file and renaming it over the old one replaces the
// file's inode, and a watch on the old inode would go silent. The folder itself may go too
// (a `git checkout` or a build step removes and re-creates it): a watch on the old folder
// would go silent forever, so after every burst of events the folder's identity is checked,
// and when it is gone or replaced the watch waits for it and starts again on the new one.
// A burst of events from one save (truncate, write, rename) is gathered into a single call
// after a short quiet time.
import { basename, dirname } from 'node:path'
import type { Io } from '../io.js'

/** Long enough to gather one save's events, short enough to feel instant. */
export const DEBOUNCE_MS = 60
/** How often a removed folder is looked for again. */
export const REWATCH_MS = 250

export function watchFile(io: Io, file: string, onChange: () => void): () => void {
  const folder = dirname(file)
  const name = basename(file)
  let timer: NodeJS.Timeout | undefined
  let poll: NodeJS.Timeout | undefined
  let stopWatching: (() => void) | undefined
  let watched: string | undefined
  let fileTouched = false
  let stopped = false

  const settle = async (): Promise<void> => {
    const now = await io.identity(folder)
    const replaced = now !== watched
    if (replaced) restart(now)
    if (fileTouched || replaced) onChange()
    fileTouched = false
  }
  const onEvent = (changed: string | null): void => {
    if (changed === null || changed === name) fileTouched = true
    clearTimeout(timer)
    timer = setTimeout(() => void settle(), DEBOUNCE_MS)
  }
  const start = (identity: string): void => {
    watched = identity
    stopWatching = io.watchDir(folder, onEvent)
  }
  /** The folder went or was replaced: drop the old watch, watch the new folder, or wait for one. */
  const restart = (identity: string | undefined): void => {
    stopWatching?.()
    stopWatching = undefined
    watched = undefined
    if (identity !== undefined) return start(identity)
    clearInterval(poll)
    poll = setInterval(() => {
      void io.identity(folder).then((id) => {
        if (id === undefined || stopped || watched !== undefined) return
        clearInterval(poll)
        start(id)
        onChange()
      })
    }, REWATCH_MS)
  }

  void io.identity(folder).then((id) => {
    if (stopped) return
    if (id === undefined) restart(undefined)
    else start(id)
  })
  return () => {
    stopped = true
    clearTimeout(timer)
    clearInterval(poll)
    stopWatching?.()
  }
}
