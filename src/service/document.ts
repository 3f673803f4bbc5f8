// One analysis of a document's text, shared by every question an editor asks about that
// version: the AST (partial when the text has errors: the parser recovers), the model built
// from it, the compiler's own diagnostics and the participant index. Editors ask many
// questions per keystroke, so an adapter keeps one DocumentAnalysis per version. The text is
// parsed once: the compiler's check hands back the tree it made (check.ts, which loads no
// renderer), and the model is built here only where check stopped before it (syntax errors).
import { checkAnalysed } from '../check.js'
import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js'
import { LineIndex } from '../diagnostics/position.js'
import { buildModel } from '../model/build.js'
import type { SequenceModel } from '../model/model.js'
import type * as Ast from '../syntax/ast.js'
import { parse } from '../syntax/parse.js'
import { participantOccurrences, type Occurrence } from './occurrences.js'

/** An editor shows more than a terminal: every error of a long file, not the first twenty. */
const MAX_DIAGNOSTICS = 200

export interface DocumentAnalysis {
  readonly text: string
  readonly lines: LineIndex
  readonly ast: Ast.Diagram
  /** Built from the recovered AST even when the text has syntax errors, so names stay known. */
  readonly model: SequenceModel
  /** Exactly what `lifeline check` reports for the text. */
  readonly diagnostics: readonly LocatedDiagnostic[]
  readonly occurrences: readonly Occurrence[]
}

export function analyseDocument(text: string): DocumentAnalysis {
  const lines = new LineIndex(text)
  const checked = checkAnalysed(text, { maxDiagnostics: MAX_DIAGNOSTICS })
  // Past the length limit check parses nothing, but an editor still wants the names.
  const ast = checked.ast ?? parse(text).ast
  const model = checked.model ?? buildModel(ast, lines).model
  const { diagnostics } = checked
  return { text, lines, ast, model, diagnostics, occurrences: participantOccurrences(ast) }
}
