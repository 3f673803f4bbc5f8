// The pipeline in a browser: pipeline.ts drawing on the page's own DOM (page-surface.ts).
import { compileOn, type CompileOptions, type CompileResult } from '../pipeline.js'
import { pageSurface } from './page-surface.js'

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  return compileOn(pageSurface, source, options)
}
