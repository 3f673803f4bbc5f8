// Mermaid messages: `A->>+B: text` with every arrow of arrows.ts, activation marks, and the
// label's `wrap:` prefix (Lifeline wraps long labels by itself).
import type { Span } from '../../diagnostics/diagnostic.js'
import { attribute, type DiagramBuilder } from '../builder.js'
import { arrowMeaning, MESSAGE } from './arrows.js'
import { mermaidText } from './text.js'

/** Adds the message `piece` says; the source names of its two ends, or undefined if it is none. */
export function readMermaidMessage(b: DiagramBuilder, piece: string, span: Span): { names: string[] } | undefined {
  const m = MESSAGE.exec(piece)
  if (!m) return undefined
  const [, fromName = '', arrowText = '', mark = '', toName = '', rawLabel] = m
  const meaning = arrowMeaning(arrowText)
  const arrowAt = piece.indexOf(arrowText, fromName.length)
  const arrowSpan = { start: span.start + arrowAt, end: span.start + arrowAt + arrowText.length }
  const from = b.endpoint(fromName.trim(), span)
  const to = b.endpoint(toName.trim(), span)
  const value = rawLabel === undefined ? '' : mermaidText(rawLabel.replace(/^\s*(?:no)?wrap:/i, ''))
  b.add({
    kind: 'message', span, parallel: false, from, to, arrow: meaning.arrow, arrowSpan,
    activation: mark === '+' ? 'activate' : mark === '-' ? 'deactivate' : undefined,
    label: value ? { value, span } : undefined,
    attributes: meaning.attributes.map(([k, v]) => attribute(k, v, arrowSpan)),
  })
  if (meaning.approximation) b.unsupported(arrowSpan, meaning.approximation, span.end)
  return { names: [fromName.trim(), toName.trim()] }
}
