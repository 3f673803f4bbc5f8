// Text measurement from precomputed font metrics (src/layout/font-metrics.ts), so layout is
// exact, deterministic and needs neither a DOM nor a font parser at run time.
import { charClass, type CharClass } from '../diagnostics/char-class.js'
import { BOLD_ITALIC_METRICS, BOLD_METRICS, ITALIC_METRICS, MONO_METRICS, REGULAR_METRICS, type FontMetrics } from './font-metrics.js'

export interface FontSpec {
  readonly size: number
  readonly bold: boolean
  /** `*italic*` text in a label. */
  readonly italic?: boolean
  /** `` `code` `` in a label: drawn in a monospace font. */
  readonly mono?: boolean
}

export interface TextMeasurer {
  /** Width in pixels of one line of text (no line breaks). */
  width(text: string, font: FontSpec): number
}

/** Highest code point the tables cover; above it only the class estimates below apply. */
const TABLE_END = 0x2600

// Estimates, in 1/1000 em, for characters outside the tables: browsers draw them from some
// other installed font, so these err on the wide side.
const WIDE_EM = 1000 // CJK ideographs, kana, Hangul, full-width forms
const EMOJI_EM = 1250 // colour emoji are drawn a little wider than 1 em
const OTHER_EM = 700

const ESTIMATES: Readonly<Record<CharClass, number>> = { zero: 0, emoji: EMOJI_EM, wide: WIDE_EM, other: OTHER_EM }

/** One width per code point; where `metrics` has no glyph, the width from `fallback` (if given). */
function flatten(metrics: FontMetrics, fallback?: Int16Array): Int16Array {
  const table = fallback ? fallback.slice() : new Int16Array(TABLE_END).fill(-1)
  for (const range of metrics.ranges) {
    range.widths.forEach((w, i) => {
      if (w >= 0 || !fallback) table[range.start + i] = w
    })
  }
  return table
}

function estimate(char: string): number {
  return ESTIMATES[charClass(char)]
}

function widthTable(table: Int16Array): (text: string) => number {
  return (text) => {
    let total = 0
    // By index rather than `for (const char of text)`: the string iterator made measuring
    // several times slower, and every label is measured.
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i) ?? 0
      if (cp > 0xffff) i++ // the low half of a surrogate pair belongs to this character
      const known = cp < TABLE_END ? (table[cp] ?? -1) : -1
      total += known >= 0 ? known : estimate(String.fromCodePoint(cp))
    }
    return total
  }
}

/**
 * Browsers snap glyph advances to their rasteriser's grid (hinting), which can make a line a
 * little wider than the sum of its font-unit advances: measured in Chromium, up to about 1.5%
 * plus a fraction of a pixel. The slack covers that, so a label always fits its box.
 */
const SLACK_RATIO = 1.03
const SLACK_PX = 1

/** The production measurer: font metrics of the drawn font stack (see font-metrics.ts). */
export function createFontMeasurer(): TextMeasurer {
  const regularTable = flatten(REGULAR_METRICS)
  const boldTable = flatten(BOLD_METRICS)
  const regular = widthTable(regularTable)
  const bold = widthTable(boldTable)
  const italic = widthTable(flatten(ITALIC_METRICS))
  const boldItalic = widthTable(flatten(BOLD_ITALIC_METRICS))
  // A character the monospace font lacks is drawn from a fallback font: measured as body text.
  const mono = widthTable(flatten(MONO_METRICS, regularTable))
  const boldMono = widthTable(flatten(MONO_METRICS, boldTable))
  const face = (font: FontSpec): ((text: string) => number) => {
    if (font.mono) return font.bold ? boldMono : mono
    if (font.italic) return font.bold ? boldItalic : italic
    return font.bold ? bold : regular
  }
  return {
    width: (text, font) => {
      if (text === '') return 0
      return ((face(font)(text) * font.size) / 1000) * SLACK_RATIO + SLACK_PX
    },
  }
}

/** Ascent and descent of the measured fonts, as fractions of the font size. */
export const FONT_ASCENT = REGULAR_METRICS.ascent / 1000
export const FONT_DESCENT = REGULAR_METRICS.descent / 1000
