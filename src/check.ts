// The front half of the pipeline, source text in, diagnostics out: parse → model, within the
// size limits, with no layout and no renderer, so that what only checks (`lifeline check`, the
// language service and so the language server) never loads SVG drawing. pipeline.ts runs the
// same analysis and goes on to draw. Never throws: bad input yields diagnostics, input past a
// size limit (limits.ts) a diagnostic naming the limit, and a bug an internal-error diagnostic.
import { error, hasErrors, sortDiagnostics, type Diagnostic, type LocatedDiagnostic } from './diagnostics/diagnostic.js'
import { locate } from './diagnostics/locate.js'
import { LineIndex } from './diagnostics/position.js'
import { checkModelSize, checkSourceLength, checkStatementCount, resolveLimits, type Limits } from './limits.js'
import { buildModel } from './model/build.js'
import type { SequenceModel, ThemeName } from './model/model.js'
import type { SettingDefaults } from './model/settings.js'
import { COMPILE_OPTIONS } from './compile-options.js'
import { checkInputs } from './diagnostics/read-options.js'
import type * as Ast from './syntax/ast.js'
import { parse } from './syntax/parse.js'

export interface CompileOptions {
  /** Overrides the file's `theme:` setting. */
  readonly theme?: ThemeName
  /** The delay of `->>` messages in a diagram that sets no `async-delay:` of its own. */
  readonly asyncDelay?: number
  /** At most this many diagnostics are reported (default 20); errors are kept before warnings. */
  readonly maxDiagnostics?: number
  /** Size limits to use instead of the defaults (limits.ts, docs/reliability.md). */
  readonly limits?: Partial<Limits>
  /**
   * The prefix of every id in the SVG, instead of the one derived from the source: for a page
   * showing the same diagram twice (the Markdown plugins number the repeats).
   */
  readonly idPrefix?: string
}

export interface CompileResult {
  /** The SVG, unless the input has errors. */
  readonly svg: string | undefined
  readonly diagnostics: readonly LocatedDiagnostic[]
}

export interface CheckResult {
  readonly diagnostics: readonly LocatedDiagnostic[]
}

/** What analysing made, beside its diagnostics. */
export interface Analysis {
  /** The syntax tree (recovered where the text has errors), unless the text is past the length limit. */
  readonly ast: Ast.Diagram | undefined
  /** The model, unless the syntax is broken or a size limit was passed. */
  readonly model: SequenceModel | undefined
  readonly diagnostics: readonly Diagnostic[]
}

/** Parse and model, within the limits: the tree, the model (unless the syntax is broken) and every diagnostic so far. */
export function analyse(source: string, options: CompileOptions): Analysis {
  const limits = resolveLimits(options.limits)
  const tooLong = checkSourceLength(source, limits)
  if (tooLong) return { ast: undefined, model: undefined, diagnostics: [tooLong] }
  const parsed = parse(source, limits)
  const tooMany = checkStatementCount(parsed.ast, limits)
  if (hasErrors(parsed.diagnostics) || tooMany) return { ast: parsed.ast, model: undefined, diagnostics: [...parsed.diagnostics, ...(tooMany ? [tooMany] : [])] }
  const lines = new LineIndex(source)
  const built = buildModel(parsed.ast, lines, settingDefaults(options))
  return { ast: parsed.ast, model: built.model, diagnostics: [...parsed.diagnostics, ...built.diagnostics, ...checkModelSize(built.model, limits, lines)] }
}

/** Parses and validates only (no layout, no SVG): the diagnostics `compile` would report. */
export function check(source: string, options: CompileOptions = {}): CheckResult {
  return { diagnostics: checkAnalysed(source, options).diagnostics }
}

/** `check`, also handing back the tree and model it made, for a caller that asks more of them (the language service). */
export function checkAnalysed(source: string, options: CompileOptions = {}): CheckResult & Omit<Analysis, 'diagnostics'> {
  const made: { analysis?: Analysis } = {}
  const { diagnostics } = guarded(source, options, (text, read) => {
    made.analysis = analyse(text, read)
    return { svg: undefined, diagnostics: made.analysis.diagnostics }
  })
  return { diagnostics, ast: made.analysis?.ast, model: made.analysis?.model }
}

function settingDefaults(options: CompileOptions): SettingDefaults {
  return options.asyncDelay === undefined ? {} : { asyncDelay: options.asyncDelay }
}

/**
 * Runs a pipeline on the options as read once and checked (diagnostics/read-options.ts), so that the caller's
 * getters never run again; sorts, caps and locates its diagnostics; turns a bug into an
 * internal-error diagnostic.
 */
export function guarded(
  source: string,
  options: CompileOptions,
  pipeline: (text: string, options: CompileOptions) => { svg: string | undefined; diagnostics: readonly Diagnostic[] },
): CompileResult {
  const text = typeof source === 'string' ? source : ''
  const lines = new LineIndex(text)
  const checked = checkInputs(source, options, COMPILE_OPTIONS)
  if (checked.problems.length > 0) return { svg: undefined, diagnostics: locate(checked.problems, lines) }
  const read: CompileOptions = checked.options
  try {
    const done = pipeline(text, read)
    return { svg: done.svg, diagnostics: locate(sortDiagnostics(done.diagnostics, read.maxDiagnostics ?? 20), lines) }
  } catch (e) {
    return { svg: undefined, diagnostics: locate([failure(e)], lines) }
  }
}

/** An exception is a bug, or a stack too small for limits raised past the defaults. */
function failure(e: unknown): Diagnostic {
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return error('stack-overflow', 'this diagram nests too deeply for the available stack: lower the maxNesting limit', { start: 0, end: 0 })
  }
  const reason = e instanceof Error ? e.message : String(e)
  return error('internal-error', `internal error: ${reason} (please report this with the input)`, { start: 0, end: 0 })
}
