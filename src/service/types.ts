// The answers the service gives, as plain data shaped like their Language Server Protocol
// counterparts (0-based lines, UTF-16 characters) but with kinds as words, so any front end
// (the language server, a playground) can map them to its own vocabulary.
import type { TextRange } from './positions.js'

export type { TextPosition, TextRange } from './positions.js'

export interface ServiceDiagnostic {
  readonly range: TextRange
  readonly severity: 'error' | 'warning'
  readonly code: string
  readonly message: string
}

export type CompletionKind = 'participant' | 'keyword' | 'setting' | 'attribute' | 'value' | 'shape' | 'colour'

export interface Completion {
  readonly label: string
  readonly kind: CompletionKind
  readonly detail?: string
  /** What is inserted; a snippet (with `$1` tab stops) when `snippet` is set. Default: the label. */
  readonly insertText?: string
  readonly snippet?: boolean
  /** Text the typed word is matched against, when it is more than the label (a participant's label). */
  readonly filterText?: string
  /** The text the completion replaces: the partial word before the cursor. */
  readonly replace: TextRange
}

export interface Hover {
  /** Markdown. */
  readonly contents: string
  readonly range: TextRange
}

export interface Location {
  readonly range: TextRange
}

export interface TextEdit {
  readonly range: TextRange
  readonly newText: string
}

export type SymbolKind = 'participant' | 'box' | 'fragment' | 'branch' | 'note' | 'ref' | 'divider'

export interface DocumentSymbol {
  readonly name: string
  readonly detail: string
  readonly kind: SymbolKind
  /** The whole statement. */
  readonly range: TextRange
  /** The part to reveal and highlight: a name or a keyword. */
  readonly selectionRange: TextRange
  readonly children: readonly DocumentSymbol[]
}

export interface FoldingRange {
  /** 0-based lines; the end line stays visible when folded in most editors' view. */
  readonly startLine: number
  readonly endLine: number
  readonly kind: 'region' | 'comment'
}

/** Why a rename cannot happen, or the edits that do it. */
export type RenameResult = { readonly ok: true; readonly edits: readonly TextEdit[] } | { readonly ok: false; readonly reason: string }
