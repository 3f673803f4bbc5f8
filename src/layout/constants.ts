// Every distance the layout uses, in pixels, with why it has the value it has.

/** Body text: readable at 100% zoom, the size most diagram tools use. */
export const FONT_SIZE = 14
export const TITLE_FONT_SIZE = 18
/** Small print: fragment keywords, note-free tags. */
export const SMALL_FONT_SIZE = 12
/** Line spacing as a multiple of the font size, tall enough for accents and descenders. */
export const LINE_HEIGHT = 1.4

/** Blank border around the whole drawing. */
export const MARGIN = 16
export const TITLE_GAP = 16

/** Padding inside a participant box, around its label. */
export const HEAD_PAD_X = 14
export const HEAD_PAD_Y = 9
export const HEAD_MIN_WIDTH = 84
/** Icon shapes (actor, boundary, control, entity) draw a symbol this tall above the label. */
export const ICON_SIZE = 34
/**
 * The actor's stick figure is as tall as a participant's box around one line of text, and
 * three quarters as wide as tall: drawn smaller, its thin strokes read as half the size of
 * the shapes beside it (PlantUML and Mermaid draw it at least that large).
 */
export const ACTOR_HEIGHT = FONT_SIZE * LINE_HEIGHT + 2 * HEAD_PAD_Y
export const ACTOR_WIDTH = 0.75 * ACTOR_HEIGHT
export const ICON_LABEL_GAP = 4
/** Height of the elliptic cap of a database cylinder, and the width of a queue's end. */
export const CYLINDER_CAP = 8
/** Offset of the stacked back box of a `collections` head. */
export const COLLECTION_OFFSET = 5
/** Gap between two neighbouring heads. */
export const COLUMN_GAP = 28
/** Gap between the heads and the first row, and after the last row. */
export const HEAD_GAP = 14
export const END_GAP = 18

/** Space between a message label's bottom and its line; clears the arrowhead's wings. */
export const LABEL_GAP = 6
/** Horizontal room beside a message label inside its span. */
export const LABEL_PAD = 12
/** Minimum height above an empty row's anchor, so slanted messages visibly slant. */
export const EMPTY_ROW_HEIGHT = 22
/** Minimum vertical room a message row needs above its line (a label-less message). */
export const MESSAGE_ROW_MIN = 22
export const ROW_BELOW_MIN = 8

export const ARROW_LENGTH = 10
export const ARROW_HALF_WIDTH = 5
/** Radius of the dot a lost message ends in; how far short of its target it stops. */
export const LOST_RADIUS = 4
export const LOST_SHORTFALL = 48
/** Width and height of a self-message's loop. */
export const SELF_WIDTH = 32
export const SELF_HEIGHT = 22
/** How far right of its lifeline a self-message's label starts. */
export const SELF_LABEL_INSET = 4
/** How much a row grows above a label that a slanted line crosses wherever it goes, per try: steeper, the line crosses a narrower stretch. */
export const CROWDED_ROW_GROWTH = 24
/** How many times the rows are laid out again for such labels before they are left as they are. */
export const CROWDED_ROW_TRIES = 2
/** How far a found or outgoing message reaches beyond the outermost column. */
export const OUTSIDE_REACH = 56

export const ACTIVATION_WIDTH = 10
/** Each nested activation bar is shifted right by this much. */
export const ACTIVATION_NEST = 5
/** An activation bar reaches this far above its first and below its last row's line. */
export const ACTIVATION_OVERHANG = 4

export const NOTE_PAD_X = 10
export const NOTE_PAD_Y = 7
export const NOTE_FOLD = 8
/** A participant box's padding around its participants' heads, and around its label. */
export const BOX_PAD = 10
/** Least gap between a message label and a box's side beside it: the label's patch and a little air. */
export const BOX_SIDE_CLEARANCE = 4

/** Gap between a note and its lifeline, or between a note and the row above. */
export const NOTE_GAP = 8

export const FRAME_PAD = 12
/**
 * Least gap between a frame's side and a lifeline (or its bars) it passes beside: closer, the
 * two read as one double line. A frame whose side would come nearer is widened past that
 * lifeline by FRAME_PAD, as it passes the lifelines it holds.
 */
export const FRAME_CLEARANCE = 8
/** Each level of nested frames inside a frame adds this much to its side padding. */
export const FRAME_NEST = 8
export const TAB_PAD_X = 8
export const TAB_PAD_Y = 3
export const TAB_CUT = 7
export const FRAME_BOTTOM_GAP = 8
export const BRANCH_GAP = 6

/**
 * Notes, frames and separators hang below their row's anchor, this far down, so a delayed
 * message arriving on that row lands (arrowhead and all) above them.
 */
export const LANDING = 8

/** How far each lane of a shared row steps below the one above when it has no label: clears two arrowheads' wings. */
export const LANE_STEP = 14
/** Room between a laned label's top and the line of the lane above it: an arrowhead's wing and a little air. */
export const LANE_CLEARANCE = 7
/**
 * How far a delayed arrival drops below its row's line when that lifeline is taken there (by
 * another message, a frame's bottom edge or a divider): the two heads stay apart, for lines up to about 45° steep.
 */
export const ARRIVAL_STEP = 18

export const DIVIDER_PAD = 10
export const DELAY_HEIGHT = 30
export const DESTROY_SIZE = 9
