// A one-line progress bar on stderr for long batches, drawn only when the caller says the
// terminal takes one (terminal.ts: a terminal, not TERM=dumb, not CI): a CI log or a pipe gets
// the diagnostics and the summary, and nothing else. Messages printed
// through it first erase the bar and then redraw it, so the two never mix on a line.
import type { Io } from '../io.js'

const BAR_WIDTH = 30
/** Carriage return and "erase to end of line". */
const ERASE_LINE = '\r\x1b[K'

export interface Progress {
  /** Prints text (whole lines) above the bar. */
  say(text: string): void
  /** One more input is done. */
  tick(): void
  /** Removes the bar for good. */
  done(): void
}

export function createProgress(io: Io, total: number, enabled: boolean): Progress {
  if (!enabled) return { say: (text) => text && io.stderr(text), tick: () => {}, done: () => {} }
  let finished = 0
  const draw = (): void => {
    const filled = Math.round((finished / total) * BAR_WIDTH)
    io.stderr(`${ERASE_LINE}[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${finished}/${total} diagrams`)
  }
  draw()
  return {
    say: (text) => {
      if (!text) return
      io.stderr(ERASE_LINE + text)
      draw()
    },
    tick: () => {
      finished++
      draw()
    },
    done: () => io.stderr(ERASE_LINE),
  }
}
