// Text with inline styles, as wrapping sees it: one plain string, the font of each stretch of
// it, and widths of any slice measured stretch by stretch with its own font (bold, italic and
// code each have their own metrics). Plain text is a single stretch, measured as before.
import type { TextRun } from '../model/inline-styles.js'
import type { FontSpec, TextMeasurer } from './measure.js'

/** A label as layout takes it: plain text, or runs of styled text (see model/inline-styles.ts). */
export type LabelText = string | readonly TextRun[]

/** Half-open offsets into a text. */
export interface Range {
  readonly start: number
  readonly end: number
}

interface Stretch extends Range {
  readonly run: TextRun
  readonly font: FontSpec
}

export class StyledText {
  readonly text: string
  /** The styled stretches, in order; undefined when the whole text is in the base font. */
  private readonly stretches: readonly Stretch[] | undefined

  constructor(label: LabelText, readonly font: FontSpec, private readonly measurer: TextMeasurer) {
    if (typeof label === 'string' || !label.some((r) => r.bold || r.italic || r.code)) {
      this.text = typeof label === 'string' ? label : label.map((r) => r.text).join('')
      this.stretches = undefined
      return
    }
    const stretches: Stretch[] = []
    let start = 0
    for (const run of label) {
      const end = start + run.text.length
      const runFont = { size: font.size, bold: font.bold || run.bold, italic: run.italic, mono: run.code }
      stretches.push({ start, end, run, font: runFont })
      start = end
    }
    this.text = stretches.map((s) => s.run.text).join('')
    this.stretches = stretches
  }

  get isStyled(): boolean {
    return this.stretches !== undefined
  }

  /** Width of the text from `start` to `end`, each styled stretch measured in its own font. */
  width(start: number, end: number): number {
    if (!this.stretches) return this.measurer.width(this.text.slice(start, end), this.font)
    let total = 0
    for (const s of this.stretches) {
      if (s.end <= start || s.start >= end) continue
      total += this.measurer.width(this.text.slice(Math.max(start, s.start), Math.min(end, s.end)), s.font)
    }
    return total
  }

  /** The runs from `start` to `end` (undefined for plain text). */
  runs(start: number, end: number): TextRun[] | undefined {
    if (!this.stretches) return undefined
    const runs: TextRun[] = []
    for (const s of this.stretches) {
      if (s.end <= start || s.start >= end) continue
      runs.push({ ...s.run, text: this.text.slice(Math.max(start, s.start), Math.min(end, s.end)) })
    }
    return runs
  }
}
