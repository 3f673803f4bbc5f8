// Rows: each statement takes the next row, in source order. A message with a delay arrives
// `delay` rows after it leaves and its sender moves on at once, so later statements may be
// drawn while it is in flight. Causality: a participant sends nothing before every message
// sent to it on an earlier row has arrived, so such a statement is pushed to the row after
// the arrival. Statements joined by `&` share a row and never wait for each other, so two
// messages sent on one row may cross, and a `&` relay may leave on the row its message
// arrives. Activation bars are tracked here too, since they start and end at moments of
// rows (moment.ts).
import type { Activation, Item } from './model.js'
import { endOf, laterMoment, lineOf, momentOrder, type Moment } from './moment.js'

/** A message someone may be waiting for: where it was written and who sent it. */
export interface Awaited {
  readonly line: number
  /** The sender's id; undefined for a message from outside. */
  readonly from: string | undefined
}

export interface MessageRows {
  readonly row: number
  readonly arrivalRow: number
  /** Set when `&` asked for the previous row but causality pushed the message later: what the sender waited for. */
  readonly waitedFor: Awaited | undefined
}

interface Arrival extends Awaited {
  readonly row: number
}

interface OpenBar {
  readonly start: Moment
  readonly line: number
}

export class Scheduler {
  private next = 0
  private last = 0
  private highest = 0
  /** The latest arrival at each participant of the messages sent on rows before `last`. */
  private readonly arrivals = new Map<string, Arrival>()
  /** The same for messages sent on row `last`, which the `&` statements of that row do not wait for. */
  private thisRow = new Map<string, Arrival>()
  /** Where the message just drawn reached its one target: `activate b` after `a -> b` starts there. Any later row forgets it. */
  private lastArrival: { readonly participant: string; readonly at: Moment } | undefined
  private readonly open = new Map<string, OpenBar[]>()
  readonly activations: Activation[] = []

  /** A row for a statement that is not a message (note, divider, fragment header, ...). */
  step(): number {
    return this.place(this.next)
  }

  /** The row of the statement before, for one joined to it with `&` (a note beside its message). */
  sameRow(): number {
    return this.place(this.last)
  }

  /** A row for a statement that must come after row `row` (a frame's edge after the arrivals inside it). */
  stepAfter(row: number): number {
    return this.place(Math.max(this.next, row + 1))
  }

  /** Places a message `awaited` sent by `from` (undefined: from outside) that reaches `targets`. */
  message(from: string | undefined, targets: readonly string[], delay: number, parallel: boolean, awaited: Awaited): MessageRows {
    const earlier = from === undefined ? undefined : this.arrivals.get(from)
    const latest = from === undefined ? undefined : later(earlier, this.thisRow.get(from))
    let row: number
    let waitedFor: Awaited | undefined
    if (parallel && (earlier === undefined || earlier.row <= this.last)) row = this.last
    else {
      row = Math.max(parallel ? this.last : this.next, (latest?.row ?? -1) + 1)
      if (parallel) waitedFor = latest
    }
    this.place(row)
    const arrivalRow = row + delay
    const arrival: Arrival = { row: arrivalRow, line: awaited.line, from: awaited.from }
    for (const target of targets) this.thisRow.set(target, later(this.thisRow.get(target), arrival) as Arrival)
    this.highest = Math.max(this.highest, arrivalRow)
    return { row, arrivalRow, waitedFor }
  }

  /** Records where the message just placed reached its one target (moment.ts arrivalMoment). */
  reached(participant: string, at: Moment): void {
    this.lastArrival = { participant, at }
  }

  /**
   * Where an `activate p` statement starts its bar: where the message just drawn reached `p`,
   * or else the line of the next statement's row, so that nothing written before it (a note,
   * a frame's header) is covered.
   */
  activationStart(participant: string): Moment {
    return this.lastArrival?.participant === participant ? this.lastArrival.at : lineOf(this.next)
  }

  /** Where a `deactivate p` statement ends its bar: where the message just drawn reached `p`, or else the end of the last row, under whatever hangs from it. */
  activationEnd(participant: string): Moment {
    return this.lastArrival?.participant === participant ? this.lastArrival.at : endOf(this.last)
  }

  activate(participant: string, start: Moment, line: number): void {
    const bars = this.open.get(participant) ?? []
    bars.push({ start, line })
    this.open.set(participant, bars)
  }

  /** Closes the innermost open bar of `participant` at `end` by the statement on `line` (none: the diagram ended); false when none is open. */
  deactivate(participant: string, end: Moment, line: number | undefined): boolean {
    const bar = this.open.get(participant)?.pop()
    if (!bar) return false
    this.close(participant, bar, end, line)
    return true
  }

  /** Closes every open bar of `participant` at `end` (its lifeline ends there, or the diagram does); returns how many. */
  deactivateAll(participant: string, end: Moment, line: number | undefined): number {
    let closed = 0
    while (this.deactivate(participant, end, line)) closed++
    return closed
  }

  /** Ends the timeline: bars still open run to the end of the last row. Returns the row count. */
  finish(): number {
    const rowCount = Math.max(this.next, this.highest + 1)
    for (const participant of this.open.keys()) this.deactivateAll(participant, endOf(rowCount - 1), undefined)
    this.activations.sort((a, b) => momentOrder(a.start) - momentOrder(b.start) || a.line - b.line)
    return rowCount
  }

  private close(participant: string, bar: OpenBar, end: Moment, endLine: number | undefined): void {
    const depth = this.open.get(participant)?.length ?? 0
    this.activations.push({ participant, start: bar.start, end: laterMoment(end, bar.start), depth, line: bar.line, endLine })
  }

  private place(row: number): number {
    this.lastArrival = undefined
    // Rows only grow: moving on makes the last row's messages earlier ones.
    if (row > this.last) {
      for (const [target, arrival] of this.thisRow) this.arrivals.set(target, later(this.arrivals.get(target), arrival) as Arrival)
      this.thisRow = new Map()
    }
    this.last = row
    this.next = Math.max(this.next, row + 1)
    this.highest = Math.max(this.highest, row)
    return row
  }
}

function later(a: Arrival | undefined, b: Arrival | undefined): Arrival | undefined {
  return a === undefined || (b !== undefined && b.row > a.row) ? b : a
}

/** The last row on which a message in `items` (fragments included) arrives; -1 when none does. */
export function latestArrival(items: readonly Item[]): number {
  let latest = -1
  for (const item of items) {
    if (item.type === 'message') latest = Math.max(latest, item.arrivalRow)
    else if (item.type === 'fragment') latest = Math.max(latest, item.endRow)
  }
  return latest
}
