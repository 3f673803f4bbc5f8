// Mermaid's arrows and what each becomes in Lifeline. Mermaid's `->>` (solid, filled head)
// is its ordinary call, so it becomes Lifeline's `->`; `-)` (open head, "async") becomes
// `->>`; the dotted ones with a head become replies; `->` and `-->` (no head) become `--`
// (dashed for `-->`); `-x` / `--x` are crosses only into a participant being destroyed. Arrows
// with no Lifeline form (two heads, half heads) keep the nearest one and say so.
import type * as Ast from '../../syntax/ast.js'

export interface ArrowMeaning {
  readonly arrow: Ast.ArrowKind
  /** Attributes that complete the meaning, e.g. a dashed line with no head. */
  readonly attributes: readonly (readonly [string, string])[]
  /** Why the result differs from the source, when it does. */
  readonly approximation?: string
  /** The head is at the sender's end (`A/|-B`): the message goes from the right-hand name to the left. */
  readonly reversed?: boolean
}

/** A half arrowhead at the start of the line (`/|-`): drawn whole, pointing at the left-hand name. */
const reverseHalf = (arrow: string, kind: Ast.ArrowKind): readonly [string, ArrowMeaning] =>
  [arrow, { arrow: kind, attributes: [], reversed: true, approximation: `the half arrowhead '${arrow}' is drawn whole, from the right-hand name to the left-hand one` }]

/** The dash of a dotted line without a head: the one Lifeline draws replies with. */
const DOTTED = ['style.stroke-dash', '6 4'] as const

/** Longest first, so `-->>` is not read as `-->` followed by `>`. */
const ARROWS: readonly (readonly [string, ArrowMeaning])[] = [
  ['<<-->>', { arrow: 'reply', attributes: [], approximation: "the two-headed arrow '<<-->>' is drawn with one head" }],
  ['<<->>', { arrow: 'sync', attributes: [], approximation: "the two-headed arrow '<<->>' is drawn with one head" }],
  ['-->>', { arrow: 'reply', attributes: [] }],
  ['->>', { arrow: 'sync', attributes: [] }],
  ['--|\\', { arrow: 'reply', attributes: [], approximation: "the half arrowhead '--|\\' is drawn whole" }],
  ['--|/', { arrow: 'reply', attributes: [], approximation: "the half arrowhead '--|/' is drawn whole" }],
  ['--\\\\', { arrow: 'reply', attributes: [], approximation: "the half arrowhead '--\\\\' is drawn whole" }],
  ['--//', { arrow: 'reply', attributes: [], approximation: "the half arrowhead '--//' is drawn whole" }],
  ['-|\\', { arrow: 'sync', attributes: [], approximation: "the half arrowhead '-|\\' is drawn whole" }],
  ['-|/', { arrow: 'sync', attributes: [], approximation: "the half arrowhead '-|/' is drawn whole" }],
  ['-\\\\', { arrow: 'async', attributes: [], approximation: "the half arrowhead '-\\\\' is drawn whole" }],
  ['-//', { arrow: 'async', attributes: [], approximation: "the half arrowhead '-//' is drawn whole" }],
  reverseHalf('/|--', 'reply'),
  reverseHalf('\\|--', 'reply'),
  reverseHalf('\\\\--', 'reply'),
  reverseHalf('//--', 'reply'),
  reverseHalf('/|-', 'sync'),
  reverseHalf('\\|-', 'sync'),
  reverseHalf('\\\\-', 'async'),
  reverseHalf('//-', 'async'),
  ['-->', { arrow: 'headless', attributes: [DOTTED] }],
  ['->', { arrow: 'headless', attributes: [] }],
  // A cross ends the target's lifeline in Lifeline; in Mermaid only with a `destroy` (messages.ts).
  ['--x', { arrow: 'reply', attributes: [], approximation: "the cross at the end of '--x' is not drawn: Lifeline's '--x' would end the target's lifeline" }],
  ['-x', { arrow: 'sync', attributes: [], approximation: "the cross at the end of '-x' is not drawn: Lifeline's '-x' would end the target's lifeline" }],
  ['--)', { arrow: 'reply', attributes: [] }],
  ['-)', { arrow: 'async', attributes: [] }],
]

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * `from arrow [+|-]to [: text]`. Names may hold spaces and single hyphens, as in Mermaid; the
 * arrow is the first one found after the sender's name.
 */
export const MESSAGE = new RegExp(`^(.+?)\\s*(${ARROWS.map(([a]) => escape(a)).join('|')})\\s*([+-]?)\\s*([^:]+?)\\s*(?::(.*))?$`, 's')

export function arrowMeaning(arrow: string): ArrowMeaning {
  return ARROWS.find(([a]) => a === arrow)?.[1] ?? { arrow: 'sync', attributes: [] }
}
