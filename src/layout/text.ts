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
    for (const line of balancedParagraph(paragraph, font, measurer, maxWidth)) {
      lines.push(line)
      width = Math.max(width, measurer.width(line, font))
    }
  }
  return { lines, width, height: lines.length * font.size * LINE_HEIGHT, font }
}

/** Narrowest width tried apart, in px, when balancing lines: finer steps change nothing visible. */
const BALANCE_PRECISION = 4

/**
 * Breaks a paragraph wider than `maxWidth` into as few lines as `maxWidth` allows, as even as
 * they can be: at the narrowest width that still needs no more lines, so that no word is left
 * alone on a last line when the words above could share the room.
 */
function balancedParagraph(paragraph: string, font: FontSpec, measurer: TextMeasurer, maxWidth: number): string[] {
  const greedy = wrapParagraph(paragraph, font, measurer, maxWidth)
  if (greedy.length < 2 || !Number.isFinite(maxWidth)) return greedy
  let best = greedy
  // Never so narrow that a word which fits on a line of `maxWidth` has to break.
  const widestWhole = Math.max(0, ...paragraph.split(/ +/).map((w) => measurer.width(w, font)).filter((w) => w <= maxWidth))
  let [low, high] = [Math.max(maxWidth / greedy.length, widestWhole), maxWidth]
  while (high - low > BALANCE_PRECISION) {
    const mid = (low + high) / 2
    const lines = wrapParagraph(paragraph, font, measurer, mid)
    if (lines.length <= greedy.length) [best, high] = [lines, mid]
    else low = mid
  }
  return best
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

/**
 * Characters after which a word too long for a line (a URL, a path, an identifier) may break
 * before anywhere else: not after `:` or `,`, which hold times and numbers together.
 */
const SOFT_BREAK = /(?<=[/?&=._-])(?=.)/u

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
