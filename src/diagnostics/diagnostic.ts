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

/**
 * Diagnostics in source order, duplicates at one place dropped, at most `limit` of them. When
 * there are more, errors are kept before warnings, so a capped list still holds an error
 * whenever there is one and nobody's exit code depends on the cap.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], limit: number): Diagnostic[] {
  const seen = new Set<string>()
  const sorted = [...diagnostics]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .filter((d) => {
      const key = `${d.span.start}:${d.code}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  if (sorted.length <= limit) return sorted
  const kept = new Set(sorted.filter((d) => d.severity === 'error').slice(0, limit))
  for (const d of sorted) {
    if (kept.size >= limit) break
    kept.add(d)
  }
  return sorted.filter((d) => kept.has(d))
}

/** A diagnostic as the library hands it out: its range also in lines and columns. */
export interface LocatedDiagnostic {
  readonly severity: Severity
  readonly code: string
  readonly message: string
  readonly range: {
    /** 1-based line and column (columns count code points), and the 0-based UTF-16 offset. */
    readonly start: { readonly line: number; readonly column: number; readonly offset: number }
    readonly end: { readonly line: number; readonly column: number; readonly offset: number }
  }
}
