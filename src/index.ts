// The library's public face: `compile` and the types it hands out.
export { check, compile, type CheckResult, type CompileOptions, type CompileResult } from './compile.js'
export type { LocatedDiagnostic as Diagnostic, Severity } from './diagnostics/diagnostic.js'
export { formatDiagnostics } from './diagnostics/format.js'
export { DEFAULT_LIMITS, type Limits } from './limits.js'
export type { ThemeName } from './model/model.js'
export { importDiagram, type ImportOptions, type ImportResult } from './import/import.js'
export type { SourceLanguage } from './import/detect.js'
