// Every place the AST names a participant, in source order: declarations (`id: Label`, the
// names in a box) and mentions (message ends, note and ref targets, activation and lifecycle
// targets). Definition, references, rename and hover all read this one index.
import type { Span } from '../diagnostics/diagnostic.js'
import type * as Ast from '../syntax/ast.js'
import { contains } from './positions.js'

export interface Occurrence {
  readonly id: string
  readonly span: Span
  /** True where a statement declares the participant rather than only naming it. */
  readonly declaration: boolean
}

/** A statement with a `{ ... }` body of statements: fragments, branches, boxes, and any block the grammar gains. */
export type BlockStatement = Extract<Ast.Statement, { readonly body: readonly Ast.Statement[] }>

export const isBlock = (s: Ast.Statement): s is BlockStatement => 'body' in s

/** The statements of the diagram, depth first in source order, block bodies after their header. */
export function* allStatements(statements: readonly Ast.Statement[]): Generator<Ast.Statement> {
  for (const s of statements) {
    yield s
    if (isBlock(s)) yield* allStatements(s.body)
  }
}

function namesIn(s: Ast.Statement): { readonly names: readonly Ast.Name[]; readonly declaration: boolean } {
  switch (s.kind) {
    case 'participant':
      return { names: [s.name], declaration: true }
    case 'message':
      return { names: [s.from, s.to].flatMap((e) => (e.kind === 'name' ? [e.name] : [])), declaration: false }
    case 'note':
    case 'ref':
      return { names: s.targets, declaration: false }
    case 'activation':
    case 'lifecycle':
      return { names: [s.target], declaration: false }
    default:
      return { names: [], declaration: false }
  }
}

export function participantOccurrences(ast: Ast.Diagram): Occurrence[] {
  const found: Occurrence[] = []
  for (const s of allStatements(ast.statements)) {
    const { names, declaration } = namesIn(s)
    for (const n of names) found.push({ id: n.value, span: n.span, declaration })
  }
  return found.sort((a, b) => a.span.start - b.span.start)
}

/** The occurrence under an offset (its span includes both ends, so a cursor just after a name counts). */
export function occurrenceAt(occurrences: readonly Occurrence[], offset: number): Occurrence | undefined {
  return occurrences.find((o) => contains(o.span, offset))
}
