// What both readers (Mermaid, PlantUML) build with: a Lifeline AST whose spans point into the
// *original* source, so the formatter (src/format) keeps its blank lines and puts every
// carried-over comment where it was. Also owns the participant ids, the open blocks (`end`
// closes the innermost), and the rule that nothing is dropped silently: `unsupported` records
// a warning at the item's position and a `# import:` comment at that place in the output.
import { error, warning, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'
import type * as Ast from '../syntax/ast.js'
import { deriveId } from './ids.js'

type Body = Ast.Statement[]

/** A block being read: its statements so far and what it becomes when closed. */
interface OpenBlock {
  /** `merged`: a box inside a box, whose participants go into the enclosing box's body. */
  readonly kind: 'fragment' | 'branch' | 'box' | 'highlight' | 'merged'
  readonly keyword: Ast.FragmentKeyword | Ast.BranchStatement['keyword'] | 'box' | 'highlight'
  /** The fragment a branch belongs to (a fragment's own keyword), which decides its next branch's word. */
  readonly owner: Ast.FragmentKeyword | 'box' | 'highlight'
  readonly label: Ast.Text | undefined
  readonly start: number
  readonly keywordSpan: Span
  readonly body: Body
}

export interface BlockHeader {
  readonly keyword: Ast.FragmentKeyword | 'box' | 'highlight'
  readonly label?: string | undefined
  /** The background colour of a box or highlight: a `style.fill` line first in its body. */
  readonly fill?: string | undefined
  /** The header line, from the keyword to the end of the label. */
  readonly span: Span
}

export interface ParticipantDeclaration {
  /** The name the other tool refers to it by (its alias if it has one). */
  readonly key: string
  /** What it shows, when that differs from `key`. */
  readonly display?: string | undefined
  readonly attributes?: readonly Ast.Attribute[]
  readonly span: Span
}

/** Reports one kind of markup a label loses: `kind` says which (reported once per diagram), `message` what. */
export type MarkupReport = (kind: string, message: string) => void

export const text = (value: string, span: Span): Ast.Text => ({ value, span })
const name = (value: string, span: Span): Ast.Name => ({ value, span, quoted: false })

export function attribute(key: string, value: string, span: Span): Ast.Attribute {
  return { key, keySpan: span, value: text(value, span), span }
}

export class DiagramBuilder {
  readonly diagnostics: Diagnostic[] = []
  private readonly comments: Ast.Comment[] = []
  private readonly root: Body = []
  private readonly stack: OpenBlock[] = []
  /** Source name → Lifeline id, and whether a statement declares it yet. */
  private readonly ids = new Map<string, { id: string; declared: boolean }>()
  private readonly taken = new Set<string>()
  /** `# import:` notes waiting to trail the statement that ends at this offset. */
  private readonly trailing = new Map<number, Ast.Comment>()
  /** Participants whose lifeline has ended (a cross or `destroy`), until created again. */
  private readonly destroyed = new Set<string>()
  /** The kinds of approximation already reported by `unsupportedOnce`. */
  private readonly reported = new Set<string>()

  /**
   * @param styles writes a label of the source tool in Lifeline's inline-style syntax (see
   *   styles.ts); applied to every label Lifeline draws with styles, not to names
   */
  constructor(private readonly styles: (text: string, report: MarkupReport) => string) {}

  private get body(): Body {
    return this.stack[this.stack.length - 1]?.body ?? this.root
  }

  add(statement: Ast.Statement): void {
    const s = this.besideLifeline(this.restyled(statement))
    if (!s) return
    this.body.push(s)
    if (s.kind === 'message' && (s.arrow === 'cross' || s.arrow === 'dashed-cross') && s.to.kind === 'name') this.destroyed.add(s.to.name.value)
    if (s.kind === 'lifecycle') this.destroyed[s.action === 'destroy' ? 'add' : 'delete'](s.target.value)
  }

  /**
   * A note, ref or activation naming a participant whose lifeline has ended: Lifeline refuses
   * the activation and would draw the note or ref below the cross, with a warning. A note right
   * after the message that destroyed it stands on that message's row (`&`, where the other
   * tool draws it); anything else is kept as a comment.
   */
  private besideLifeline(s: Ast.Statement): Ast.Statement | undefined {
    const names = s.kind === 'note' || s.kind === 'ref' ? s.targets : s.kind === 'activation' ? [s.target] : []
    const gone = names.find((n) => this.destroyed.has(n.value))
    if (!gone) return s
    const before = this.body[this.body.length - 1]
    if (s.kind === 'note' && before?.kind === 'message' && before.to.kind === 'name' && before.to.name.value === gone.value) return { ...s, parallel: true }
    const said = s.kind === 'note' || s.kind === 'ref' ? `: ${(s.label?.value ?? '').replace(/\n/g, ' ')}` : ''
    this.unsupported(s.span, `this ${s.kind} names '${gone.value}' after its lifeline ended, which Lifeline cannot draw; kept as a comment${said}`)
    return undefined
  }

  /** The statement with its label in Lifeline's inline-style syntax, where it takes styles. */
  private restyled(s: Ast.Statement): Ast.Statement {
    switch (s.kind) {
      case 'message':
      case 'note':
      case 'ref':
      case 'return':
        return s.label ? { ...s, label: this.styledText(s.label, s.span) } : s
      case 'divider':
      case 'delay':
        return { ...s, text: this.styled(s.text, s.span) }
      case 'setting':
        return s.key === 'title' && s.value ? { ...s, value: this.styledText(s.value, s.span) } : s
      default:
        return s
    }
  }

  /** `text` in Lifeline's syntax; markup it cannot carry is reported once per kind, after the statement at `span`. */
  private styled(text: string, span: Span): string {
    return this.styles(text, (kind, message) => this.unsupportedOnce(kind, span, message, span.end))
  }

  private styledText(t: Ast.Text, span: Span): Ast.Text {
    return { ...t, value: this.styled(t.value, span) }
  }

  /** The Lifeline id of a name the source used, if any statement so far used it. */
  knownId(key: string): string | undefined {
    return this.ids.get(key)?.id
  }

  /**
   * A participant declaration. Its statement is written when the source declares it (so column
   * order and boxes stay as written) or when the id alone would lose its name or attributes.
   */
  declare(p: ParticipantDeclaration, explicit: boolean): string {
    const known = this.ids.get(p.key)
    const display = p.display ?? p.key
    const id = known?.id ?? deriveId(p.key, this.taken)
    const attributes = p.attributes ?? []
    const needed = explicit || display !== id || attributes.length > 0
    if (!known) {
      this.taken.add(id)
      this.ids.set(p.key, { id, declared: false })
    }
    const entry = this.ids.get(p.key)
    if (entry && needed && (!entry.declared || display !== p.key || attributes.length > 0)) {
      const label = display !== id ? text(display, p.span) : undefined
      this.add({ kind: 'participant', span: p.span, name: name(id, p.span), label, attributes })
      entry.declared = true
    }
    return id
  }

  /** A message end naming a participant, declaring it (at `span`) on first use. */
  endpoint(key: string, span: Span): Ast.Endpoint {
    const id = this.knownId(key) ?? this.declare({ key, span: { start: span.start, end: span.start } }, false)
    return { kind: 'name', name: name(id, span) }
  }

  /**
   * A name a statement refers to (note, activation, ...). Lifeline declares participants only
   * by declaration or message, so a first mention here gets a declaration statement.
   */
  target(key: string, span: Span): Ast.Name {
    const id = this.knownId(key) ?? this.declare({ key, span: { start: span.start, end: span.start } }, true)
    return name(id, span)
  }

  /** The given ids, left to right (columns are in order of first mention). */
  inColumnOrder(ids: readonly string[]): string[] {
    const order = [...this.ids.values()].map((e) => e.id)
    return [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))
  }

  /** The ids of the first and the last participant so far (one id if there is one). */
  firstAndLast(): string[] {
    const ids = [...this.ids.values()].map((e) => e.id)
    return [...new Set([ids[0], ids[ids.length - 1]].filter((id): id is string => id !== undefined))]
  }

  open(header: BlockHeader): void {
    const outer = header.keyword === 'box' ? this.stack.find((b) => b.kind === 'box') : undefined
    if (outer) {
      // Lifeline's boxes do not nest: the inner box's participants join the outer box.
      this.stack.push({ kind: 'merged', keyword: 'box', owner: 'box', label: undefined, start: header.span.start, keywordSpan: header.span, body: outer.body })
      const inner = header.label ? `the box '${header.label}'` : 'this box'
      this.unsupported(header.span, `${inner} inside the box '${outer.label?.value ?? ''}' is merged into it${header.fill ? ', its colour left out' : ''}: Lifeline boxes do not nest`, header.span.end)
      return
    }
    const kind = header.keyword === 'box' || header.keyword === 'highlight' ? header.keyword : 'fragment'
    const label = header.label ? text(kind === 'box' ? header.label : this.styled(header.label, header.span), header.span) : undefined
    const at = { start: header.span.end, end: header.span.end }
    const body: Body = header.fill ? [{ kind: 'property', span: at, key: 'style.fill', keySpan: at, value: text(header.fill, at) }] : []
    this.stack.push({ kind, keyword: header.keyword, owner: header.keyword, label, start: header.span.start, keywordSpan: header.span, body })
  }

  /** The fragment (or box) the innermost open block belongs to, if any. */
  innermost(): OpenBlock['owner'] | undefined {
    return this.stack[this.stack.length - 1]?.owner
  }

  /** `else` / `and` / `option`: ends the open branch where its line starts and opens the next one. */
  branch(keyword: Ast.BranchStatement['keyword'], label: string | undefined, span: Span, lineStart: number): void {
    const owner = this.innermost() ?? 'alt'
    this.close(lineStart)
    this.stack.push({ kind: 'branch', keyword, owner, label: label ? text(this.styled(label, span), span) : undefined, start: span.start, keywordSpan: span, body: [] })
  }

  /**
   * A diagram setting such as `title` or `autonumber`; Lifeline takes them at the top level
   * only. A setting that holds for the whole diagram (all but `autonumber`) written again
   * replaces the earlier one, which is reported: Lifeline would warn or refuse twice.
   */
  setting(key: Ast.SettingKey, value: string, span: Span, attributes: readonly Ast.Attribute[] = []): void {
    if (this.stack.length > 0) {
      this.unsupported(span, `'${key}' inside a block is not carried over: Lifeline sets it for the whole diagram, at the top level`)
      return
    }
    const earlier = key === 'autonumber' ? -1 : this.root.findIndex((s) => s.kind === 'setting' && s.key === key)
    const replaced = this.root[earlier]
    if (replaced?.kind === 'setting') {
      this.root.splice(earlier, 1)
      if (replaced.value?.value !== value) this.unsupported(replaced.span, `'${key}' is set twice: this '${replaced.value?.value ?? ''}' is left out for the later '${value}'`)
    }
    this.add({ kind: 'setting', span, key, keySpan: span, value: text(value, span), attributes })
  }

  /** Closes the innermost block at offset `end`; false when none is open. */
  close(end: number): boolean {
    const block = this.stack.pop()
    if (!block) return false
    const span = { start: block.start, end }
    const parent = this.body
    if (block.kind === 'merged') return true
    if (block.kind === 'box' || block.kind === 'highlight') parent.push({ kind: block.kind, span, label: block.label, body: block.body })
    else if (block.kind === 'branch') {
      parent.push({ kind: 'branch', span, keyword: block.keyword as Ast.BranchStatement['keyword'], keywordSpan: block.keywordSpan, label: block.label, body: block.body })
    } else parent.push({ kind: 'fragment', span, keyword: block.keyword as Ast.FragmentKeyword, keywordSpan: block.keywordSpan, label: block.label, body: block.body })
    return true
  }

  /** One line of a comment of the source, carried over as `# text`. */
  comment(line: string, span: Span): void {
    this.comments.push({ text: line.trim() ? `# ${line.trim()}` : '#', span })
  }

  /**
   * Something with no Lifeline equivalent: a warning at `span` saying what was done instead,
   * and a `# import:` comment there in the output (after the statement ending at `after`, if
   * given, so it trails the statement that stands for the item).
   */
  unsupported(span: Span, message: string, after?: number): void {
    // one warning per position (the report keeps one per place): a second joins the first
    const same = this.diagnostics.findIndex((d) => d.code === 'import-unsupported' && d.span.start === span.start)
    const earlier = this.diagnostics[same]
    if (earlier) this.diagnostics[same] = warning('import-unsupported', `${earlier.message}; ${message}`, earlier.span)
    else this.diagnostics.push(warning('import-unsupported', message, span))
    const note = `# import: ${message}`
    if (after === undefined) {
      this.comments.push({ text: note, span })
      return
    }
    const before = this.trailing.get(after)
    this.trailing.set(after, { text: before ? `${before.text}; ${message}` : note, span: { start: after, end: after } })
  }

  /** As `unsupported`, but only the first time an item of this `kind` is met. */
  unsupportedOnce(kind: string, span: Span, message: string, after?: number): void {
    if (this.reported.has(kind)) return
    this.reported.add(kind)
    this.unsupported(span, message, after)
  }

  error(code: string, message: string, span: Span): void {
    this.diagnostics.push(error(code, message, span))
  }

  /**
   * The finished AST. Blocks still open are closed and reported, naming the word that closes
   * them: an error, or (`lenient`, as PlantUML, which closes them itself) a warning.
   */
  finish(end: number, closer: (keyword: string) => string, lenient = false): Ast.Diagram {
    while (this.stack.length > 0) {
      const block = this.stack[this.stack.length - 1]
      const what = `this '${block?.keyword}' is never closed`
      if (block && lenient) this.diagnostics.push(warning('unclosed-block', `${what}: it is closed at the end of the diagram`, block.keywordSpan))
      else if (block) this.error('unclosed-block', `${what}: add '${closer(block.keyword)}'`, block.keywordSpan)
      this.close(end)
    }
    const comments = [...this.comments, ...this.trailing.values()].sort((a, b) => a.span.start - b.span.start)
    return { statements: this.root, comments }
  }
}
