// The whole pipeline, source text in, SVG and diagnostics out: check.ts's parse → model, then
// layout → render, drawing on the surface its caller names (compile.ts binds svgdom for Node,
// src/browser/ the page's DOM), so that this module imports nothing of Node's. Never throws,
// as check.ts: every problem is a diagnostic.
import { analyse, guarded, type CompileOptions, type CompileResult } from './check.js'
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js'
import { layoutDiagram } from './layout/layout.js'
import { createFontMeasurer, type TextMeasurer } from './layout/measure.js'
import type { DiagramLayout } from './layout/types.js'
import type { SequenceModel } from './model/model.js'
import { idPrefix } from './render/ids.js'
import type { SurfaceFactory } from './render/surface.js'
import { renderSvg } from './render/svg.js'

export { check, type CheckResult, type CompileOptions, type CompileResult } from './check.js'

/** Every stage's output, for tests and tools that look inside. */
export interface Stages {
  readonly model: SequenceModel | undefined
  readonly layout: DiagramLayout | undefined
  readonly svg: string | undefined
  readonly diagnostics: readonly Diagnostic[]
}

let measurer: TextMeasurer | undefined

export function compileStagesOn(surface: SurfaceFactory, source: string, options: CompileOptions = {}): Stages {
  const { model: built, diagnostics } = analyse(source, options)
  if (!built || hasErrors(diagnostics)) return { model: built, layout: undefined, svg: undefined, diagnostics }
  const model = options.theme ? { ...built, settings: { ...built.settings, theme: options.theme } } : built
  measurer ??= createFontMeasurer()
  const layout = layoutDiagram(model, measurer)
  const svg = renderSvg(layout, { idPrefix: options.idPrefix ?? idPrefix(source), surface })
  return { model, layout, svg, diagnostics }
}

export function compileOn(surface: SurfaceFactory, source: string, options: CompileOptions = {}): CompileResult {
  return guarded(source, options, (text, read) => compileStagesOn(surface, text, read))
}
