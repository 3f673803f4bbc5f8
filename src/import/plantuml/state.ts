// What the PlantUML reader keeps while it reads: the cursor over the lines (multi-line
// statements read on), the activations (PlantUML's `return` answers the innermost one), and
// the settings that shape later statements (`autoactivate`, participant skinparams).
import type * as Ast from '../../syntax/ast.js'
import type { DiagramBuilder } from '../builder.js'
import type { SourceLine } from '../lines.js'

/** An activation: who was activated, and who sent the message that activated it. */
interface Activation {
  readonly callee: string
  readonly caller: string
}

export class PlantUmlState {
  index = 0
  autoactivate = false
  /** Style attributes that `skinparam participantBackgroundColor` and the like give every participant of a kind. */
  readonly kindStyles = new Map<string, Ast.Attribute[]>()
  private readonly activations: Activation[] = []
  /** The sender of the latest message to each participant, the caller of an `activate` that follows. */
  private readonly lastSender = new Map<string, string>()
  /** The number the next message gets and the step: `autonumber resume` goes on from there. */
  numbering: { next: number; step: number; on: boolean; format?: string | undefined } = { next: 1, step: 1, on: false }
  /** The latest message, which a `note left` without a target stands beside. */
  lastMessage: { from: string; to: string } | undefined

  constructor(readonly b: DiagramBuilder, readonly lines: readonly SourceLine[]) {}

  /** The next line, consumed; undefined at the end. */
  next(): SourceLine | undefined {
    if (this.index + 1 >= this.lines.length) return undefined
    this.index++
    return this.lines[this.index]
  }

  /** The lines up to one matching `end` (consumed), and that end line (undefined if the text ends first). */
  readUntil(end: RegExp): { body: SourceLine[]; end: SourceLine | undefined } {
    const body: SourceLine[] = []
    for (let l = this.next(); l; l = this.next()) {
      if (end.test(l.text)) return { body, end: l }
      body.push(l)
    }
    return { body, end: undefined }
  }

  /** A message was drawn: it took a number, if numbering is on. */
  numbered(): void {
    if (this.numbering.on) this.numbering = { ...this.numbering, next: this.numbering.next + this.numbering.step }
  }

  messageSent(from: string, to: string): void {
    this.lastSender.set(to, from)
    this.lastMessage = { from, to }
  }

  activate(callee: string, caller = this.lastSender.get(callee) ?? callee): void {
    this.activations.push({ callee, caller })
  }

  /** Ends the innermost activation of `callee`; false if it has none. */
  deactivate(callee: string): boolean {
    const at = this.activations.map((a) => a.callee).lastIndexOf(callee)
    if (at < 0) return false
    this.activations.splice(at, 1)
    return true
  }

  isActive(callee: string): boolean {
    return this.activations.some((a) => a.callee === callee)
  }

  /** Ends the innermost activation: the one `return` answers. */
  popActivation(): Activation | undefined {
    return this.activations.pop()
  }
}
