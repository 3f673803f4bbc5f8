// Mermaid's arrows and what each becomes in Lifeline. Mermaid's `->>` (solid, filled head)
// is its ordinary call, so it becomes Lifeline's `->`; `-)` (open head, "async") becomes
// `->>`; the dotted ones become replies. Arrows with no Lifeline form keep the nearest one
// and say so.
import type * as Ast from '../../syntax/ast.js'

export interface ArrowMeaning {
  readonly arrow: Ast.ArrowKind
  /** Attributes that complete the meaning, e.g. a dashed line with no head. */
  readonly attributes: readonly (readonly [string, string])[]
  /** Why the result differs from the source, when it does. */
  readonly approximation?: string
}

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
  ['-->', { arrow: 'reply', attributes: [], approximation: "the dotted line without arrowhead '-->' gets an arrowhead" }],
  ['->', { arrow: 'sync', attributes: [], approximation: "the line without arrowhead '->' gets an arrowhead" }],
  ['--x', { arrow: 'reply', attributes: [['lost', 'true']], approximation: "the cross at the end of '--x' is drawn as a lost message" }],
  ['-x', { arrow: 'sync', attributes: [['lost', 'true']], approximation: "the cross at the end of '-x' is drawn as a lost message" }],
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
