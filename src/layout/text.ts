// Text blocks: wrapping at a width with measured words, and placing a measured block.
import { FONT_ASCENT, FONT_DESCENT, type FontSpec, type TextMeasurer } from './measure.js'
import { LINE_HEIGHT } from './constants.js'
import type { Rect, TextBlock } from './types.js'

export interface MeasuredText {
  readonly lines: readonly string[]
  readonly width: number
  readonly height: number
  readonly font: FontSpec
}

/** Breaks `text` at `\n` and, past `maxWidth`, between words (inside a word when it must). */
export function measureText(text: string, font: FontSpec, measurer: TextMeasurer, maxWidth = Infinity): MeasuredText {
  const lines: string[] = []
  let width = 0
  for (const raw of text.split('\n')) {
    const paragraph = raw.trim()
    // Most paragraphs fit: measured once, they need no wrapping and no second measurement.
    const whole = measurer.width(paragraph, font)
    if (whole <= maxWidth) {
      lines.push(paragraph)
      width = Math.max(width, whole)
      continue
    }
    for (const line of wrapParagraph(paragraph, font, measurer, maxWidth)) {
      lines.push(line)
      width = Math.max(width, measurer.width(line, font))
    }
  }
  return { lines, width, height: lines.length * font.size * LINE_HEIGHT, font }
}

/** Breaks a paragraph wider than `maxWidth` into lines. */
function wrapParagraph(paragraph: string, font: FontSpec, measurer: TextMeasurer, maxWidth: number): string[] {
  const lines: string[] = []
  const space = measurer.width(' ', font)
  let current = ''
  let currentWidth = 0
  for (const word of paragraph.split(/ +/)) {
    const wordWidth = measurer.width(word, font)
    if (current && currentWidth + space + wordWidth <= maxWidth) {
      current += ` ${word}`
      currentWidth += space + wordWidth
      continue
    }
    if (current) lines.push(current)
    if (wordWidth <= maxWidth) {
      current = word
      currentWidth = wordWidth
      continue
    }
    const pieces = breakWord(word, font, measurer, maxWidth)
    current = pieces.pop() ?? ''
    currentWidth = measurer.width(current, font)
    lines.push(...pieces)
  }
  lines.push(current)
  return lines
}

/** Characters after which a long word (a URL, a path, a query) may break before any other. */
const SOFT_BREAK = /(?<=[/?&=,;:._-])(?=.)/u

function breakWord(word: string, font: FontSpec, measurer: TextMeasurer, maxWidth: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const part of word.split(SOFT_BREAK)) {
    if (measurer.width(piece + part, font) <= maxWidth) {
      piece += part
      continue
    }
    if (piece) pieces.push(piece)
    piece = ''
    // A part still too wide on its own is cut between characters.
    for (const char of part) {
      if (piece && measurer.width(piece + char, font) > maxWidth) {
        pieces.push(piece)
        piece = ''
      }
      piece += char
    }
  }
  pieces.push(piece)
  return pieces
}

/** Glyphs such as 'j' reach a little outside their advance width (a negative side bearing). */
const INK_OVERHANG = 1

/** Places a measured block whose box starts at `top`, anchored at `x`. */
export function placeText(text: MeasuredText, x: number, top: number, anchor: TextBlock['anchor']): TextBlock {
  const size = text.font.size
  const lineHeight = size * LINE_HEIGHT
  const glyphHeight = (FONT_ASCENT + FONT_DESCENT) * size
  const baseline = top + (lineHeight - glyphHeight) / 2 + FONT_ASCENT * size
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - text.width / 2 : x - text.width
  const box: Rect = { x: left - INK_OVERHANG, y: top, width: text.width + 2 * INK_OVERHANG, height: text.height }
  return { lines: text.lines, x, y: baseline, anchor, fontSize: size, lineHeight, bold: text.font.bold, box }
}
