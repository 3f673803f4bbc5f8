// Completion: what may come next where the cursor stands (completion-context.ts), drawn from
// the compiler's own tables: keywords from the grammar's tokens, settings and their values,
// attribute names from the model's attribute schemas and values from their value parsers,
// participants from the model.
import type { IToken, TokenType } from 'chevrotain'
import * as T from '../../grammar/tokens.js'
import { name as nameText } from '../format/quote.js'
import { AUTONUMBER_ATTRIBUTES, MESSAGE_ATTRIBUTES, NOTE_ATTRIBUTES } from '../model/schemas.js'
import { SHAPES } from '../model/model.js'
import { PARTICIPANT_ATTRIBUTES, parseShape } from '../model/participants.js'
import { THEME_NAMES } from '../model/model.js'
import { COLOR_NAMES } from '../../grammar/colour-names.js'
import { parseBoolean, parseColor } from '../model/values.js'
import type { AttributeSchema } from '../model/attributes.js'
import { cursorContext, type AttributeOwner } from './completion-context.js'
import type { DocumentAnalysis } from './document.js'
import { offsetAt, rangeOf, type TextPosition } from './positions.js'
import type { Completion, CompletionKind, TextRange } from './types.js'

const SCHEMAS: Record<AttributeOwner, AttributeSchema> = {
  participant: PARTICIPANT_ATTRIBUTES,
  message: MESSAGE_ATTRIBUTES,
  note: NOTE_ATTRIBUTES,
  autonumber: AUTONUMBER_ATTRIBUTES,
}

/** The words a keyword token stands for: its label without the quotes (`'alt'` → alt). */
const wordOf = (type: TokenType): string => String(type.LABEL).replace(/^'|'$/g, '')
const KEYWORD_TOKENS = T.allTokens.filter((t) => t.name.startsWith('Kw_'))
/** Keywords a statement may start with (`over`, `of`, ... only follow another keyword). */
const STATEMENT_KEYWORDS = KEYWORD_TOKENS.filter((t) => !t.CATEGORIES?.includes(T.StrayStart) && !T.SETTING_KEYWORDS.includes(t))

/** Keywords that open a `{ ... }` of statements: completed with their braces. */
const BLOCK_KEYWORDS: readonly TokenType[] = [...T.FRAGMENT_KEYWORDS, ...T.BRANCH_KEYWORDS, T.Box, T.Highlight]
/** Blocks whose body also takes `style.fill: COLOUR` lines, read as the note attributes are. */
const STYLED_BLOCKS: readonly TokenType[] = [T.Box, T.Highlight]

/** Values a setting takes, where they are a fixed list. */
const SETTING_VALUES: Readonly<Record<string, readonly string[]>> = {
  theme: THEME_NAMES,
  autonumber: ['true', 'false'],
  footbox: ['auto', 'true', 'false'],
}

function valuesOf(schema: AttributeSchema, key: string): { values: readonly string[]; kind: CompletionKind } {
  const parser = schema[key]
  if (parser === parseShape) return { values: SHAPES, kind: 'shape' }
  if (parser === parseColor) return { values: COLOR_NAMES, kind: 'colour' }
  if (parser === parseBoolean) return { values: ['true', 'false'], kind: 'value' }
  return { values: [], kind: 'value' }
}

const isType = (t: IToken | undefined, ...types: TokenType[]): boolean =>
  t !== undefined && types.some((type) => t.tokenType === type || t.tokenType.CATEGORIES?.includes(type) === true)

export function complete(doc: DocumentAnalysis, position: TextPosition): Completion[] {
  const offset = offsetAt(doc.lines, position)
  const context = cursorContext(doc.text, offset)
  if (context.where === 'comment') return []
  const replace = rangeOf(doc.lines, context.partial)
  if (context.where === 'attributes') return attributeCompletions(SCHEMAS[context.owner], context.before, replace)
  const styled = context.block !== undefined && STYLED_BLOCKS.includes(context.block)
  // In a box or highlight body a statement may be a `style.` line: completed as attributes are.
  const styleLine = styled ? attributeCompletions(NOTE_ATTRIBUTES, context.before, replace) : []
  return [...styleLine, ...statementCompletions(doc, context.before, replace)]
}

function attributeCompletions(schema: AttributeSchema, before: readonly IToken[], replace: TextRange): Completion[] {
  if (before.length === 0) {
    return Object.keys(schema).map((key) => ({ label: key, kind: 'attribute', insertText: `${key}: `, replace }))
  }
  const [key, colon] = before
  if (before.length === 2 && key && isType(colon, T.Colon)) {
    const { values, kind } = valuesOf(schema, key.image)
    return values.map((value) => ({ label: value, kind, replace }))
  }
  return []
}

function statementCompletions(doc: DocumentAnalysis, before: readonly IToken[], replace: TextRange): Completion[] {
  const last = before.at(-1)
  if (before.length === 0) return [...keywords(replace), ...settings(replace), ...participants(doc, replace)]
  const first = before[0]
  if (before.length === 2 && isType(last, T.Colon) && first && T.SETTING_KEYWORDS.includes(first.tokenType)) {
    return (SETTING_VALUES[first.image] ?? []).map((value) => ({ label: value, kind: 'value', replace }))
  }
  if (isType(last, T.Note)) {
    return ['over', 'left of', 'right of'].map((label) => ({ label, kind: 'keyword', insertText: `${label} `, replace }))
  }
  if (isType(last, T.Left, T.Right)) return [{ label: 'of', kind: 'keyword', insertText: 'of ', replace }]
  if (isType(last, T.Ref)) return [{ label: 'over', kind: 'keyword', insertText: 'over ', replace }]
  const afterArrow = isType(last, T.Arrow) || (isType(last, T.Plus, T.Minus) && isType(before.at(-2), T.Arrow))
  if (afterArrow || isType(last, T.Over, T.Of, T.Activate, T.Deactivate, T.Create, T.Destroy, T.Comma)) return participants(doc, replace)
  return []
}

function keywords(replace: TextRange): Completion[] {
  return STATEMENT_KEYWORDS.map((type) => {
    const word = wordOf(type)
    // A block keyword comes with its braces; the label is the first tab stop.
    return BLOCK_KEYWORDS.includes(type)
      ? { label: word, kind: 'keyword', insertText: `${word} \${1:label} {\n\t$0\n}`, snippet: true, replace }
      : { label: word, kind: 'keyword', insertText: `${word} `, replace }
  })
}

function settings(replace: TextRange): Completion[] {
  return T.SETTING_KEYWORDS.map((type) => ({ label: wordOf(type), kind: 'setting', insertText: `${wordOf(type)}: `, replace }))
}

function participants(doc: DocumentAnalysis, replace: TextRange): Completion[] {
  return doc.model.participants.map((p) => ({
    label: p.id,
    kind: 'participant',
    detail: p.label === p.id ? p.shape : `${p.label} (${p.shape})`,
    insertText: nameText(p.id),
    // Typing part of the label finds the participant too.
    filterText: p.label === p.id ? p.id : `${p.id} ${p.label}`,
    replace,
  }))
}
