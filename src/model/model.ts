// The semantic model: what the diagram means, resolved and checked, with every timeline item
// placed on a row. Plain data (ids, not object links), handed to layout.
import type { Span } from '../diagnostics/diagnostic.js'
import type { Styled } from './inline-styles.js'
import type { Moment } from './moment.js'
import type { Route } from './route.js'

export const SHAPES = ['participant', 'actor', 'database', 'queue', 'boundary', 'control', 'entity', 'collections'] as const
export type Shape = (typeof SHAPES)[number]
/** Every theme, in the order messages and help list them. */
export const THEME_NAMES = ['light', 'dark', 'auto'] as const
export type ThemeName = (typeof THEME_NAMES)[number]
export type MessageKind = 'sync' | 'async' | 'reply'
/** The frame kinds, and `highlight`: a background band (no frame) behind its statements. */
export type FragmentKind = 'alt' | 'opt' | 'loop' | 'par' | 'critical' | 'break' | 'group' | 'highlight'

export interface ParticipantStyle {
  readonly fill?: string
  readonly stroke?: string
  readonly fontColor?: string
  readonly bold?: boolean
}

export interface Participant {
  readonly id: string
  readonly link?: Link
  readonly label: string
  readonly shape: Shape
  readonly style: ParticipantStyle
  /** 1-based source line of the first declaration or mention. */
  readonly line: number
  /** Row at which `create` starts the lifeline; undefined when it exists from the top. */
  readonly createdAt: number | undefined
  /** Row at which `destroy` ends the lifeline with a cross. */
  readonly destroyedAt: number | undefined
}

export interface MessageStyle {
  readonly stroke?: string
  readonly strokeDash?: string
  readonly fontColor?: string
}

export interface Message extends Styled {
  readonly type: 'message'
  readonly kind: MessageKind
  /** Who sends it to whom: the one place a message's kind of path is decided. */
  readonly route: Route
  readonly label: string
  /** The autonumber shown before the label, formatted (`1.`, `[1]`), when numbering is on. */
  readonly number: string | undefined
  /** A `link:` (http, https, mailto or relative) and a `tooltip:`, when given. */
  readonly link?: Link
  /** Drawn without an arrowhead (`a -- b`). */
  readonly headless?: true
  /** Destroys its target (`-x`, `--x`): it ends in the cross that ends the target's lifeline, not in a head. */
  readonly destroys?: true
  readonly style: MessageStyle
  readonly line: number
  /** Row the sender sends at. */
  readonly row: number
  /** Row the message arrives at: row + delay. */
  readonly arrivalRow: number
}

/** A link on a participant or a message: the target is checked safe (see values.ts parseLink). */
export interface Link {
  readonly href: string | undefined
  readonly tooltip: string | undefined
}

export interface BlockStyle {
  readonly fill?: string
  readonly stroke?: string
}

export interface Note extends Styled {
  readonly type: 'note'
  readonly style: BlockStyle
  readonly placement: 'over' | 'left' | 'right'
  /** One participant, or the first and last of the columns it spans. */
  readonly targets: readonly string[]
  readonly label: string
  readonly line: number
  readonly row: number
}

export interface Ref extends Styled {
  readonly type: 'ref'
  readonly targets: readonly string[]
  readonly label: string
  readonly line: number
  readonly row: number
}

export interface Divider extends Styled {
  readonly type: 'divider'
  readonly label: string
  readonly line: number
  readonly row: number
}

export interface Delay extends Styled {
  readonly type: 'delay'
  readonly label: string
  readonly line: number
  readonly row: number
}

export interface Destruction {
  readonly type: 'destroy'
  readonly participant: string
  readonly line: number
  readonly row: number
}

export interface Branch extends Styled {
  readonly label: string
  /** The row of the branch's header (the fragment's tab, or its `else` line). */
  readonly row: number
  readonly items: readonly Item[]
}

export interface Fragment {
  readonly type: 'fragment'
  readonly kind: FragmentKind
  readonly branches: readonly Branch[]
  /** A highlight's colours (a frame has none). */
  readonly style: BlockStyle
  readonly line: number
  readonly row: number
  /** The row that closes the frame. */
  readonly endRow: number
}

export type Item = Message | Note | Ref | Divider | Delay | Destruction | Fragment

export interface Activation {
  readonly participant: string
  /** When the bar starts and ends (moment.ts): at a row's line, or at its end. */
  readonly start: Moment
  readonly end: Moment
  /** 0 for a bar on the lifeline, 1 for one nested on it, ... */
  readonly depth: number
  /** Source lines of the statement that opens it and of the one that closes it (none when it runs to the end). */
  readonly line: number
  readonly endLine: number | undefined
}

export interface Box {
  readonly label: string
  readonly participants: readonly string[]
  readonly fill: string | undefined
  readonly stroke: string | undefined
  readonly line: number
}

export interface Settings {
  /** The title as shown (without style markers) and in styled runs. */
  readonly title: Styled | undefined
  readonly theme: ThemeName
  /** Label width in pixels before wrapping. */
  readonly wrap: number
  /** Whether the participant heads repeat at the bottom: auto leaves it to the layout (tall diagrams). */
  readonly footbox: 'auto' | boolean
}

export interface SequenceModel {
  readonly settings: Settings
  /** In column order. */
  readonly participants: readonly Participant[]
  /** The timeline in source order, fragments as a tree. */
  readonly items: readonly Item[]
  readonly activations: readonly Activation[]
  readonly boxes: readonly Box[]
  /** Rows in use: every row index is below this. */
  readonly rowCount: number
}

export type { Span }
export type { EdgeSide, Route, RouteKind } from './route.js'
