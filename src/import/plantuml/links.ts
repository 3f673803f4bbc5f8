// PlantUML's links, `[[https://x{tooltip} label]]`, on a participant or in a message's label:
// Lifeline's `link` and `tooltip` attributes (a participant's head or a message's label
// becomes the link). One rule for both, so both accept the same addresses.
import type { Span } from '../../diagnostics/diagnostic.js'
import type * as Ast from '../../syntax/ast.js'
import { attribute } from '../builder.js'

export const LINK = /\[\[\s*([^\s\]{]+)(?:\{([^}]*)\})?\s*([^\]]*)\]\]/

export interface Link {
  readonly attributes: Ast.Attribute[]
  /** The link's own label, if it has one. */
  readonly label: string | undefined
  /** Why it was not carried over, if it was not. */
  readonly problem?: string
}

/** The link `[[...]]` in `text` (the first one), if there is one. */
export function plantUmlLink(text: string, span: Span): Link | undefined {
  const m = LINK.exec(text)
  if (!m) return undefined
  const [whole, url = '', tooltip, label] = m
  const shown = label?.trim() || undefined
  if (!/^(https?:|mailto:|[^:]*$)/i.test(url)) return { attributes: [], label: shown, problem: `the link '${whole}' is not carried over: Lifeline links are http:, https:, mailto: or relative` }
  return { attributes: [attribute('link', url, span), ...(tooltip ? [attribute('tooltip', tooltip, span)] : [])], label: shown }
}
