// Moments: time finer than rows. A row has its line, where messages leave and level messages
// arrive, and its end, below everything hanging from the line: a self-message's return, a
// note. A bar that a self-call opens starts at the call's return, and one that a self-reply
// closes ends where the reply leaves, so one row holds two moments that bars tell apart.
import type { Route } from './route.js'

export interface Moment {
  readonly row: number
  readonly phase: 'line' | 'end'
}

export const lineOf = (row: number): Moment => ({ row, phase: 'line' })
export const endOf = (row: number): Moment => ({ row, phase: 'end' })

/** Moments as numbers in time order, for comparing and sorting. */
export function momentOrder(t: Moment): number {
  return 2 * t.row + (t.phase === 'end' ? 1 : 0)
}

/** The later of two moments. */
export function laterMoment(a: Moment, b: Moment): Moment {
  return momentOrder(b) > momentOrder(a) ? b : a
}

/** Where a message arrives: a level self-message at its row's end, once its loop is back; any other on its arrival row's line. */
export function arrivalMoment(m: { readonly route: Route; readonly row: number; readonly arrivalRow: number }): Moment {
  return m.route.kind === 'self' && m.arrivalRow === m.row ? endOf(m.row) : lineOf(m.arrivalRow)
}
