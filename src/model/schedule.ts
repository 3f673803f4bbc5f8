// Rows: each statement takes the next row, in source order. A message with a delay arrives
// `delay` rows after it leaves and its sender moves on at once, so later statements may be
// drawn while it is in flight. Causality: a participant sends nothing before every message
// already sent to it has arrived, so such a statement is pushed to the row after the arrival.
// Activation bars are tracked here too, since they start and end on rows.
import type { Activation } from './model.js'

export interface MessageRows {
  readonly row: number
  readonly arrivalRow: number
  /** Set when `&` asked for the previous row but causality pushed the message later. */
  readonly pushedFromParallel: boolean
}

interface OpenBar {
  readonly startRow: number
  readonly line: number
}

export class Scheduler {
  private next = 0
  private last = 0
  private highest = 0
  private readonly arrivals = new Map<string, number>()
  /** The arrival row of the last message, by target: `activate b` after `a -> b` starts there. */
  private lastArrivalTo: { participant: string; row: number } | undefined
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

  /** Places a message from `from` (undefined: from outside) that reaches `targets`. */
  message(from: string | undefined, targets: readonly string[], delay: number, parallel: boolean): MessageRows {
    const wait = from === undefined ? 0 : (this.arrivals.get(from) ?? -1) + 1
    const wanted = parallel ? this.last : this.next
    const row = this.place(Math.max(wanted, wait))
    const arrivalRow = row + delay
    for (const target of targets) this.arrivals.set(target, Math.max(this.arrivals.get(target) ?? -1, arrivalRow))
    this.highest = Math.max(this.highest, arrivalRow)
    this.lastArrivalTo = targets.length === 1 ? { participant: targets[0] ?? '', row: arrivalRow } : undefined
    return { row, arrivalRow, pushedFromParallel: parallel && row > wanted }
  }

  /** The row an `activate p` / `deactivate p` statement refers to: the last one drawn. */
  anchorFor(participant: string): number {
    return this.lastArrivalTo?.participant === participant ? this.lastArrivalTo.row : this.last
  }

  activate(participant: string, row: number, line: number): void {
    const bars = this.open.get(participant) ?? []
    bars.push({ startRow: row, line })
    this.open.set(participant, bars)
  }

  /** Closes the innermost open bar of `participant`; false when none is open. */
  deactivate(participant: string, row: number): boolean {
    const bar = this.open.get(participant)?.pop()
    if (!bar) return false
    this.close(participant, bar, row)
    return true
  }

  /** Ends the timeline: bars still open run to the last row. Returns the row count. */
  finish(): number {
    const rowCount = Math.max(this.next, this.highest + 1)
    for (const [participant, bars] of this.open) {
      while (bars.length > 0) {
        const bar = bars.pop()
        if (bar) this.close(participant, bar, rowCount - 1)
      }
    }
    this.activations.sort((a, b) => a.startRow - b.startRow || a.line - b.line)
    return rowCount
  }

  private close(participant: string, bar: OpenBar, endRow: number): void {
    const depth = this.open.get(participant)?.length ?? 0
    this.activations.push({ participant, startRow: bar.startRow, endRow: Math.max(endRow, bar.startRow), depth, line: bar.line })
  }

  private place(row: number): number {
    this.last = row
    this.next = Math.max(this.next, row + 1)
    this.highest = Math.max(this.highest, row)
    return row
  }
}
