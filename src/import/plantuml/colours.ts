// PlantUML colours (`#lightblue`, `#FFAA00`, `#back:pink;line:red;text:navy`) as Lifeline
// style attributes; gradients and names CSS does not know are reported, not guessed.
import type { Span } from '../../diagnostics/diagnostic.js'
import type * as Ast from '../../syntax/ast.js'
import { parseColor } from '../../model/values.js'
import { attribute } from '../builder.js'

export interface Colouring {
  readonly attributes: Ast.Attribute[]
  /** What could not be carried over, for a warning. */
  readonly problems: string[]
}

const PARTS: Readonly<Record<string, string>> = { back: 'style.fill', line: 'style.stroke', text: 'style.font-color' }

/** A colour word as CSS reads it: `#red` → `red`, `#FA0` → `#fa0`; undefined if it is none. */
export function cssColour(word: string): string | undefined {
  const bare = word.replace(/^#/, '')
  for (const candidate of [bare, `#${bare}`]) {
    const parsed = parseColor(candidate)
    if (parsed.ok) return parsed.value
  }
  return undefined
}

/** `#colour` or `#back:x;line:y;text:z` → attributes, with `fill` naming the key a bare colour sets. */
export function plantUmlColour(spec: string, span: Span, fill = 'style.fill'): Colouring {
  const attributes: Ast.Attribute[] = []
  const problems: string[] = []
  for (const part of spec.replace(/^#/, '').split(';')) {
    if (!part) continue
    const [key, value] = part.includes(':') ? part.split(':', 2) : [undefined, part]
    const target = key === undefined ? fill : PARTS[key.toLowerCase()]
    const colour = cssColour(value ?? '')
    if (target && colour) attributes.push(attribute(target, colour, span))
    else problems.push(`the colour '${part}' is not carried over (${target ? 'Lifeline colours are CSS colours, without gradients' : `no Lifeline style for '${key}'`})`)
  }
  return { attributes, problems }
}
