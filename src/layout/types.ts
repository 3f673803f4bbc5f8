// DiagramLayout: the geometry of a diagram, plain JSON-able data in pixels. Render reads only
// this. It carries the ids, kinds and source lines that the SVG's hooks expose (OUTPUT.md).
import type { TextRun } from '../model/inline-styles.js'

/** A stretch of label text in one style; render reads it from here, not from the model. */
export type { TextRun }
import type { BlockStyle, FragmentKind, Link, MessageKind, ParticipantStyle, MessageStyle, Shape, ThemeName } from '../model/model.js'

export interface Point {
  readonly x: number
  readonly y: number
}

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface TextBlock {
  readonly lines: readonly string[]
  /** The lines as runs of styled text (bold, italic, code), when some of the text is styled. */
  readonly styled?: readonly (readonly TextRun[])[]
  /** Anchor x: the start, middle or end of every line. */
  readonly x: number
  /** Baseline of the first line. */
  readonly y: number
  readonly anchor: 'start' | 'middle' | 'end'
  readonly fontSize: number
  readonly lineHeight: number
  readonly bold: boolean
  /** The measured extent of the text (used for overlap checks and label backgrounds). */
  readonly box: Rect
}

export interface HeadLayout {
  /** The outline of the shape's symbol (box, cylinder, figure, ...). */
  readonly symbol: Rect
  readonly label: TextBlock
  /** Everything the head occupies. */
  readonly bounds: Rect
}

export interface LifelineSegment {
  readonly y1: number
  readonly y2: number
  /** Dotted through a `...` delay. */
  readonly dotted: boolean
}

export interface ParticipantLayout {
  readonly id: string
  readonly shape: Shape
  readonly style: ParticipantStyle
  readonly x: number
  readonly head: HeadLayout
  /** The repeated head at the bottom of tall diagrams. */
  readonly foot: HeadLayout | undefined
  readonly lifeline: readonly LifelineSegment[]
  /** Centre of the `destroy` cross. */
  readonly destroyedAt: Point | undefined
  readonly line: number
  /** Its `link:` / `tooltip:`, when set. */
  readonly link?: Link
}

export interface Arrowhead {
  /** Wing, tip, wing: an open head strokes them, a filled one closes and fills them. */
  readonly points: readonly [Point, Point, Point]
  readonly filled: boolean
}

export type MessageFlag = 'self' | 'lost' | 'found' | 'outgoing' | 'broadcast' | 'slanted' | 'headless' | 'destroy'

export interface MessageLayout {
  readonly type: 'message'
  readonly kind: MessageKind
  readonly flags: readonly MessageFlag[]
  readonly from: string
  readonly to: string
  readonly line: number
  /** Polylines of the message (a broadcast has one per direction). */
  readonly paths: readonly (readonly Point[])[]
  readonly arrowheads: readonly Arrowhead[]
  /** The filled circle a lost message ends in. */
  readonly lostAt: Point | undefined
  readonly label: TextBlock | undefined
  readonly style: MessageStyle
  /** Its `link:` / `tooltip:`, when set. */
  readonly link?: Link
}

export interface NoteLayout {
  readonly type: 'note'
  readonly rect: Rect
  readonly label: TextBlock
  /** Its colours, when set. */
  readonly style?: BlockStyle
  readonly line: number
}

export interface FrameTab {
  /** The pentagon-cornered tab holding the keyword. */
  readonly rect: Rect
  readonly keyword: TextBlock
}

export interface FragmentBranchLayout {
  /** Y of the dashed separator above the branch (undefined for the first branch). */
  readonly separatorY: number | undefined
  readonly label: TextBlock | undefined
  readonly items: readonly ItemLayout[]
}

export interface FragmentLayout {
  readonly type: 'fragment'
  readonly kind: FragmentKind | 'ref'
  readonly rect: Rect
  readonly tab: FrameTab
  readonly branches: readonly FragmentBranchLayout[]
  /** A highlight band's colours, when set (frames have none). */
  readonly style?: BlockStyle
  readonly line: number
}

export interface DividerLayout {
  readonly type: 'divider'
  readonly y: number
  readonly x1: number
  readonly x2: number
  readonly label: TextBlock | undefined
  readonly line: number
}

export interface DelayLayout {
  readonly type: 'delay'
  readonly label: TextBlock | undefined
  readonly line: number
}

export type ItemLayout = MessageLayout | NoteLayout | FragmentLayout | DividerLayout | DelayLayout

export interface ActivationLayout {
  readonly participant: string
  readonly rect: Rect
  readonly line: number
}

export interface BoxLayout {
  readonly rect: Rect
  readonly label: TextBlock | undefined
  /** Its colours, when set. */
  readonly style?: BlockStyle
  readonly line: number
}

export interface DiagramLayout {
  /** The drawing's extent: the SVG's viewBox. */
  readonly viewBox: Rect
  readonly theme: ThemeName
  readonly title: TextBlock | undefined
  readonly boxes: readonly BoxLayout[]
  readonly participants: readonly ParticipantLayout[]
  readonly activations: readonly ActivationLayout[]
  /** The timeline in source order, fragments holding their branches' items. */
  readonly items: readonly ItemLayout[]
  /** Who sends what to whom, in words, for the SVG's <desc>. */
  readonly description: string
  readonly titleText: string
}

/** `{ style }` when the style sets anything, so layouts without colours carry no empty key. */
export function styleField(style: BlockStyle | undefined): { readonly style?: BlockStyle } {
  return style && (style.fill !== undefined || style.stroke !== undefined) ? { style } : {}
}
