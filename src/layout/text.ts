// Text blocks: wrapping at a width with measured words, and placing a measured block.
import { FONT_ASCENT, FONT_DESCENT, type FontSpec, type TextMeasurer } from './measure.js'
import { LINE_HEIGHT } from './constants.js'
import type { TextRun } from '../model/inline-styles.js'
import { StyledText, type LabelText, type Range } from './styled-text.js'
import type { Rect, TextBlock } from './types.js'

export interface MeasuredText {
  readonly lines: readonly string[]
  /** The lines as runs of styled text, when some of the text is styled (`**bold**`, ...). */
  readonly styled?: readonly (readonly TextRun[])[]
  readonly width: number
  readonly height: number
  readonly font: FontSpec
}

export interface Wrapping {
  /** Width past which a line breaks between words; no limit when left out. */
  readonly maxWidth?: number
  /** Keeps each line's leading white space (a note laid out by hand); otherwise lines are trimmed. */
  readonly keepIndent?: boolean
}

/**
 * Breaks `label` at `\n` and, past `maxWidth`, between words (inside a word when it must).
 * Styled text breaks the same way, each stretch measured in its own font, and a styled run may
 * continue on the next line.
 */
export function measureText(label: LabelText, font: FontSpec, measurer: TextMeasurer, wrapping: Wrapping = {}): MeasuredText {
  const { maxWidth = Infinity, keepIndent = false } = wrapping
  const text = new StyledText(label, font, measurer)
  const lines: string[] = []
  const styled: TextRun[][] = []
  let width = 0
  let offset = 0
  for (const raw of text.text.split('\n')) {
    const lead = raw.length - raw.trimStart().length
    const start = offset + (keepIndent ? 0 : lead)
    const paragraph: Range = { start, end: Math.max(start, offset + raw.trimEnd().length) }
    offset += raw.length + 1
    // Most paragraphs fit: measured once, they need no wrapping and no second measurement.
    const whole = text.width(paragraph.start, paragraph.end)
    if (whole <= maxWidth) {
      lines.push(text.text.slice(paragraph.start, paragraph.end))
      styled.push(text.runs(paragraph.start, paragraph.end) ?? [])
      width = Math.max(width, whole)
      continue
    }
    // A kept indentation stands in front of every line its paragraph wraps into (a hanging
    // indent), so a wrapped entry of an indented list or payload stays under its key.
    const indent = paragraph.start + Math.min(lead, paragraph.end - paragraph.start)
    const indentText = text.text.slice(paragraph.start, indent)
    const indentRuns = indent > paragraph.start ? (text.runs(paragraph.start, indent) ?? []) : []
    const indentWidth = indent > paragraph.start ? text.width(paragraph.start, indent) : 0
    // Never narrower than half the room: a deep indentation then runs past it instead.
    for (const line of balancedParagraph(text, { start: indent, end: paragraph.end }, Math.max(maxWidth - indentWidth, maxWidth / 2))) {
      lines.push(indentText + text.text.slice(line.start, line.end))
      styled.push([...indentRuns, ...(text.runs(line.start, line.end) ?? [])])
      width = Math.max(width, indentWidth + text.width(line.start, line.end))
    }
  }
  const height = lines.length * font.size * LINE_HEIGHT
  // `styled` is always a key (undefined for plain text): a spread-in key gives the measured
  // texts two shapes, which V8 builds and reads the slow way in every pass.
  return { lines, styled: text.isStyled ? styled : undefined, width, height, font }
}

/** Narrowest width tried apart, in px, when balancing lines: finer steps change nothing visible. */
const BALANCE_PRECISION = 4

/**
 * Breaks a paragraph wider than `maxWidth` into as few lines as `maxWidth` allows, as even as
 * they can be: at the narrowest width that still needs no more lines, so that no word is left
 * alone on a last line when the words above could share the room.
 */
function balancedParagraph(text: StyledText, paragraph: Range, maxWidth: number): Range[] {
  const words = wordsOf(text.text, paragraph)
  const greedy = wrapParagraph(text, words, maxWidth)
  if (greedy.length < 2 || !Number.isFinite(maxWidth)) return greedy
  let best = greedy
  // Never so narrow that a word which fits on a line of `maxWidth` has to break.
  const widestWhole = Math.max(0, ...words.map((w) => text.width(w.start, w.end)).filter((w) => w <= maxWidth))
  let [low, high] = [Math.max(maxWidth / greedy.length, widestWhole), maxWidth]
  while (high - low > BALANCE_PRECISION) {
    const mid = (low + high) / 2
    const lines = wrapParagraph(text, words, mid)
    if (lines.length <= greedy.length) [best, high] = [lines, mid]
    else low = mid
  }
  return best
}

/** The words of a paragraph: what stands between spaces. */
function wordsOf(text: string, paragraph: Range): Range[] {
  const words: Range[] = []
  for (const m of text.slice(paragraph.start, paragraph.end).matchAll(/[^ ]+/g)) {
    words.push({ start: paragraph.start + m.index, end: paragraph.start + m.index + m[0].length })
  }
  return words.length > 0 ? words : [{ start: paragraph.start, end: paragraph.start }]
}

/** Breaks a paragraph wider than `maxWidth` into lines (each keeps the spaces between its words). */
function wrapParagraph(text: StyledText, words: readonly Range[], maxWidth: number): Range[] {
  const lines: Range[] = []
  let current: Range | undefined
  let currentWidth = 0
  for (const word of words) {
    const wordWidth = text.width(word.start, word.end)
    const gap = current ? text.width(current.end, word.start) : 0
    if (current && currentWidth + gap + wordWidth <= maxWidth) {
      currentWidth += gap + wordWidth
      current = { start: current.start, end: word.end }
      continue
    }
    if (wordWidth <= maxWidth) {
      if (current) lines.push(current)
      current = word
      currentWidth = wordWidth
      continue
    }
    // A word too wide for any line begins on the current one, as far as its soft breaks allow,
    // so that a short word before it (`GET` before a long URL) is not left on a line alone.
    const lead = current ? softPrefixEnd(text, word, maxWidth - currentWidth - gap) : word.start
    if (current) lines.push(lead > word.start ? { start: current.start, end: lead } : current)
    const pieces = breakWord(text, { start: lead, end: word.end }, maxWidth)
    current = pieces.pop()
    currentWidth = current ? text.width(current.start, current.end) : 0
    lines.push(...pieces)
  }
  if (current) lines.push(current)
  return lines
}

/**
 * Characters after which a word too long for a line (a URL, a path, an identifier) may break
 * before anywhere else: not after `:` or `,`, which hold times and numbers together.
 */
const SOFT_BREAK = /(?<=[/?&=._-])(?=.)/u

/** The word cut after each soft break: the pieces a word too long for a line breaks between first. */
function softParts(text: StyledText, word: Range): Range[] {
  const parts: Range[] = []
  let start = word.start
  for (const part of text.text.slice(word.start, word.end).split(SOFT_BREAK)) {
    parts.push({ start, end: start + part.length })
    start += part.length
  }
  return parts
}

/** Where the longest start of `word` that ends at a soft break and fits in `room` ends (its start if none fits). */
function softPrefixEnd(text: StyledText, word: Range, room: number): number {
  let end = word.start
  for (const part of softParts(text, word)) {
    if (part.end === word.end || text.width(word.start, part.end) > room) break
    end = part.end
  }
  return end
}

function breakWord(text: StyledText, word: Range, maxWidth: number): Range[] {
  const pieces: Range[] = []
  let [start, end] = [word.start, word.start]
  for (const part of softParts(text, word)) {
    if (text.width(start, part.end) <= maxWidth) {
      end = part.end
      continue
    }
    if (end > start) pieces.push({ start, end })
    start = part.start
    // A part still too wide on its own is cut between characters.
    for (const char of text.text.slice(part.start, part.end)) {
      const charEnd = end + char.length
      if (end > start && text.width(start, charEnd) > maxWidth) {
        pieces.push({ start, end })
        start = end
      }
      end = charEnd
    }
  }
  pieces.push({ start, end })
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
  return { lines: text.lines, styled: text.styled, x, y: baseline, anchor, fontSize: size, lineHeight, bold: text.font.bold, box }
}
