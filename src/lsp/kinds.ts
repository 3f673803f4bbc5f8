// The service's words for kinds, in the protocol's numbers.
import { CompletionItemKind, DiagnosticSeverity, FoldingRangeKind, SymbolKind } from 'vscode-languageserver/node'
import type { CompletionKind, ServiceDiagnostic, SymbolKind as ServiceSymbolKind, FoldingRange } from '../service/index.js'

export const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  participant: CompletionItemKind.Class,
  keyword: CompletionItemKind.Keyword,
  setting: CompletionItemKind.Property,
  attribute: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  shape: CompletionItemKind.EnumMember,
  colour: CompletionItemKind.Color,
}

export const SYMBOL_KINDS: Record<ServiceSymbolKind, SymbolKind> = {
  participant: SymbolKind.Class,
  box: SymbolKind.Package,
  fragment: SymbolKind.Namespace,
  branch: SymbolKind.Namespace,
  note: SymbolKind.String,
  ref: SymbolKind.Object,
  divider: SymbolKind.Event,
}

export const SEVERITIES: Record<ServiceDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
}

export const FOLDING_KINDS: Record<FoldingRange['kind'], FoldingRangeKind> = {
  region: FoldingRangeKind.Region,
  comment: FoldingRangeKind.Comment,
}
