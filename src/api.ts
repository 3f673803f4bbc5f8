// What every entry point of the library hands out besides `compile`: index.ts adds the Node
// `compile`, src/browser/index.ts the browser's.
export { check, type CheckResult, type CompileOptions, type CompileResult } from './check.js'
export type { LocatedDiagnostic as Diagnostic, Severity } from './diagnostics/diagnostic.js'
export { formatDiagnostics } from './diagnostics/format.js'
export { DEFAULT_LIMITS, type Limits } from './limits.js'
export type { ThemeName } from './model/model.js'
export { importDiagram, type ImportOptions, type ImportResult } from './import/import.js'
export type { SourceLanguage } from './import/detect.js'
