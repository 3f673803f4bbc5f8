// Mermaid messages: `A->>+B: text` with every arrow of arrows.ts, activation marks, central
// connections (`A->>()B`, drawn to the lifeline's centre: Lifeline has none, so the `()` go),
// and the label's `wrap:` prefix (Lifeline wraps long labels by itself).
import type { Span } from '../../diagnostics/diagnostic.js'
import { attribute, type DiagramBuilder } from '../builder.js'
import { arrowMeaning, MESSAGE, type ArrowMeaning } from './arrows.js'
import { mermaidLabel } from './text.js'

export interface ReadMessage {
  /** The source names of its two ends. */
  readonly names: readonly string[]
  /** The name of the participant a cross arrow destroys, if it is one. */
  readonly destroys: string | undefined
}

/** Adds the message `piece` says; undefined if it is none. */
export function readMermaidMessage(b: DiagramBuilder, piece: string, span: Span, destroying: ReadonlySet<string>): ReadMessage | undefined {
  const m = MESSAGE.exec(piece)
  if (!m) return undefined
  const [, leftText = '', arrowText = '', markText = '', rightText = '', rawLabel] = m
  const arrowAt = piece.indexOf(arrowText, leftText.length)
  const arrowSpan = { start: span.start + arrowAt, end: span.start + arrowAt + arrowText.length }
  const central = /\(\)$/.test(leftText) || /^\(\)/.test(rightText)
  if (central) b.unsupportedOnce('central', arrowSpan, "central connections ('()' at an arrow's end) have no Lifeline equivalent: the message goes to the participant itself", span.end)
  // `A->>+()B` and `A->>()+B` both put the mark beside the target.
  const right = rightText.replace(/^\(\)\s*/, '')
  const mark = markText || (/^[+-]/.exec(right)?.[0] ?? '')
  const leftName = leftText.replace(/\s*\(\)$/, '').trim()
  const rightName = (markText ? right : right.replace(/^[+-]\s*/, '')).trim()
  const written = arrowMeaning(arrowText)
  const [fromName, toName] = written.reversed ? [rightName, leftName] : [leftName, rightName]
  // `destroy x` then `a-xx`: the cross is where x ends, as Lifeline's `-x` draws it.
  const crosses = (arrowText === '-x' || arrowText === '--x') && destroying.has(toName)
  const meaning: ArrowMeaning = crosses ? { arrow: arrowText === '-x' ? 'cross' : 'dashed-cross', attributes: [] } : written
  const from = b.endpoint(fromName, span)
  const to = b.endpoint(toName, span)
  const value = rawLabel === undefined ? '' : mermaidLabel(rawLabel)
  b.add({
    kind: 'message', span, parallel: false, from, to, arrow: meaning.arrow, arrowSpan,
    activation: mark === '+' ? 'activate' : mark === '-' ? 'deactivate' : undefined,
    label: value ? { value, span } : undefined,
    attributes: meaning.attributes.map(([k, v]) => attribute(k, v, arrowSpan)),
  })
  if (meaning.approximation) b.unsupported(arrowSpan, meaning.approximation, span.end)
  return { names: [fromName, toName], destroys: crosses ? toName : undefined }
}
