// `lifeline-diagrams/browser`: the library for web pages and browser bundlers. The same
// `compile` and `check` as the main entry, drawing with svg.js on the page's own DOM instead
// of svgdom, and importing nothing of Node's (test/architecture.test.ts holds it to that).
// The SVG is byte for byte the one the Node build writes (test/browser/browser-build.test.ts).
import { compileOn, type CompileOptions, type CompileResult } from '../pipeline.js'
import { pageSurface } from './page-surface.js'

export * from '../api.js'

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  return compileOn(pageSurface, source, options)
}
