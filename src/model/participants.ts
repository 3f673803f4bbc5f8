// The participant registry: columns in order of first declaration or mention, declarations
// merged (a later `id: Label { shape: ... }` completes an id first seen in a message).
import { error, type Diagnostic } from '../diagnostics/diagnostic.js'
import type * as Ast from '../syntax/ast.js'
import { readAttributes, type AttributeSchema } from './attributes.js'
import { SHAPES, type Participant, type ParticipantStyle, type Shape } from './model.js'
import { didYouMean } from '../diagnostics/suggest.js'
import { parseBoolean, parseColor, type Parsed } from './values.js'

function parseShape(text: string): Parsed<Shape> {
  const shape = SHAPES.find((s) => s === text)
  if (shape) return { ok: true, value: shape }
  return { ok: false, message: `unknown shape '${text}'${didYouMean(text, SHAPES) || `; shapes are ${SHAPES.join(', ')}`}` }
}

const PARTICIPANT_ATTRIBUTES: AttributeSchema = {
  shape: parseShape,
  'style.fill': parseColor,
  'style.stroke': parseColor,
  'style.font-color': parseColor,
  'style.bold': parseBoolean,
}

interface Draft {
  id: string
  label: string
  labelSet: boolean
  shape: Shape
  style: ParticipantStyle
  line: number
  createdAt: number | undefined
  destroyedAt: number | undefined
  /** Line of the `destroy` statement, for messages that come after it. */
  destroyLine: number | undefined
  /** Set between `create id` and the first message that reaches it. */
  pendingCreate: boolean
  /** Whether any statement other than a declaration has named it yet. */
  used: boolean
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

  /** Records a mention (creating the participant on first sight). */
  mention(id: string, line: number): Draft {
    let draft = this.drafts.get(id)
    if (!draft) {
      draft = {
        id, label: id, labelSet: false, shape: 'participant', style: {}, line,
        createdAt: undefined, destroyedAt: undefined, destroyLine: undefined, pendingCreate: false, used: false,
      }
      this.drafts.set(id, draft)
    }
    return draft
  }

  declare(statement: Ast.ParticipantStatement, line: number): void {
    const draft = this.mention(statement.name.value, line)
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

  build(): Participant[] {
    return [...this.drafts.values()].map((d) => ({
      id: d.id, label: d.label, shape: d.shape, style: d.style, line: d.line, createdAt: d.createdAt, destroyedAt: d.destroyedAt,
    }))
  }
}

function pick(attrs: ReadonlyMap<string, unknown>, key: string, as: keyof ParticipantStyle): Partial<ParticipantStyle> {
  return attrs.has(key) ? { [as]: attrs.get(key) } : {}
}
