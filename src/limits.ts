// How big a diagram Lifeline agrees to compile. Every stage after the lexer recurses into
// nested blocks and holds the whole diagram in memory, so past these sizes a diagram fails
// with a diagnostic that names the limit, never with a stack overflow or out of memory.
// Each limit is checked as early as it can be: the source length before lexing, nesting and
// text length on the tokens (syntax/token-limits.ts), statements on the AST, participants
// and rows on the model, always before the stage that would suffer. Callers may raise or
// lower any of them through CompileOptions.limits; docs/reliability.md tells how the
// defaults were chosen.
import { error, type Diagnostic } from './diagnostics/diagnostic.js'
import { groupDigits } from './diagnostics/format.js'
import type { LineIndex } from './diagnostics/position.js'
import type { Item, Message, SequenceModel } from './model/model.js'
import type * as Ast from './syntax/ast.js'
import type { TokenLimits } from './syntax/token-limit-values.js'

export interface Limits extends TokenLimits {
  /** Characters (UTF-16 units) in the whole source. */
  readonly maxSourceLength: number
  /** Statements, counting those inside blocks. */
  readonly maxStatements: number
  readonly maxParticipants: number
  /** Rows of the timeline, delays included: a row is one step of time. */
  readonly maxRows: number
  /** Message arrows drawn: a broadcast (`a ->> *`) draws one per receiver. */
  readonly maxArrows: number
  /**
   * Pixels (width × height, after --scale) of a PNG the command line draws; compile() itself
   * draws no bitmap. Checked on the SVG's size before resvg allocates anything.
   */
  readonly maxPixels: number
}

export const DEFAULT_LIMITS: Limits = {
  maxSourceLength: 1_000_000,
  // 10 tokens per statement on average: `a -> b: some label { delay: 2 }` has 10.
  maxTokens: 200_000,
  // Room for the benchmark's huge diagram (10,000 messages with notes and fragments, about
  // 13,400 statements), which compiles in under two seconds.
  maxStatements: 20_000,
  // Chevrotain needs ~30 stack frames per level of nesting: 50 levels leave a wide margin
  // on Node's default stack, even when compile() is itself called deep in a stack.
  maxNesting: 50,
  maxTextLength: 10_000,
  maxParticipants: 1_000,
  maxRows: 40_000,
  maxArrows: 20_000,
  // 50 million pixels is a 200 MB bitmap: six 4K screens, room for --scale 2 of a tall diagram.
  maxPixels: 50_000_000,
}

/** The limit each limit diagnostic reports, by diagnostic code (see the checks below and token-limits.ts). */
export const LIMIT_OF_CODE: Readonly<Record<string, keyof Limits>> = {
  'source-too-long': 'maxSourceLength',
  'too-many-tokens': 'maxTokens',
  'too-many-statements': 'maxStatements',
  'nesting-too-deep': 'maxNesting',
  'text-too-long': 'maxTextLength',
  'too-many-participants': 'maxParticipants',
  'too-many-rows': 'maxRows',
  'too-many-arrows': 'maxArrows',
  'png-too-large': 'maxPixels',
}

/** The defaults, overridden by every asked limit that is a whole number ≥ 0. */
export function resolveLimits(asked: Partial<Limits> | undefined): Limits {
  const out: Record<string, number> = { ...DEFAULT_LIMITS }
  for (const [key, value] of Object.entries(asked ?? {})) {
    if (key in DEFAULT_LIMITS && Number.isSafeInteger(value) && value >= 0) out[key] = value
  }
  return out as unknown as Limits
}

export function checkSourceLength(source: string, limits: Limits): Diagnostic | undefined {
  if (source.length <= limits.maxSourceLength) return undefined
  const message = `this diagram is ${groupDigits(source.length)} characters long: Lifeline reads at most ${groupDigits(limits.maxSourceLength)} (the maxSourceLength limit)`
  return error('source-too-long', message, { start: limits.maxSourceLength, end: limits.maxSourceLength + 1 })
}

/** Counts statements in source order, without recursion; points at the first one too many. */
export function checkStatementCount(ast: Ast.Diagram, limits: Limits): Diagnostic | undefined {
  const pending: Ast.Statement[] = [...ast.statements].reverse()
  let count = 0
  let first: Ast.Statement | undefined
  while (pending.length > 0) {
    const s = pending.pop() as Ast.Statement
    count++
    if (count === limits.maxStatements + 1) first = s
    if ('body' in s) for (let i = s.body.length - 1; i >= 0; i--) pending.push(s.body[i] as Ast.Statement)
  }
  if (!first) return undefined
  const message = `this diagram has ${groupDigits(count)} statements: Lifeline draws at most ${groupDigits(limits.maxStatements)} (the maxStatements limit)`
  return error('too-many-statements', message, { start: first.span.start, end: first.span.start + 1 })
}

/** Participants and rows, checked on the model before layout allocates anything per row. */
export function checkModelSize(model: SequenceModel, limits: Limits, lines: LineIndex): Diagnostic[] {
  const found: Diagnostic[] = []
  const extra = model.participants[limits.maxParticipants]
  if (extra) {
    const message = `this diagram has ${groupDigits(model.participants.length)} participants: Lifeline draws at most ${groupDigits(limits.maxParticipants)} (the maxParticipants limit)`
    found.push(error('too-many-participants', message, lineSpan(extra.line, lines)))
  }
  const arrows = countArrows(model, limits.maxArrows)
  if (arrows.count > limits.maxArrows) {
    const message = `this diagram draws ${groupDigits(arrows.count)} arrows (a broadcast draws one per receiver): Lifeline draws at most ${groupDigits(limits.maxArrows)} (the maxArrows limit)`
    found.push(error('too-many-arrows', message, lineSpan(arrows.firstPastLimit?.line ?? 1, lines)))
  }
  if (model.rowCount > limits.maxRows) {
    const late = firstItemPast(model.items, limits.maxRows)
    const what = late?.type === 'message' ? `this message arrives on row ${groupDigits(late.arrivalRow + 1)}` : `this diagram is ${groupDigits(model.rowCount)} rows tall`
    const message = `${what}: Lifeline draws at most ${groupDigits(limits.maxRows)} rows (the maxRows limit)`
    found.push(error('too-many-rows', message, lineSpan(late?.line ?? 1, lines)))
  }
  return found
}

const lineSpan = (line: number, lines: LineIndex) => ({ start: lines.lineStart(line), end: lines.lineStart(line) + 1 })

/** The first item, in source order, that starts or ends on row `rows` or later. */
function firstItemPast(items: readonly Item[], rows: number): Item | undefined {
  return inSourceOrder(items).find((item) => (item.type === 'message' ? item.arrivalRow : item.row) >= rows)
}

function countArrows(model: SequenceModel, limit: number): { count: number; firstPastLimit: Message | undefined } {
  const receivers = Math.max(0, model.participants.length - 1)
  let count = 0
  let firstPastLimit: Message | undefined
  for (const item of inSourceOrder(model.items)) {
    if (item.type !== 'message') continue
    count += item.route.kind === 'broadcast' ? receivers : 1
    firstPastLimit ??= count > limit ? item : undefined
  }
  return { count, firstPastLimit }
}

/** Every item, fragments before their contents, in source order: a loop, not a recursion. */
function inSourceOrder(items: readonly Item[]): Item[] {
  const out: Item[] = []
  const pending: Item[] = [...items].reverse()
  while (pending.length > 0) {
    const item = pending.pop() as Item
    out.push(item)
    if (item.type === 'fragment') {
      const inner = item.branches.flatMap((b) => b.items)
      for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i] as Item)
    }
  }
  return out
}
