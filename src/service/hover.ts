// Hover: over a participant's name, its label, shape and where it is declared; over a
// message (its arrow or label), its kind, delay and route as the model scheduled them.
import type { Span } from '../diagnostics/diagnostic.js'
import type { Item, Message, Route } from '../model/model.js'
import type * as Ast from '../syntax/ast.js'
import type { DocumentAnalysis } from './document.js'
import { allStatements, occurrenceAt } from './occurrences.js'
import { contains, offsetAt, rangeOf, type TextPosition } from './positions.js'
import type { Hover } from './types.js'

/** Words for each arrow the grammar has (and the ones it is gaining: `--`, `-x`, `--x`). */
const KIND_WORDS: Readonly<Record<string, string>> = {
  sync: 'synchronous call (`->`): the sender waits',
  async: 'asynchronous message (`->>`): the sender goes on',
  reply: 'reply (`-->`)',
  headless: 'plain line (`--`), no arrowhead',
  cross: 'destroying message (`-x`): its target\'s lifeline ends here',
  'dashed-cross': 'destroying message, dashed (`--x`): its target\'s lifeline ends here',
}

export function hover(doc: DocumentAnalysis, position: TextPosition): Hover | undefined {
  const offset = offsetAt(doc.lines, position)
  const name = occurrenceAt(doc.occurrences, offset)
  if (name) {
    const p = doc.model.participants.find((q) => q.id === name.id)
    if (!p) return undefined
    const lines = [`**${p.label}**${p.label === p.id ? '' : ` (\`${p.id}\`)`}`, '', `shape: ${p.shape}`, '', `declared on line ${p.line}`]
    return { contents: lines.join('\n'), range: rangeOf(doc.lines, name.span) }
  }
  const message = messageAt(doc.ast, offset)
  if (!message) return undefined
  const scheduled = scheduledMessage(doc, message)
  const delay = scheduled ? scheduled.arrivalRow - scheduled.row : undefined
  const parts = [`**message**: ${KIND_WORDS[message.arrow] ?? message.arrow}`]
  if (delay !== undefined) parts.push(delay === 0 ? 'delay: none (arrives on the row it leaves)' : `delay: ${delay} row${delay === 1 ? '' : 's'} (drawn slanted)`)
  if (scheduled) parts.push(routeWords(scheduled.route))
  return { contents: parts.join('\n\n'), range: rangeOf(doc.lines, message.arrowSpan) }
}

function routeWords(route: Route): string {
  switch (route.kind) {
    case 'between':
      return `from \`${route.from}\` to \`${route.to}\``
    case 'self':
      return `from \`${route.participant}\` to itself`
    case 'found':
      return `found: enters from the ${route.side} edge to \`${route.to}\``
    case 'outgoing':
      return `outgoing: leaves \`${route.from}\` through the ${route.side} edge`
    case 'lost':
      return `lost: leaves \`${route.from}\` and never reaches \`${route.to}\``
    case 'broadcast':
      return `broadcast: from \`${route.from}\` to every other participant`
  }
}

/** The message whose arrow or label holds the offset. */
function messageAt(ast: Ast.Diagram, offset: number): Ast.MessageStatement | undefined {
  for (const s of allStatements(ast.statements)) {
    if (s.kind !== 'message') continue
    const parts: Span[] = [s.arrowSpan, ...(s.label ? [s.label.span] : [])]
    if (parts.some((span) => contains(span, offset))) return s
  }
  return undefined
}

function* messages(items: readonly Item[]): Generator<Message> {
  for (const item of items) {
    if (item.type === 'message') yield item
    else if (item.type === 'fragment') for (const b of item.branches) yield* messages(b.items)
  }
}

/**
 * The model's message for an AST message: the model keeps the line, so the n-th message of
 * that line in the AST is the n-th of that line in the model.
 */
function scheduledMessage(doc: DocumentAnalysis, target: Ast.MessageStatement): Message | undefined {
  const line = doc.lines.lineOf(target.span.start)
  const onLine = [...allStatements(doc.ast.statements)].filter((s) => s.kind === 'message' && doc.lines.lineOf(s.span.start) === line)
  const index = onLine.indexOf(target)
  return [...messages(doc.model.items)].filter((m) => m.line === line + 1)[index]
}
