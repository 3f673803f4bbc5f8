// The source editor: a plain text area over a layer that marks each diagnostic's range (a
// wavy underline, red for errors, amber for warnings), a gutter of line numbers flagging the
// lines with problems, and a list of the problems that moves the caret to one when clicked.
// A text area keeps the browser's own editing, undo, selection and accessibility.
import type { Diagnostic } from '../../browser/index.js'

export interface EditorElements {
  readonly source: HTMLTextAreaElement
  readonly marks: HTMLElement
  readonly gutter: HTMLElement
  readonly problems: HTMLOListElement
}

export class Editor {
  constructor(private readonly el: EditorElements) {
    el.problems.addEventListener('click', (event) => {
      const item = (event.target as HTMLElement).closest('li')
      if (item) this.select(Number(item.dataset['start']), Number(item.dataset['end']))
    })
  }

  get text(): string {
    return this.el.source.value
  }

  set text(value: string) {
    this.el.source.value = value
  }

  /** Shows `diagnostics` (of the current text) in the marks, the gutter and the list. */
  show(diagnostics: readonly Diagnostic[]): void {
    const text = this.text
    this.el.marks.replaceChildren(...markedText(text, diagnostics))
    const worst = new Map<number, Diagnostic['severity']>()
    for (const d of diagnostics) if (worst.get(d.range.start.line) !== 'error') worst.set(d.range.start.line, d.severity)
    const lineCount = text.split('\n').length
    this.el.gutter.replaceChildren(
      ...Array.from({ length: lineCount }, (_, i) => {
        const span = document.createElement('span')
        span.textContent = `${i + 1}\n`
        const severity = worst.get(i + 1)
        if (severity) span.className = severity
        return span
      }),
    )
    this.el.problems.replaceChildren(
      ...diagnostics.map((d) => {
        const item = document.createElement('li')
        item.className = d.severity
        item.dataset['start'] = String(d.range.start.offset)
        item.dataset['end'] = String(d.range.end.offset)
        item.textContent = `${d.range.start.line}:${d.range.start.column} ${d.severity}: ${d.message}`
        return item
      }),
    )
    this.el.problems.hidden = diagnostics.length === 0
    this.fit()
  }

  /** Grows the text area to its text, so the editor's frame scrolls text, marks and gutter together. */
  fit(): void {
    const area = this.el.source
    area.style.height = 'auto'
    area.style.width = 'auto'
    area.style.height = `${area.scrollHeight}px`
    area.style.width = `${Math.max(area.scrollWidth, area.parentElement?.clientWidth ?? 0)}px`
  }

  private select(start: number, end: number): void {
    this.el.source.focus()
    this.el.source.setSelectionRange(start, Math.max(start, end))
  }
}

/** The text as nodes with a <mark> over each diagnostic's range (an empty range marks a gap). */
function markedText(text: string, diagnostics: readonly Diagnostic[]): Node[] {
  const ranges = [...diagnostics].sort((a, b) => a.range.start.offset - b.range.start.offset)
  const nodes: Node[] = []
  let at = 0
  for (const d of ranges) {
    const start = Math.max(at, d.range.start.offset)
    const end = Math.max(start, d.range.end.offset)
    if (start > text.length) break
    nodes.push(document.createTextNode(text.slice(at, start)))
    const mark = document.createElement('mark')
    mark.className = start === end ? `${d.severity} empty` : d.severity
    mark.textContent = text.slice(start, end)
    mark.title = d.message
    nodes.push(mark)
    at = end
  }
  // A final line break needs something after it to be laid out as in the text area.
  nodes.push(document.createTextNode(`${text.slice(at)} `))
  return nodes
}
