// The pipeline under Node: pipeline.ts drawing on svgdom. The library entry (index.ts), the
// CLI and the Markdown plugins compile through here; the browser entry binds the page's DOM
// instead (src/browser/).
import { compileOn, compileStagesOn, type CompileOptions, type CompileResult, type Stages } from './pipeline.js'
import { svgdomSurface } from './render/svgdom-surface.js'

export { check, type CheckResult, type CompileOptions, type CompileResult } from './check.js'
export type { Stages } from './pipeline.js'

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  return compileOn(svgdomSurface, source, options)
}

/** Every stage's output, for tests and tools that look inside. */
export function compileStages(source: string, options: CompileOptions = {}): Stages {
  return compileStagesOn(svgdomSurface, source, options)
}
