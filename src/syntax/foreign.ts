// Text from another tool: a whole Mermaid or PlantUML diagram (recognised by its first line),
// or single lines of either pasted into a Lifeline file. Each foreign line gets one diagnostic
// saying what it is and how to write it here (foreign-rules.ts), and is then blanked out, so
// the parser reads the rest without a cascade of echoes. Only lines that already failed to
// parse (and bare `end` lines, which parse as a participant) are looked at: valid Lifeline is
// never second-guessed, and a file without errors costs nothing here.
import { error, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'
import { FOREIGN_RULES, type ForeignMatch } from './foreign-rules.js'

const HEADERS: readonly [RegExp, string, string][] = [
  [/^sequenceDiagram\b/, 'Mermaid', 'sequenceDiagram'],
  [/^@startuml\b/, 'PlantUML', '@startuml'],
]
/** Lines skipped before a header: blank lines, Mermaid's `%%` directives, PlantUML comments. */
const PREAMBLE = /^(?:\s*|%%.*|'.*)$/

/** The error for a whole diagram in another tool's language, if the text is one. */
export function foreignDiagram(source: string): Diagnostic | undefined {
  let offset = 0
  for (const line of source.split('\n')) {
    const trimmed = line.trim()
    if (!PREAMBLE.test(line.replace(/\r$/, ''))) {
      for (const [pattern, tool, word] of HEADERS) {
        if (!pattern.test(trimmed)) continue
        const start = offset + line.indexOf(trimmed)
        const message = `this is ${tool} text (it starts with '${word}'): convert it with \`lifeline import FILE\`, which writes the Lifeline version`
        return error('foreign-diagram', message, { start, end: start + word.length })
      }
      return undefined
    }
    offset += line.length + 1
  }
  return undefined
}

/** Lines that only another tool's users write and that parse here (as a participant), so they raise no error. */
const SILENT_FOREIGN = /^[ \t]*(?:end|newpage)[ \t]*$/m

export function mayHoldForeignLines(source: string, hasErrors: boolean): boolean {
  return hasErrors || SILENT_FOREIGN.test(source)
}

export interface ForeignLines {
  readonly diagnostics: readonly Diagnostic[]
  /** The source with every foreign line blanked (same offsets and line breaks). */
  readonly masked: string
}

/**
 * Applies the rules to the lines in `candidates` (1-based) and to bare `end` lines. A rule for
 * a block that spans lines (`note ... end note`) blanks it through its closing line.
 */
export function foreignLines(source: string, candidates: ReadonlySet<number>): ForeignLines {
  const lines = source.split('\n')
  const diagnostics: Diagnostic[] = []
  const spans: Span[] = []
  let offset = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const trimmed = line.replace(/\r$/, '').trim()
    const found = candidates.has(i + 1) || /^(?:end|newpage)$/.test(trimmed) ? firstMatch(trimmed) : undefined
    if (!found) {
      offset += line.length + 1
      continue
    }
    const start = offset + line.indexOf(trimmed) + found.at
    diagnostics.push(error('foreign-syntax', found.message, { start, end: offset + line.replace(/\r$/, '').length }))
    let last = i
    if (found.until) {
      const close = lines.findIndex((l, j) => j > i && found.until?.test(l.trim()))
      if (close > i) last = close
    }
    let end = offset
    for (let j = i; j <= last; j++) end += (lines[j] ?? '').length + 1
    spans.push({ start: offset, end: end - 1 })
    offset = end
    i = last
  }
  return { diagnostics, masked: spans.length > 0 ? blank(source, spans) : source }
}

function firstMatch(line: string): ForeignMatch | undefined {
  if (line === '') return undefined
  for (const rule of FOREIGN_RULES) {
    const found = rule(line)
    if (found) return found
  }
  return undefined
}

/** The source with the characters of `spans` replaced by spaces, line breaks kept. */
function blank(source: string, spans: readonly Span[]): string {
  let out = ''
  let from = 0
  for (const s of spans) {
    out += source.slice(from, s.start) + source.slice(s.start, s.end).replace(/[^\r\n]/g, ' ')
    from = s.end
  }
  return out + source.slice(from)
}
