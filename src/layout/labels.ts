// The measured text of every label in the model, computed once and shared by the horizontal
// pass, the vertical pass and placement.
import type { Branch, FragmentKind, Item, Message, Participant, SequenceModel } from '../model/model.js'
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
    const text = this.text(owner)
    const measured = text ? measureText(text, BODY, this.measurer, this.wrap) : null
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
    const wider = measureText(this.text(owner), BODY, this.measurer, room)
    if (wider.lines.length < text.lines.length && wider.width <= room) this.cache.set(owner, wider)
  }

  participant(p: Participant): MeasuredText {
    const cached = this.cache.get(p)
    if (cached) return cached
    const measured = measureText(p.label, { size: FONT_SIZE, bold: p.style.bold ?? false }, this.measurer, this.wrap)
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
    return title ? measureText(title, TITLE, this.measurer, Math.max(this.wrap * 3, 600)) : undefined
  }

  /** The text drawn for an item or branch: a guard in brackets, a name as it is. */
  private text(owner: Item | Branch): string {
    if ('type' in owner) return itemText(owner)
    return owner.label && !this.named.has(owner) ? `[${owner.label}]` : owner.label
  }
}

/**
 * Fragments labelled with a name rather than a guard condition: a `group` is named (as in
 * PlantUML), and a highlight band's label is a caption.
 */
const NAMED_KINDS: ReadonlySet<FragmentKind> = new Set(['group', 'highlight'])

function itemText(owner: Item): string {
  switch (owner.type) {
    case 'message':
      return messageText(owner)
    case 'fragment':
    case 'destroy':
      return ''
    default:
      return owner.label
  }
}

/** A no-break space: the autonumber stays on the line of the label's first word. */
const KEEP_TOGETHER = '\u00a0'

function messageText(m: Message): string {
  return m.number === undefined ? m.label : `${m.number}${KEEP_TOGETHER}${m.label}`
}
