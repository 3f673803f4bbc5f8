// Inline text styles in labels: `**bold**`, `*italic*` / `_italic_` and `` `code` ``, read
// the way CommonMark reads emphasis, stricter where diagrams need it. The text becomes runs,
// each with its styles; the markers that did their job are gone, every other character stays.
//
// What stays literal (nothing a user writes disappears):
// - a marker that cannot open or close: `2 * 3 * 4`, `SELECT * FROM`, a lone `**`, and one
//   inside a word, for `*` as for `_` (CommonMark's rules for `_`, applied to both: CommonMark
//   lets `*` work inside words, and diagrams are full of `a*b*c` and `snake_case_names`);
// - an opener without a closer, and a closer without an opener;
// - a word with a `/` in it, a path, a glob or a URL (`src/**/*.ts`, `https://x.org/a_b`): its
//   markers belong to it, except those closing around it at its end (`*see /docs*`);
// - a backslash before `*`, `_` or `` ` `` makes that character literal and is dropped; before
//   anything else a backslash is itself (`C:\temp`).
// A code span is a run of backticks up to the next run of as many; its content is taken as
// written (no emphasis, no escapes), with one space trimmed from each side when both have one,
// as in CommonMark. Emphasis may wrap a code span (`**`x`**` is bold code).

export interface TextRun {
  readonly text: string
  readonly bold: boolean
  readonly italic: boolean
  readonly code: boolean
}

interface Delimiter {
  readonly char: '*' | '_'
  /** The run's length as written. */
  readonly length: number
  /** Markers not yet used: what is left is printed as written. */
  count: number
  readonly canOpen: boolean
  readonly canClose: boolean
  /** Cleared when a match encloses it: it can no longer pair with anything outside. */
  active: boolean
}

interface Piece {
  text: string
  readonly code: boolean
  /** How many strong (bold) and emphasis (italic) pairs enclose it. */
  bold: number
  italic: number
  readonly delimiter?: Delimiter
}

const ESCAPABLE = new Set(['*', '_', '`'])
/** A character that can style text or escape one that could: without one, a label is plain. */
const MARKER = /[*_`]/
/** A word up to a blank or a code span (sticky: matched where `lastIndex` says). */
const WORD = /[^\s`]+/uy
/** Emphasis markers at a word's end, and punctuation after them (`*see /docs*,`). */
const CLOSING_MARKERS = /[*_]+[^\p{L}\p{N}/]*$/u
const WHITESPACE = /\s/u
const PUNCTUATION = /[\p{P}\p{S}]/u

/** A label as the model carries it: the text without markers, and the same text in styled runs. */
export interface Styled {
  /** The text as shown, without the markers that styled it: what descriptions and hovers say. */
  readonly label: string
  /** The same text split by style, for measuring and drawing. */
  readonly runs: readonly TextRun[]
}

/** The label and runs of a label written as `source`. */
export function styled(source: string): Styled {
  const runs = parseInlineStyles(source)
  return { label: plainText(runs), runs }
}

/** The runs of `source`, adjacent runs of the same style merged; one plain run when it has no styles. */
export function parseInlineStyles(source: string): TextRun[] {
  // Most labels have no marker at all: they are one plain run, as written. (The scan builds its
  // text a character at a time; for them that was most of the model's time, and a label kept as
  // a chain of one-character strings made the SVG's final join flatten every one of them.)
  if (!MARKER.test(source)) return [{ text: source, bold: false, italic: false, code: false }]
  const pieces = scan(source)
  matchEmphasis(pieces)
  return merge(pieces)
}

/** The text as shown, without the markers that styled it. */
export function plainText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('')
}

/** Whether any run carries a style. */
export function isStyled(runs: readonly TextRun[]): boolean {
  return runs.some((r) => r.bold || r.italic || r.code)
}

/** Splits the source into text, code spans and delimiter runs. */
function scan(source: string): Piece[] {
  const pieces: Piece[] = []
  let text = ''
  const flush = (): void => {
    if (text) pieces.push({ text, code: false, bold: 0, italic: 0 })
    text = ''
  }
  let i = 0
  while (i < source.length) {
    const c = source[i] ?? ''
    const word = isWordStart(source, i) ? literalWord(source, i) : undefined
    if (word) {
      text += word
      i += word.length
    } else if (c === '\\' && ESCAPABLE.has(source[i + 1] ?? '')) {
      text += source[i + 1]
      i += 2
    } else if (c === '`') {
      const span = codeSpan(source, i)
      if (span) {
        flush()
        pieces.push({ text: span.content, code: true, bold: 0, italic: 0 })
      } else text += source.slice(i, i + ticks(source, i))
      i = span ? span.end : i + ticks(source, i)
    } else if (c === '*' || c === '_') {
      const length = runLength(source, i, c)
      flush()
      pieces.push({ text: '', code: false, bold: 0, italic: 0, delimiter: delimiter(source, i, length, c) })
      i += length
    } else {
      text += c
      i++
    }
  }
  flush()
  return pieces
}

/** Where a word starts: after a blank, a `(`, or emphasis markers that may open around it. */
function isWordStart(source: string, i: number): boolean {
  return i === 0 || /[\s(*_]/u.test(source[i - 1] ?? '')
}

/** The word at `i` when it is a path or a URL (it holds a `/`), less markers closing at its end. */
function literalWord(source: string, i: number): string | undefined {
  // A marker starting the word is scanned as one; the word is looked at from after it.
  if (source[i] === '*' || source[i] === '_') return undefined
  WORD.lastIndex = i
  const word = WORD.exec(source)?.[0] ?? ''
  if (!word.includes('/')) return undefined
  return word.replace(CLOSING_MARKERS, '') || undefined
}

function runLength(source: string, i: number, c: string): number {
  let j = i
  while (source[j] === c) j++
  return j - i
}

function ticks(source: string, i: number): number {
  return runLength(source, i, '`')
}

/** The code span opened by the backticks at `i`, or undefined when no run of as many closes it. */
function codeSpan(source: string, i: number): { content: string; end: number } | undefined {
  const open = ticks(source, i)
  let j = i + open
  while (j < source.length) {
    if (source[j] !== '`') {
      j++
      continue
    }
    const close = ticks(source, j)
    if (close === open) {
      const raw = source.slice(i + open, j)
      const padded = raw.length > 2 && raw.startsWith(' ') && raw.endsWith(' ') && raw.trim() !== ''
      return { content: padded ? raw.slice(1, -1) : raw, end: j + close }
    }
    j += close
  }
  return undefined
}

/**
 * CommonMark's flanking rules for `_`, for `*` too: a run opens where it starts a word
 * (left-flanking, and not right-flanking unless punctuation stands before it) and closes where
 * it ends one (the mirror image), so a run inside a word does neither.
 */
function delimiter(source: string, i: number, length: number, char: '*' | '_'): Delimiter {
  const before = source[i - 1] ?? ' '
  const after = source[i + length] ?? ' '
  const spaceBefore = WHITESPACE.test(before)
  const spaceAfter = WHITESPACE.test(after)
  const punctBefore = PUNCTUATION.test(before)
  const punctAfter = PUNCTUATION.test(after)
  const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore)
  const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter)
  return {
    char,
    length,
    count: length,
    canOpen: left && (!right || punctBefore),
    canClose: right && (!left || punctAfter),
    active: true,
  }
}

/** CommonMark's "process emphasis": pairs closers with the nearest opener that fits. */
function matchEmphasis(pieces: Piece[]): void {
  pieces.forEach((closerPiece, c) => {
    const closer = closerPiece.delimiter
    if (!closer?.canClose) return
    while (closer.active && closer.count > 0) {
      const o = findOpener(pieces, c, closer)
      if (o === undefined) return
      const opener = pieces[o]?.delimiter as Delimiter
      const strong = opener.count >= 2 && closer.count >= 2
      for (let k = o + 1; k < c; k++) enclose(pieces[k] as Piece, strong)
      opener.count -= strong ? 2 : 1
      closer.count -= strong ? 2 : 1
    }
  })
}

function findOpener(pieces: readonly Piece[], c: number, closer: Delimiter): number | undefined {
  for (let o = c - 1; o >= 0; o--) {
    const opener = pieces[o]?.delimiter
    if (!opener?.active || !opener.canOpen || opener.count === 0 || opener.char !== closer.char) continue
    // CommonMark's "rule of 3": a run that can both open and close pairs only with one whose
    // length does not make their sum a multiple of 3 (unless both are), so `*a**b*` nests.
    const both = (opener.canOpen && opener.canClose) || (closer.canOpen && closer.canClose)
    if (both && (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0)) continue
    return o
  }
  return undefined
}

function enclose(piece: Piece, strong: boolean): void {
  if (strong) piece.bold++
  else piece.italic++
  // A marker inside a pair can no longer pair with one outside it.
  if (piece.delimiter) piece.delimiter.active = false
}

function merge(pieces: readonly Piece[]): TextRun[] {
  const runs: TextRun[] = []
  for (const piece of pieces) {
    const text = piece.delimiter ? piece.delimiter.char.repeat(piece.delimiter.count) : piece.text
    if (!text) continue
    const run: TextRun = { text, bold: piece.bold > 0, italic: piece.italic > 0, code: piece.code }
    const last = runs.at(-1)
    if (last && last.bold === run.bold && last.italic === run.italic && last.code === run.code) {
      runs[runs.length - 1] = { ...last, text: last.text + text }
    } else runs.push(run)
  }
  return runs.length > 0 ? runs : [{ text: '', bold: false, italic: false, code: false }]
}
