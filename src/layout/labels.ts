// The measured text of every label in the model, computed once and shared by the horizontal
// pass, the vertical pass and placement.
import type { Branch, Item, Message, Participant, SequenceModel } from '../model/model.js'
import { FONT_SIZE, SMALL_FONT_SIZE, TITLE_FONT_SIZE } from './constants.js'
import type { FontSpec, TextMeasurer } from './measure.js'
import { measureText, type MeasuredText } from './text.js'

export const BODY: FontSpec = { size: FONT_SIZE, bold: false }
export const SMALL: FontSpec = { size: SMALL_FONT_SIZE, bold: true }
const TITLE: FontSpec = { size: TITLE_FONT_SIZE, bold: true }

export class Labels {
  private readonly cache = new Map<object, MeasuredText | null>()
  private readonly smallCache = new Map<string, MeasuredText>()

  constructor(private readonly measurer: TextMeasurer, private readonly wrap: number) {}

  /** The label of an item or branch; undefined when it has none. */
  of(owner: Item | Branch): MeasuredText | undefined {
    // Every pass asks for every label, so a hit is one lookup (null: known to have none).
    const cached = this.cache.get(owner)
    if (cached !== undefined) return cached ?? undefined
    const text = labelText(owner)
    const measured = text ? measureText(text, BODY, this.measurer, this.wrap) : null
    this.cache.set(owner, measured)
    return measured ?? undefined
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
}

function labelText(owner: Item | Branch): string {
  if (!('type' in owner)) return owner.label ? `[${owner.label}]` : ''
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

function messageText(m: Message): string {
  return m.number === undefined ? m.label : `${m.number} ${m.label}`
}
