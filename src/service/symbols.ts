// Document symbols, the outline: participants (at their declaration, or first mention when
// never declared), boxes with their participants, fragments and their branches (and any other
// block) with what they hold, notes, refs and dividers, nested as the source nests them.
import type { Span } from '../diagnostics/diagnostic.js'
import { styled } from '../model/inline-styles.js'
import type * as Ast from '../syntax/ast.js'
import type { DocumentAnalysis } from './document.js'
import { isBlock, type BlockStatement } from './occurrences.js'
import { rangeOf } from './positions.js'
import type { DocumentSymbol, SymbolKind } from './types.js'

/** The first line of a label as shown (without style markers), for a symbol's detail. */
const firstLine = (text: Ast.Text | undefined): string => (text ? styled(text.value).label.split('\n')[0] ?? '' : '')

export function documentSymbols(doc: DocumentAnalysis): DocumentSymbol[] {
  const seen = new Set<string>()
  const symbol = (name: string, detail: string, kind: SymbolKind, span: Span, selection: Span, children: DocumentSymbol[] = []): DocumentSymbol => ({
    name, detail, kind, range: rangeOf(doc.lines, span), selectionRange: rangeOf(doc.lines, selection), children,
  })
  const participant = (name: Ast.Name, span: Span, label: string): DocumentSymbol[] => {
    if (seen.has(name.value)) return []
    seen.add(name.value)
    return [symbol(name.value, label, 'participant', span, name.span)]
  }
  const block = (s: BlockStatement): DocumentSymbol => {
    const children = visit(s.body)
    if (s.kind === 'box') return symbol(s.label?.value || 'box', '', 'box', s.span, s.label?.span ?? s.span, children)
    const header = headerOf(s)
    return symbol(header.name, firstLine(s.label), s.kind === 'branch' ? 'branch' : 'fragment', s.span, header.span, children)
  }
  const visit = (statements: readonly Ast.Statement[]): DocumentSymbol[] =>
    statements.flatMap((s): DocumentSymbol[] => {
      if (isBlock(s)) return [block(s)]
      switch (s.kind) {
        case 'participant':
          return participant(s.name, s.span, s.label?.value ?? '')
        case 'message':
          // A participant first met in a message appears where it is first named.
          return [s.from, s.to].flatMap((e) => (e.kind === 'name' ? participant(e.name, e.name.span, '') : []))
        case 'note':
          return [symbol(`note ${s.placement === 'over' ? 'over' : `${s.placement} of`} ${s.targets.map((t) => t.value).join(', ')}`, firstLine(s.label), 'note', s.span, s.span)]
        case 'ref':
          return [symbol(`ref over ${s.targets.map((t) => t.value).join(', ')}`, firstLine(s.label), 'ref', s.span, s.span)]
        case 'divider':
          return [symbol(`== ${s.text} ==`, '', 'divider', s.span, s.span)]
        default:
          return []
      }
    })
  return visit(doc.ast.statements)
}

/** A block's keyword and where it stands; a block without a keyword of its own (a `highlight`) is named by its kind. */
function headerOf(s: Ast.Statement): { readonly name: string; readonly span: Span } {
  switch (s.kind) {
    case 'fragment':
    case 'branch':
      return { name: s.keyword, span: s.keywordSpan }
    default:
      return { name: s.kind, span: s.span }
  }
}
