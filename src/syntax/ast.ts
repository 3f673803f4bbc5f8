// The abstract syntax tree: what the user wrote, with a span on every node, and nothing
// resolved yet (names are strings, attributes are raw text). The model stage gives meaning.
import type { Span } from '../diagnostics/diagnostic.js'

export interface Text {
  /** The text with quotes removed, escapes applied and surrounding blanks trimmed. */
  readonly value: string
  readonly span: Span
  /** Written as a `"""` text block over several lines (the formatter keeps the form). */
  readonly block?: true
}

export interface Name extends Text {
  readonly quoted: boolean
}

/** `?` is the outside world, `[` / `]` the left / right edge of the diagram, `*` everyone. */
export type Endpoint =
  | { readonly kind: 'name'; readonly name: Name }
  | { readonly kind: 'outside' | 'left-edge' | 'right-edge' | 'everyone'; readonly span: Span }

export interface Attribute {
  readonly key: string
  readonly keySpan: Span
  readonly value: Text | undefined
  readonly span: Span
}

export type SettingKey = 'title' | 'autonumber' | 'theme' | 'wrap' | 'async-delay' | 'footbox'
/** `->`, `->>`, `-->`, `--` (no head), `-x` and `--x` (the target is destroyed). */
export type ArrowKind = 'sync' | 'async' | 'reply' | 'headless' | 'cross' | 'dashed-cross'
export type FragmentKeyword = 'alt' | 'opt' | 'loop' | 'par' | 'critical' | 'break' | 'group'

interface Node {
  readonly span: Span
}

export interface SettingStatement extends Node {
  readonly kind: 'setting'
  readonly key: SettingKey
  readonly keySpan: Span
  readonly value: Text | undefined
  /** `autonumber: 1 { step: 10; format: "[1]" }` (none when left out) */
  readonly attributes?: readonly Attribute[]
}

/** `style.fill: red` as a statement, inside a box or a highlight. */
export interface PropertyStatement extends Node {
  readonly kind: 'property'
  readonly key: string
  readonly keySpan: Span
  readonly value: Text | undefined
}

export interface ParticipantStatement extends Node {
  readonly kind: 'participant'
  readonly name: Name
  readonly label: Text | undefined
  readonly attributes: readonly Attribute[]
}

export interface MessageStatement extends Node {
  readonly kind: 'message'
  readonly parallel: boolean
  readonly from: Endpoint
  readonly to: Endpoint
  readonly arrow: ArrowKind
  readonly arrowSpan: Span
  /** `+` before the target activates it; `-` deactivates the sender. */
  readonly activation: 'activate' | 'deactivate' | undefined
  readonly label: Text | undefined
  readonly attributes: readonly Attribute[]
}

export interface NoteStatement extends Node {
  readonly kind: 'note'
  /** `& note`: on the row of the message before it (false when left out). */
  readonly parallel?: boolean
  readonly placement: 'over' | 'left' | 'right'
  readonly targets: readonly Name[]
  readonly label: Text | undefined
  /** `{ style.fill: ...; style.stroke: ... }` (none when left out) */
  readonly attributes?: readonly Attribute[]
}

/** `return label`: a reply from the innermost activation to its caller. */
export interface ReturnStatement extends Node {
  readonly kind: 'return'
  readonly label: Text | undefined
}

/** `highlight label { ... }`: a background band behind its statements. */
export interface HighlightStatement extends Node {
  readonly kind: 'highlight'
  readonly label: Text | undefined
  readonly body: readonly Statement[]
}

export interface RefStatement extends Node {
  readonly kind: 'ref'
  readonly targets: readonly Name[]
  readonly label: Text | undefined
}

export interface ActivationStatement extends Node {
  readonly kind: 'activation'
  readonly action: 'activate' | 'deactivate'
  readonly target: Name
}

export interface LifecycleStatement extends Node {
  readonly kind: 'lifecycle'
  readonly action: 'create' | 'destroy'
  readonly target: Name
}

export interface FragmentStatement extends Node {
  readonly kind: 'fragment'
  readonly keyword: FragmentKeyword
  readonly keywordSpan: Span
  readonly label: Text | undefined
  readonly body: readonly Statement[]
}

/** `else` / `and` / `option`: a further branch of the `alt` / `par` / `critical` written just before it. */
export interface BranchStatement extends Node {
  readonly kind: 'branch'
  readonly keyword: 'else' | 'and' | 'option'
  readonly keywordSpan: Span
  readonly label: Text | undefined
  readonly body: readonly Statement[]
}

export interface BoxStatement extends Node {
  readonly kind: 'box'
  readonly label: Text | undefined
  readonly body: readonly Statement[]
}

export interface DividerStatement extends Node {
  readonly kind: 'divider'
  readonly text: string
}

export interface DelayStatement extends Node {
  readonly kind: 'delay'
  readonly text: string
}

export type Statement =
  | SettingStatement
  | ParticipantStatement
  | MessageStatement
  | NoteStatement
  | RefStatement
  | ActivationStatement
  | LifecycleStatement
  | FragmentStatement
  | BranchStatement
  | BoxStatement
  | HighlightStatement
  | PropertyStatement
  | ReturnStatement
  | DividerStatement
  | DelayStatement

export interface Comment {
  readonly text: string
  readonly span: Span
}

export interface Diagram {
  readonly statements: readonly Statement[]
  readonly comments: readonly Comment[]
}
