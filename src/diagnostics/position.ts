// Offsets to 1-based line and column numbers. Columns count Unicode code points, so a caret
// lands under the right character even after emoji or other astral characters.

export interface Position {
  /** 1-based line. */
  readonly line: number
  /** 1-based column, in code points. */
  readonly column: number
}

export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1)
    }
  }

  /** The length of the text, in UTF-16 units. */
  get length(): number {
    return this.text.length
  }

  /** The 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return low
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    const line = this.lineOf(clamped)
    const start = this.starts[line] ?? 0
    return { line: line + 1, column: codePointsBetween(this.text, start, clamped) + 1 }
  }

  /** The length of a 1-based line without its line break, in UTF-16 units. */
  lineLength(line: number): number {
    const start = this.starts[line - 1] ?? this.text.length
    let end = this.starts[line] ?? this.text.length
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--
    return end - start
  }

  /** The offset where a 1-based line starts (the end of the text past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length
    const next = this.starts[line]
    const raw = this.text.slice(start, next ?? this.text.length)
    return raw.replace(/\r?\n$|\r$/, '')
  }
}

/** Code points in text[from, to), counted without copying (a line may be a megabyte long). */
function codePointsBetween(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from && isHigh(text.charCodeAt(i - 1)))) count++
  }
  return count
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
