// The part of a unified VFile the remark and rehype plugins use, typed here so that the
// plugins depend on no unified package at run time: its path and text for messages, and its
// message and fail methods, through which unified reports warnings and stops a build.
import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js'
import type { BlockOutcome } from './diagram.js'
import { failureMessage } from './diagram.js'

interface Place {
  readonly start: { readonly line: number; readonly column: number }
  readonly end: { readonly line: number; readonly column: number }
}

interface MessageOptions {
  readonly place: Place
  readonly ruleId: string
  readonly source: string
}

/** Any syntax tree's node, as unified hands it to a transformer (its type is checked when walking). */
export interface UnistNode {
  readonly type: string
}

export interface VFileLike {
  readonly path?: string
  readonly value?: unknown
  message?(reason: string, options: MessageOptions): unknown
  fail?(reason: string, options: MessageOptions): never
  toString(): string
}

const SOURCE = 'lifeline-diagrams'

const place = (d: LocatedDiagnostic): Place => ({ start: d.range.start, end: d.range.end })

/** The file's name in messages. */
export function fileName(file: VFileLike | undefined, fallback: string): string {
  return file?.path || fallback
}

/** The file's text, when the tree came from one. */
export function fileText(file: VFileLike | undefined): string | undefined {
  return file?.value === undefined || file.value === null ? undefined : file.toString()
}

/**
 * Reports the page's diagrams to unified: warnings as messages, and a failed build as one
 * fatal message holding every broken diagram's report (placed at the first error).
 */
export function reportToFile(file: VFileLike | undefined, outcomes: readonly BlockOutcome[]): void {
  for (const outcome of outcomes) {
    for (const d of outcome.diagnostics) {
      if (d.severity === 'warning') file?.message?.(d.message, { place: place(d), ruleId: d.code, source: SOURCE })
    }
  }
  const failed = outcomes.filter((o) => o.failed)
  const first = failed[0]?.diagnostics.find((d) => d.severity === 'error')
  if (!first) return
  const reason = failureMessage(failed.map((o) => o.report))
  if (file?.fail) file.fail(reason, { place: place(first), ruleId: first.code, source: SOURCE })
  throw new Error(reason)
}
