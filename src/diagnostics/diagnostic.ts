// Diagnostics are values: every stage returns the ones it found beside what it could build,
// and only the edges (CLI, API) decide what to print. Nothing here knows about files.

export type Severity = 'error' | 'warning'

/** A half-open range of UTF-16 offsets into the source, [start, end). */
export interface Span {
  readonly start: number
  readonly end: number
}

export interface Diagnostic {
  readonly severity: Severity
  /** Stable kebab-case identifier, e.g. `expected-arrow`, `unknown-attribute`. */
  readonly code: string
  /** Plain words, no position: the position is in `span`. */
  readonly message: string
  readonly span: Span
}

export function error(code: string, message: string, span: Span): Diagnostic {
  return { severity: 'error', code, message, span }
}

export function warning(code: string, message: string, span: Span): Diagnostic {
  return { severity: 'warning', code, message, span }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Diagnostics in source order, duplicates at one place dropped, at most `limit` of them. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], limit: number): Diagnostic[] {
  const seen = new Set<string>()
  return [...diagnostics]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .filter((d) => {
      const key = `${d.span.start}:${d.code}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .slice(0, limit)
}
