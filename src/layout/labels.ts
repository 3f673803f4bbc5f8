// The measured text of every label in the model, computed once and shared by the horizontal
// pass, the vertical pass and placement.
import type { TextRun } from '../model/inline-styles.js'
import type { Branch, FragmentKind, Item, Message, Note, Participant, SequenceModel } from '../model/model.js'
import { FONT_SIZE, SMALL_FONT_SIZE, TITLE_FONT_SIZE } from './constants.js'
import type { FontSpec, TextMeasurer } from './measure.js'
import { measureText, type MeasuredText } from './text.js'
import { forEachItem } from './walk.js'

export const BODY: FontSpec = { size: FONT_SIZE, bold: false }
export const SMALL: FontSpec = { size: SMALL_FONT_SIZE, bold: true }
const TITLE: FontSpec = { size: TITLE_FONT_SIZE, bold: true }

export class Labels {
  private readonly cache = new Map<object, MeasuredText | null>()
  private readonly smallCache = new Map<string, MeasuredText>()

  private readonly wrap: number
  /** Branches whose label is a name, not a guard: drawn without brackets. */
  private readonly named = new Set<Branch>()

  constructor(private readonly measurer: TextMeasurer, model: SequenceModel) {
    this.wrap = model.settings.wrap
    forEachItem(model.items, (item) => {
      if (item.type === 'fragment' && NAMED_KINDS.has(item.kind)) for (const b of item.branches) this.named.add(b)
    })
  }

  /** The label of an item or branch; undefined when it has none. */
  of(owner: Item | Branch): MeasuredText | undefined {
    // Every pass asks for every label, so a hit is one lookup (null: known to have none).
    const cached = this.cache.get(owner)
    if (cached !== undefined) return cached ?? undefined
    const measured = this.measure(owner, this.wrap) ?? null
    this.cache.set(owner, measured)
    return measured ?? undefined
  }

  /**
   * Measures a label again, wrapped at `room` instead of the diagram's width when its room
   * (wrap-by-room.ts) is wider, and keeps that when it takes fewer lines and fits the room.
   */
  widen(owner: Item | Branch, room: number): void {
    const text = this.of(owner)
    if (!text || room <= this.wrap || text.lines.length < 2) return
    const wider = this.measure(owner, room)
    if (wider && wider.lines.length < text.lines.length && wider.width <= room) this.cache.set(owner, wider)
  }

  /** A label wrapped at `maxWidth`; a note laid out by hand keeps its lines' indentation. */
  private measure(owner: Item | Branch, maxWidth: number): MeasuredText | undefined {
    const text = 'type' in owner ? labelText(owner) : this.guard(owner)
    const laidOut = 'type' in owner && owner.type === 'note' && keepsLines(owner)
    return text && measureText(laidOut ? indented(text) : text, BODY, this.measurer, { maxWidth, keepIndent: laidOut })
  }

  /** A branch's label: a guard in brackets, a name as it is. */
  private guard(b: Branch): readonly TextRun[] | undefined {
    if (!b.label) return undefined
    return this.named.has(b) ? b.runs : [plain('['), ...b.runs, plain(']')]
  }

  participant(p: Participant): MeasuredText {
    const cached = this.cache.get(p)
    if (cached) return cached
    const measured = measureText(p.label, { size: FONT_SIZE, bold: p.style.bold ?? false }, this.measurer, { maxWidth: this.wrap })
    this.cache.set(p, measured)
    return measured
  }

  /** Small bold text: fragment keywords, asked for by every pass for every fragment. */
  small(text: string): MeasuredText {
    const cached = this.smallCache.get(text)
    if (cached) return cached
    const measured = measureText(text, SMALL, this.measurer)
    this.smallCache.set(text, measured)
    return measured
  }

  title(model: SequenceModel): MeasuredText | undefined {
    const title = model.settings.title
    return title?.label ? measureText(title.runs, TITLE, this.measurer, { maxWidth: Math.max(this.wrap * 3, 600) }) : undefined
  }
}

/**
 * Fragments labelled with a name rather than a guard condition: a `group` is named (as in
 * PlantUML), and a highlight band's label is a caption.
 */
const NAMED_KINDS: ReadonlySet<FragmentKind> = new Set(['group', 'highlight'])

/**
 * Whether a note keeps its lines as written: one written over several lines (a `"""` block or
 * `\n`) is laid out by hand, a list, a payload or code, so it is left-aligned and keeps each
 * line's indentation, as PlantUML draws notes; a note on one line (wrapped or not) stays
 * centred, as Mermaid draws it.
 */
export function keepsLines(note: Note): boolean {
  return note.label.includes('\n')
}

/** A tab in an indentation counts as this many spaces. */
const TAB_SPACES = 4

/**
 * The runs with each line's leading spaces and tabs as no-break spaces: SVG collapses and
 * strips ordinary spaces, but draws no-break ones, which have the same width in every font
 * of the stack.
 */
function indented(runs: readonly TextRun[]): TextRun[] {
  let lineStart = true
  return runs.map((run) => {
    // Blanks after a line break, and at the run's start when a line starts there (a run in
    // mid-line keeps its leading space).
    const text = run.text.replace(/(?<=^|\n)[ \t]+/g, (lead: string, at: number) =>
      at === 0 && !lineStart ? lead : lead.replace(/ /g, NO_BREAK).replace(/\t/g, NO_BREAK.repeat(TAB_SPACES)),
    )
    lineStart = /\n[ \t]*$/.test(run.text) || (lineStart && /^[ \t]*$/.test(run.text))
    return { ...run, text }
  })
}

/** An item's label in runs, and what layout adds around it (a message's number). */
function labelText(owner: Item): readonly TextRun[] | undefined {
  switch (owner.type) {
    case 'message':
      return messageText(owner)
    case 'fragment':
    case 'destroy':
      return undefined
    default:
      return owner.label ? owner.runs : undefined
  }
}

function plain(text: string): TextRun {
  return { text, bold: false, italic: false, code: false }
}

/** A no-break space: an autonumber stays on the line of the label's first word. */
const NO_BREAK = '\u00a0'

function messageText(m: Message): readonly TextRun[] | undefined {
  if (m.number === undefined) return m.label ? m.runs : undefined
  return [plain(`${m.number}${NO_BREAK}`), ...m.runs]
}
