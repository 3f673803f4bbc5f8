// The participant registry: columns in order of first declaration or mention, declarations
// merged (a later `id: Label { shape: ... }` completes an id first seen in a message).
import { error, warning, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'
import type * as Ast from '../syntax/ast.js'
import { readAttributes, type AttributeSchema } from './attributes.js'
import { SHAPES, type Link, type Participant, type ParticipantStyle, type Shape } from './model.js'
import { linkOf } from './link.js'
import { didYouMean } from '../diagnostics/suggest.js'
import { parseBoolean, parseColor, parseLink, parseText, type Parsed } from './values.js'

/** A message or a new bar naming a participant after `line` destroyed it. */
export function destroyedError(name: Ast.Name, line: number): Diagnostic {
  return error('destroyed-participant', `'${name.value}' was destroyed on line ${line}`, name.span)
}

export function parseShape(text: string): Parsed<Shape> {
  const shape = SHAPES.find((s) => s === text)
  if (shape) return { ok: true, value: shape }
  return { ok: false, message: `unknown shape '${text}'${didYouMean(text, SHAPES) || `; shapes are ${SHAPES.join(', ')}`}` }
}

export const PARTICIPANT_ATTRIBUTES: AttributeSchema = {
  shape: parseShape,
  'style.fill': parseColor,
  'style.stroke': parseColor,
  'style.font-color': parseColor,
  'style.bold': parseBoolean,
  link: parseLink,
  tooltip: parseText,
}

interface Draft {
  id: string
  label: string
  labelSet: boolean
  shape: Shape
  style: ParticipantStyle
  link: Link | undefined
  line: number
  createdAt: number | undefined
  destroyedAt: number | undefined
  /** Line of the `destroy` statement, for messages that come after it. */
  destroyLine: number | undefined
  /** Set between `create id` and the first message that reaches it. */
  pendingCreate: boolean
  /** Whether a message has named it yet (a later `create` is then too late). */
  used: boolean
  /** Whether any statement other than a declaration names it: a message, a note, an activation, ... */
  takesPart: boolean
  /** Where it was first declared, when a declaration came before any other mention. */
  declaredAt: Span | undefined
}

/** How many unknown names per diagram get a "did you mean" (see unknown()). */
export const SUGGESTED_NAMES = 50

export class ParticipantRegistry {
  private readonly drafts = new Map<string, Draft>()
  private suggested = 0

  constructor(private readonly diagnostics: Diagnostic[]) {}

  has(id: string): boolean {
    return this.drafts.has(id)
  }

  get(id: string): Draft | undefined {
    return this.drafts.get(id)
  }

  ids(): string[] {
    return [...this.drafts.keys()]
  }

  /** Marks a known participant as taking part in the diagram. */
  takePart(id: string): void {
    const draft = this.drafts.get(id)
    if (draft) draft.takesPart = true
  }

  /** Records a mention (creating the participant on first sight). */
  mention(id: string, line: number): Draft {
    let draft = this.drafts.get(id)
    if (!draft) {
      draft = {
        id, label: id, labelSet: false, shape: 'participant', style: {}, link: undefined, line,
        createdAt: undefined, destroyedAt: undefined, destroyLine: undefined, pendingCreate: false, used: false,
        takesPart: false, declaredAt: undefined,
      }
      this.drafts.set(id, draft)
    }
    return draft
  }

  declare(statement: Ast.ParticipantStatement, line: number): void {
    const known = this.drafts.has(statement.name.value)
    const draft = this.mention(statement.name.value, line)
    if (!known) draft.declaredAt = statement.name.span
    if (statement.label) {
      if (draft.labelSet && draft.label !== statement.label.value) {
        this.diagnostics.push(error('conflicting-label', `'${draft.id}' already has the label '${draft.label}'`, statement.label.span))
      }
      draft.label = statement.label.value
      draft.labelSet = true
    }
    const attrs = readAttributes(statement.attributes, PARTICIPANT_ATTRIBUTES, 'participant', this.diagnostics)
    const shape = attrs.get('shape') as Shape | undefined
    if (shape) draft.shape = shape
    draft.style = {
      ...draft.style,
      ...pick(attrs, 'style.fill', 'fill'),
      ...pick(attrs, 'style.stroke', 'stroke'),
      ...pick(attrs, 'style.font-color', 'fontColor'),
      ...pick(attrs, 'style.bold', 'bold'),
    }
    const link = linkOf(attrs)
    if (link) draft.link = { href: link.href ?? draft.link?.href, tooltip: link.tooltip ?? draft.link?.tooltip }
  }

  /**
   * The diagnostic for a name that is not a participant. Only the first SUGGESTED_NAMES get a
   * "did you mean" (each searches the participants): a diagram of thousands of unknown names
   * costs no more than one of fifty, and a reader never sees more than a screenful anyway.
   */
  unknown(name: Ast.Name): Diagnostic {
    const hint = this.suggested++ < SUGGESTED_NAMES ? didYouMean(name.value, this.ids()) : ''
    return error('unknown-participant', `unknown participant '${name.value}'${hint}`, name.span)
  }

  /** The line that destroyed `name`'s participant at a row before `row`; undefined when none did. */
  destroyLineBefore(name: string, row: number): number | undefined {
    const draft = this.drafts.get(name)
    return draft?.destroyedAt !== undefined && draft.destroyedAt < row ? draft.destroyLine : undefined
  }

  /**
   * "Declared but never used" for each participant that only a declaration names, once something
   * takes part at all (a gallery of shapes without messages is left alone). A pasted Mermaid or
   * PlantUML line that reads as a bare name lands here too.
   */
  unusedWarnings(): Diagnostic[] {
    const drafts = [...this.drafts.values()]
    if (!drafts.some((d) => d.takesPart)) return []
    return drafts.flatMap((d) =>
      d.takesPart || !d.declaredAt
        ? []
        : [warning('unused-participant', `'${d.id}' is declared but never used: remove it, or send it a message`, d.declaredAt)],
    )
  }

  build(): Participant[] {
    return [...this.drafts.values()].map((d) => ({
      id: d.id, label: d.label, shape: d.shape, style: d.style, line: d.line, createdAt: d.createdAt, destroyedAt: d.destroyedAt,
      ...(d.link ? { link: d.link } : {}),
    }))
  }
}

function pick(attrs: ReadonlyMap<string, unknown>, key: string, as: keyof ParticipantStyle): Partial<ParticipantStyle> {
  return attrs.has(key) ? { [as]: attrs.get(key) } : {}
}
