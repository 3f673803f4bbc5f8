// What placement needs to know once columns and rows are fixed.
import type { Message } from '../model/model.js'
import type { ActivationIndex } from './activations.js'
import type { Labels } from './labels.js'
import type { Rect } from './types.js'

export interface PlacementContext {
  /** Centre x of a participant's column. */
  x(id: string): number
  /** Where found messages enter and outgoing ones leave. */
  readonly leftEdge: number
  readonly rightEdge: number
  anchor(row: number): number
  readonly activations: ActivationIndex
  readonly labels: Labels
  /** How far a message's label is lifted above others on its row. */
  lift(m: Message): number
  /** How far a message's label centre moves along its line, away from others on its row. */
  shift(m: Message): number
  /** How far below its row's anchor a message sharing its row runs (lanes.ts). */
  laneOffset(m: Message): number
  /** How far below its arrival row's anchor a delayed message lands (arrivals.ts). */
  drop(m: Message): number
  /** Participant ids in column order, and the column of each. */
  readonly participantIds: readonly string[]
  readonly columnOf: ReadonlyMap<string, number>
  /** X of every participant box's sides: message labels keep off them. */
  readonly boxSides: readonly number[]
  /** The head of `id` when `create` starts it at `row`. */
  createdHead(id: string, row: number): Rect | undefined
}
