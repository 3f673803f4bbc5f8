// The whole pipeline, source text in, SVG and diagnostics out: parse → model → layout →
// render, drawing on the surface its caller names (compile.ts binds svgdom for Node,
// src/browser/ the page's DOM), so that this module imports nothing of Node's. Never throws: bad input yields diagnostics, input past a size limit (limits.ts)
// yields a diagnostic naming the limit, and a bug yields an internal-error diagnostic rather
// than an exception.
import { error, hasErrors, sortDiagnostics, type Diagnostic, type LocatedDiagnostic } from './diagnostics/diagnostic.js'
import { locate } from './diagnostics/locate.js'
import { LineIndex } from './diagnostics/position.js'
import { layoutDiagram } from './layout/layout.js'
import { createFontMeasurer, type TextMeasurer } from './layout/measure.js'
import type { DiagramLayout } from './layout/types.js'
import { buildModel } from './model/build.js'
import type { SequenceModel, ThemeName } from './model/model.js'
import type { SettingDefaults } from './model/settings.js'
import { checkModelSize, checkSourceLength, checkStatementCount, resolveLimits, type Limits } from './limits.js'
import { idPrefix } from './render/ids.js'
import type { SurfaceFactory } from './render/surface.js'
import { renderSvg } from './render/svg.js'
import { checkInputs } from './options.js'
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

/** Every stage's output, for tests and tools that look inside. */
export interface Stages {
  readonly model: SequenceModel | undefined
  readonly layout: DiagramLayout | undefined
  readonly svg: string | undefined
  readonly diagnostics: readonly Diagnostic[]
}

let measurer: TextMeasurer | undefined


/** Parse and model, within the limits: the model (unless the syntax is broken) and every diagnostic so far. */
function analyse(source: string, options: CompileOptions): { model: SequenceModel | undefined; diagnostics: readonly Diagnostic[] } {
  const limits = resolveLimits(options.limits)
  const tooLong = checkSourceLength(source, limits)
  if (tooLong) return { model: undefined, diagnostics: [tooLong] }
  const parsed = parse(source, limits)
  const tooMany = checkStatementCount(parsed.ast, limits)
  if (hasErrors(parsed.diagnostics) || tooMany) return { model: undefined, diagnostics: [...parsed.diagnostics, ...(tooMany ? [tooMany] : [])] }
  const lines = new LineIndex(source)
  const built = buildModel(parsed.ast, lines, settingDefaults(options))
  return { model: built.model, diagnostics: [...parsed.diagnostics, ...built.diagnostics, ...checkModelSize(built.model, limits, lines)] }
}

export function compileStagesOn(surface: SurfaceFactory, source: string, options: CompileOptions = {}): Stages {
  const { model: built, diagnostics } = analyse(source, options)
  if (!built || hasErrors(diagnostics)) return { model: built, layout: undefined, svg: undefined, diagnostics }
  const model = options.theme ? { ...built, settings: { ...built.settings, theme: options.theme } } : built
  measurer ??= createFontMeasurer()
  const layout = layoutDiagram(model, measurer)
  const svg = renderSvg(layout, { idPrefix: options.idPrefix ?? idPrefix(source), surface })
  return { model, layout, svg, diagnostics }
}

/** Parses and validates only (no layout, no SVG): the diagnostics `compile` would report. */
export function check(source: string, options: CompileOptions = {}): CheckResult {
  const { diagnostics } = guarded(source, options, (text) => ({ svg: undefined, diagnostics: analyse(text, options).diagnostics }))
  return { diagnostics }
}

export function compileOn(surface: SurfaceFactory, source: string, options: CompileOptions = {}): CompileResult {
  return guarded(source, options, (text) => compileStagesOn(surface, text, options))
}

export interface CheckResult {
  readonly diagnostics: readonly LocatedDiagnostic[]
}

function settingDefaults(options: CompileOptions): SettingDefaults {
  return options.asyncDelay === undefined ? {} : { asyncDelay: options.asyncDelay }
}

/** Runs a pipeline; sorts, caps and locates its diagnostics; turns a bug into an internal-error diagnostic. */
function guarded(
  source: string,
  options: CompileOptions,
  pipeline: (text: string) => { svg: string | undefined; diagnostics: readonly Diagnostic[] },
): CompileResult {
  const text = typeof source === 'string' ? source : ''
  const lines = new LineIndex(text)
  const refused = checkInputs(source, options)
  if (refused.length > 0) return { svg: undefined, diagnostics: locate(refused, lines) }
  try {
    const done = pipeline(text)
    return { svg: done.svg, diagnostics: locate(sortDiagnostics(done.diagnostics, options.maxDiagnostics ?? 20), lines) }
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
