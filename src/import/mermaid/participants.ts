// Mermaid's participant declarations: `participant A`, `actor B as Bob`, and the shape
// syntax `participant D@{ "type": "database" }`, whose types are Lifeline's shapes.
import type { Span } from '../../diagnostics/diagnostic.js'
import { attribute, type DiagramBuilder } from '../builder.js'
import { mermaidText } from './text.js'

const SHAPES = new Set(['participant', 'actor', 'boundary', 'control', 'entity', 'database', 'collections', 'queue'])

/** Declares the participant `piece` names; its id, or undefined when `piece` is no declaration. */
export function readMermaidParticipant(b: DiagramBuilder, piece: string, span: Span): string | undefined {
  const m = /^(participant|actor)\s+(.+?)(?:\s*@\{(.*)\})?(?:\s+as\s+(.*))?$/is.exec(piece)
  if (!m) return undefined
  const key = (m[2] ?? '').trim()
  const config = m[3] ?? ''
  const type = /["']?type["']?\s*:\s*["']?(\w+)/.exec(config)?.[1]?.toLowerCase() ?? (m[1] ?? '').toLowerCase()
  const alias = /["']?alias["']?\s*:\s*["']([^"']*)["']/.exec(config)?.[1]
  const display = m[4] !== undefined ? mermaidText(m[4]) : alias !== undefined ? mermaidText(alias) : undefined
  const shape = SHAPES.has(type) ? type : 'participant'
  const attributes = shape === 'participant' ? [] : [attribute('shape', shape, span)]
  if (!SHAPES.has(type)) b.unsupported(span, `the participant type '${type}' is drawn as a plain participant`)
  return b.declare({ key, display: display || undefined, attributes, span }, true)
}
