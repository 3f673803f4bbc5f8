// AST → SequenceModel: resolves names, checks meaning, and places every item on a row (one
// pass in source order, since a row depends only on what came before).
import { error, warning, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'
import type { LineIndex } from '../diagnostics/position.js'
import { bareNameMessage } from '../diagnostics/suggest.js'
import type * as Ast from '../syntax/ast.js'
import { readAttributes } from './attributes.js'
import { styled } from './inline-styles.js'
import type { BlockStyle, Branch, Item, Message, MessageKind, SequenceModel } from './model.js'
import { linkOf } from './link.js'
import { destroyedError, ParticipantRegistry } from './participants.js'
import { arrivalMoment, lineOf } from './moment.js'
import { latestArrival, Scheduler, type MessageRows } from './schedule.js'
import { resolveRoute } from './resolve-route.js'
import { receiverOf, senderOf, type Route } from './route.js'
import { AUTONUMBER_ATTRIBUTES, blockStyle, MESSAGE_ATTRIBUTES, messageStyle, NOTE_ATTRIBUTES, PLAIN } from './schemas.js'
import { readSettings, type GlobalSettings, type SettingDefaults } from './settings.js'
import { parseCount } from './values.js'

export interface ModelResult {
  readonly model: SequenceModel
  readonly diagnostics: readonly Diagnostic[]
}

/** Unknown names reported per statement. */
const UNKNOWN_REPORTED = 5

const BRANCH_OF: Partial<Record<Ast.FragmentKeyword, Ast.BranchStatement['keyword']>> = { alt: 'else', par: 'and', critical: 'option' }
const FRAGMENT_OF: Record<Ast.BranchStatement['keyword'], Ast.FragmentKeyword> = { else: 'alt', and: 'par', option: 'critical' }

/**
 * How each arrow is drawn: `--` is a solid line without a head (Message.headless), `-x` and
 * `--x` a call and a reply that destroy their target (its lifeline ends where they arrive).
 */
const ARROW_KINDS: Record<Ast.ArrowKind, MessageKind> = {
  sync: 'sync', async: 'async', reply: 'reply', headless: 'sync', cross: 'sync', 'dashed-cross': 'reply',
}

export function buildModel(ast: Ast.Diagram, lines: LineIndex, defaults: SettingDefaults = {}): ModelResult {
  return new ModelBuilder(ast, lines, defaults).build()
}

class ModelBuilder {
  private readonly diagnostics: Diagnostic[] = []
  private readonly participants = new ParticipantRegistry(this.diagnostics)
  private readonly scheduler = new Scheduler()
  private readonly settings: GlobalSettings
  private readonly boxes: SequenceModel['boxes'][number][] = []
  /** The next autonumber, or undefined while numbering is off, with its step and format. */
  private number: number | undefined
  private numberStep = 1
  private numberFormat = '1.'
  /** Open activations, innermost last, each with the participant whose message started it: `return` replies to it. */
  private readonly calls: { readonly participant: string; readonly caller: string | undefined }[] = []
  /** The sender of the last message to each participant: the caller of a later `activate`. */
  private readonly lastSender = new Map<string, string>()

  constructor(private readonly ast: Ast.Diagram, private readonly lines: LineIndex, defaults: SettingDefaults) {
    this.settings = readSettings(ast.statements, this.diagnostics, defaults)
  }

  build(): ModelResult {
    const items = this.items(this.ast.statements, true)
    if (this.participants.ids().length === 0) {
      this.diagnostics.push(warning('empty-diagram', 'the diagram has no participants: add a message such as `a -> b: hello`', { start: 0, end: 0 }))
    }
    for (const d of this.participants.unusedWarnings()) this.diagnostics.push(d)
    const rowCount = this.scheduler.finish()
    const { asyncDelay: _, ...settings } = this.settings
    const model: SequenceModel = {
      settings,
      participants: this.participants.build(),
      items,
      activations: this.scheduler.activations,
      boxes: this.boxes,
      rowCount,
    }
    return { model, diagnostics: this.diagnostics }
  }

  private line(span: Span): number {
    return this.lines.lineOf(span.start) + 1
  }

  private items(statements: readonly Ast.Statement[], topLevel: boolean): Item[] {
    const items: Item[] = []
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i]
      if (!s) continue
      if (s.kind === 'fragment') {
        // An `alt` / `par` takes the `else` / `and` branches written right after it.
        const branches: Ast.BranchStatement[] = []
        for (let next = statements[i + 1]; next?.kind === 'branch' && next.keyword === BRANCH_OF[s.keyword]; next = statements[i + 1]) {
          branches.push(next)
          i++
        }
        items.push(this.fragment(s, branches))
        continue
      }
      const item = this.statement(s, topLevel)
      if (item) items.push(item)
    }
    return items
  }

  private fragment(s: Ast.FragmentStatement, more: readonly Ast.BranchStatement[]): Item {
    const row = this.scheduler.step()
    const first = styled(s.label?.value ?? '')
    const branches: Branch[] = [{ label: first.label, runs: first.runs, row, items: this.items(s.body, false) }]
    // A branch ends (at the next header or the closing line) after everything sent in it has arrived.
    for (const b of more) {
      const header = this.scheduler.stepAfter(latestArrival(branches.at(-1)?.items ?? []))
      const text = styled(b.label?.value ?? '')
      branches.push({ label: text.label, runs: text.runs, row: header, items: this.items(b.body, false) })
    }
    const endRow = this.scheduler.stepAfter(latestArrival(branches.at(-1)?.items ?? []))
    return { type: 'fragment', kind: s.keyword, branches, style: PLAIN, line: this.line(s.span), row, endRow }
  }

  /** A highlight band: a one-branch fragment drawn as a background, coloured by its `style.` lines. */
  private highlight(s: Ast.HighlightStatement): Item {
    const row = this.scheduler.step()
    const properties = s.body.filter((b): b is Ast.PropertyStatement => b.kind === 'property')
    const items = this.items(s.body.filter((b) => b.kind !== 'property'), false)
    const style = this.properties(properties)
    const endRow = this.scheduler.stepAfter(latestArrival(items))
    const text = styled(s.label?.value ?? '')
    return { type: 'fragment', kind: 'highlight', branches: [{ label: text.label, runs: text.runs, row, items }], style, line: this.line(s.span), row, endRow }
  }

  private statement(s: Ast.Statement, topLevel: boolean): Item | undefined {
    const line = this.line(s.span)
    // Every kind of statement is handled: the `never` below fails to compile otherwise.
    switch (s.kind) {
      case 'setting':
        if (!topLevel) this.diagnostics.push(error('misplaced-setting', `'${s.key}' is a diagram setting: put it at the top level`, s.keySpan))
        if (s.key === 'autonumber') this.autonumber(s)
        return undefined
      case 'participant':
        this.participants.declare(s, line)
        return undefined
      case 'box':
        this.box(s, topLevel)
        return undefined
      case 'message':
        return this.message(s, line)
      case 'note': {
        const targets = this.known(s.targets)
        if (s.placement !== 'over' && s.targets.length > 1) {
          this.diagnostics.push(error('note-targets', `a note ${s.placement} of a participant names only one`, s.targets[1]?.span ?? s.span))
        }
        const style = blockStyle(readAttributes(s.attributes ?? [], NOTE_ATTRIBUTES, 'note', this.diagnostics))
        const row = s.parallel ? this.scheduler.sameRow() : this.scheduler.step()
        const text = styled(s.label?.value ?? '')
        this.afterDestroy(s.targets, row, 'note')
        return targets && { type: 'note', placement: s.placement, targets, label: text.label, runs: text.runs, style, line, row }
      }
      case 'ref': {
        const targets = this.known(s.targets)
        const text = styled(s.label?.value ?? '')
        const row = this.scheduler.step()
        this.afterDestroy(s.targets, row, 'ref')
        return targets && { type: 'ref', targets, label: text.label, runs: text.runs, line, row }
      }
      case 'activation':
        this.activation(s, line)
        return undefined
      case 'return':
        return this.returnMessage(s, line)
      case 'highlight':
        return this.highlight(s)
      case 'property': {
        // Boxes (and highlights) read their own properties: one anywhere else means nothing. A
        // key without a dot is no property at all but a declaration of a name with '-' in it.
        const [code, message] = s.key.includes('.')
          ? ['misplaced-property', `'${s.key}' colours the box or highlight it stands in; a participant or a message takes it in its attributes ('a { ${s.key}: ... }')`]
          : ['invalid-name', bareNameMessage(s.key)]
        this.diagnostics.push(error(code, message, s.keySpan))
        return undefined
      }
      case 'lifecycle':
        return this.lifecycle(s, line)
      case 'divider':
      case 'delay': {
        const text = styled(s.text)
        return { type: s.kind, label: text.label, runs: text.runs, line, row: this.scheduler.step() }
      }
      case 'fragment':
        return this.fragment(s, [])
      case 'branch': {
        // Reached only when no matching fragment comes just before it.
        const wanted = FRAGMENT_OF[s.keyword]
        this.diagnostics.push(error(`${s.keyword}-outside-${wanted}`, `'${s.keyword}' must follow the closing '}' of ${wanted === 'alt' ? 'an' : 'a'} '${wanted}' block`, s.keywordSpan))
        return undefined
      }
      default:
        return unreachable(s)
    }
  }

  private autonumber(s: Ast.SettingStatement): void {
    const attrs = readAttributes(s.attributes ?? [], AUTONUMBER_ATTRIBUTES, 'autonumber', this.diagnostics)
    this.numberStep = (attrs.get('step') as number | undefined) ?? 1
    this.numberFormat = (attrs.get('format') as string | undefined) ?? '1.'
    const text = s.value?.value ?? 'true'
    if (text === 'false') this.number = undefined
    else if (text === 'true') this.number = 1
    else {
      const parsed = parseCount(text, 'autonumber')
      if (parsed.ok) this.number = parsed.value
      else this.diagnostics.push(error('invalid-value', `autonumber takes true, false or a start number, found '${text}'`, s.value?.span ?? s.keySpan))
    }
  }

  private box(s: Ast.BoxStatement, topLevel: boolean): void {
    if (!topLevel) this.diagnostics.push(error('misplaced-box', 'a box groups participants: put it at the top level', s.span))
    const ids: string[] = []
    const properties: Ast.PropertyStatement[] = []
    for (const inner of s.body) {
      if (inner.kind === 'property') {
        properties.push(inner)
        continue
      }
      if (inner.kind !== 'participant') {
        this.diagnostics.push(error('box-content', 'a box holds only participants (one name per line) and its style.fill / style.stroke', inner.span))
        continue
      }
      this.participants.declare(inner, this.line(inner.span))
      ids.push(inner.name.value)
    }
    const style = this.properties(properties)
    this.boxes.push({ label: s.label?.value ?? '', participants: ids, fill: style.fill, stroke: style.stroke, line: this.line(s.span) })
  }

  /** The `style.fill` / `style.stroke` lines of a box or a highlight, read as its attributes. */
  private properties(list: readonly Ast.PropertyStatement[]): BlockStyle {
    const attrs = list.map((p) => ({ key: p.key, keySpan: p.keySpan, value: p.value, span: p.span }))
    return blockStyle(readAttributes(attrs, NOTE_ATTRIBUTES, 'box', this.diagnostics))
  }

  /** `return`: a reply from the innermost activation's participant to its caller, ending that activation. */
  private returnMessage(s: Ast.ReturnStatement, line: number): Message | undefined {
    const call = this.calls.at(-1)
    if (!call) {
      this.diagnostics.push(error('return-without-activation', "'return' answers the innermost activation, but none is open here: activate the callee ('a -> +b') first", s.span))
      return undefined
    }
    const at = s.span
    const name = (value: string): Ast.Endpoint => ({ kind: 'name', name: { value, span: at, quoted: false } })
    const to: Ast.Endpoint = call.caller === undefined ? { kind: 'outside', span: at } : name(call.caller)
    const reply: Ast.MessageStatement = {
      kind: 'message', parallel: false, from: name(call.participant), to, arrow: 'reply', arrowSpan: at,
      activation: 'deactivate', label: s.label, attributes: [], span: s.span,
    }
    return this.message(reply, line)
  }

  private opened(participant: string, caller: string | undefined): void {
    this.calls.push({ participant, caller })
  }

  private closed(participant: string): void {
    for (let i = this.calls.length - 1; i >= 0; i--) {
      if (this.calls[i]?.participant === participant) {
        this.calls.splice(i, 1)
        return
      }
    }
  }

  /** Resolves names that must already be participants; undefined if any is unknown. */
  /** The distinct names, if all are known: a name listed twice adds nothing (and costs nothing). */
  private known(names: readonly Ast.Name[]): string[] | undefined {
    const seen = new Set<string>()
    const distinct = names.filter((n) => !seen.has(n.value) && seen.add(n.value))
    const unknown = distinct.filter((n) => !this.participants.has(n.value))
    // Each report searches every participant for a suggestion: a few per statement say enough.
    for (const n of unknown.slice(0, UNKNOWN_REPORTED)) this.diagnostics.push(this.participants.unknown(n))
    if (unknown.length > 0) return undefined
    for (const n of distinct) this.participants.takePart(n.value)
    return distinct.map((n) => n.value)
  }

  /**
   * Warns for each of `names` destroyed before `row`: the note or ref stands below the cross,
   * where no lifeline is left (Mermaid draws such notes, so an imported diagram keeps them).
   * One attached with `&` to the destroying message annotates it and is not warned about.
   */
  private afterDestroy(names: readonly Ast.Name[], row: number, what: 'note' | 'ref'): void {
    for (const n of names) {
      const line = this.participants.destroyLineBefore(n.value, row)
      if (line !== undefined) this.diagnostics.push(warning('after-destroy', `'${n.value}' was destroyed on line ${line}: this ${what} stands below its cross, where its lifeline has ended`, n.span))
    }
  }

  private activation(s: Ast.ActivationStatement, line: number): void {
    if (!this.known([s.target])) return
    const id = s.target.value
    // A bar cannot open on a lifeline that has ended (one still open ended at the cross).
    const destroyLine = s.action === 'activate' ? this.participants.destroyLineBefore(id, Infinity) : undefined
    if (destroyLine !== undefined) {
      this.diagnostics.push(destroyedError(s.target, destroyLine))
      return
    }
    if (s.action === 'activate') {
      this.scheduler.activate(id, this.scheduler.activationStart(id), line)
      this.opened(id, this.lastSender.get(id))
    } else if (this.scheduler.deactivate(id, this.scheduler.activationEnd(id), line)) this.closed(id)
    else this.diagnostics.push(warning('deactivate-without-activation', `'${id}' is not active here`, s.span))
  }

  private lifecycle(s: Ast.LifecycleStatement, line: number): Item | undefined {
    const id = s.target.value
    if (s.action === 'create') {
      const existing = this.participants.get(id)
      if (existing?.used) {
        this.diagnostics.push(error('create-after-use', `'${id}' is already in use on line ${existing.line}: put 'create ${id}' before its first message`, s.span))
        return undefined
      }
      const draft = this.participants.mention(id, line)
      draft.pendingCreate = true
      draft.takesPart = true
      return undefined
    }
    if (!this.known([s.target])) return undefined
    const draft = this.participants.get(id)
    if (!draft || draft.destroyedAt !== undefined) return undefined
    const row = this.scheduler.step()
    this.destroyedBy(id, row, line)
    return { type: 'destroy', participant: id, line, row }
  }

  private message(s: Ast.MessageStatement, line: number): Message | undefined {
    const attrs = readAttributes(s.attributes, MESSAGE_ATTRIBUTES, 'message', this.diagnostics)
    const route = resolveRoute(s, line, (attrs.get('lost') as boolean | undefined) ?? false, this.participants, this.diagnostics)
    if (!route) return undefined
    const delay = (attrs.get('delay') as number | undefined) ?? (s.arrow === 'async' ? this.settings.asyncDelay : 0)
    const from = senderOf(route)
    const rows = this.scheduler.message(from, this.targets(route), delay, s.parallel, { line, from })
    if (rows.waitedFor) {
      const awaited = rows.waitedFor.from === undefined ? 'the message from outside' : `the message from '${rows.waitedFor.from}'`
      const message = `'${from}' waits for ${awaited} on line ${rows.waitedFor.line} to arrive, so this starts on a later row than the statement before`
      this.diagnostics.push(warning('parallel-pushed', message, s.span))
    }
    const to = receiverOf(route)
    if (to !== undefined) this.creation(to, rows.arrivalRow)
    const targets = this.targets(route)
    if (targets.length === 1 && targets[0] !== undefined) this.scheduler.reached(targets[0], arrivalMoment({ route, ...rows }))
    this.activationMark(s, route, rows, line)
    if (from !== undefined) for (const target of targets) this.lastSender.set(target, from)
    const destroys = to !== undefined && targets.length === 1 && (s.arrow === 'cross' || s.arrow === 'dashed-cross')
    if (destroys) this.destroyedBy(to, rows.arrivalRow, line)
    const number = this.number
    if (number !== undefined) this.number = number + this.numberStep
    const link = linkOf(attrs)
    const text = styled(s.label?.value ?? '')
    return {
      type: 'message', kind: ARROW_KINDS[s.arrow], route, label: text.label, runs: text.runs,
      number: number === undefined ? undefined : this.numberFormat.replace('1', String(number)),
      // Every message has every key (undefined when unset): spread-in keys would give messages
      // many shapes, built and read the slow way by V8.
      headless: s.arrow === 'headless' ? true : undefined,
      destroys: destroys ? true : undefined,
      style: messageStyle(attrs), line, row: rows.row, arrivalRow: rows.arrivalRow,
      link,
    }
  }

  /** The participants a message reaches (a lost one reaches nobody, so nobody waits for it). */
  private targets(route: Route): readonly string[] {
    switch (route.kind) {
      case 'between':
      case 'found':
        return [route.to]
      case 'self':
        return [route.participant]
      case 'broadcast': {
        // Everyone it reaches takes part in the diagram.
        const ids = this.participants.ids().filter((id) => id !== route.from)
        for (const id of ids) this.participants.takePart(id)
        return ids
      }
      case 'outgoing':
      case 'lost':
        return []
    }
  }

  private creation(to: string, row: number): void {
    const draft = this.participants.get(to)
    if (draft?.pendingCreate) {
      draft.pendingCreate = false
      draft.createdAt = row
    }
  }

  private activationMark(s: Ast.MessageStatement, route: Route, rows: MessageRows, line: number): void {
    if (s.activation === 'activate') {
      const to = receiverOf(route)
      if (to === undefined) this.diagnostics.push(error('activation-target', "only a participant can be activated: remove the '+'", s.arrowSpan))
      else {
        this.scheduler.activate(to, arrivalMoment({ route, ...rows }), line)
        this.opened(to, senderOf(route))
      }
    } else if (s.activation === 'deactivate') {
      const from = senderOf(route)
      if (from !== undefined && this.scheduler.deactivate(from, lineOf(rows.row), line)) this.closed(from)
      else this.diagnostics.push(warning('deactivate-without-activation', `'${from ?? '?'}' is not active here: remove the '-'`, s.arrowSpan))
    }
  }

  /** `destroy b`, or a `-x` / `--x` message: b's lifeline ends on `row`'s line, and its bars with it. */
  private destroyedBy(id: string, row: number, line: number): void {
    const draft = this.participants.get(id)
    if (!draft || draft.destroyedAt !== undefined) return
    draft.destroyedAt = row
    draft.destroyLine = line
    for (let n = this.scheduler.deactivateAll(id, lineOf(row), line); n > 0; n--) this.closed(id)
  }
}

function unreachable(s: never): undefined {
  void s
  return undefined
}
