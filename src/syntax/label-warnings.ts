// Warnings for a bare label that seems to have swallowed something meant as code: since `;` is
// text inside a label and `#` starts a comment only between blanks, `a -> b: hi; b -> a: back`
// is one label and `call  #todo` keeps `#todo`. Both are what the rules say, but either may not
// be what the writer meant, so neither passes silently. Quoting the label says "this is text".
import { warning, type Diagnostic } from '../diagnostics/diagnostic.js'

const NAME = String.raw`(?:[\p{L}_][\p{L}\p{N}_]*|"[^"]*"|[?*\[\]])`
const ARROW = String.raw`(?:-->|->>|->|--x|-x|--)`
/** What a statement of the language looks like at its start, after a `;`. */
const STATEMENT = new RegExp(
  String.raw`^\s*(?:&\s*)?(?:${NAME}\s*${ARROW}\s*[+-]?\s*${NAME}` +
    String.raw`|note\s+(?:over|left\s+of|right\s+of)\s|ref\s+over\s|(?:activate|deactivate|create|destroy)\s+${NAME}\s*$` +
    String.raw`|(?:title|autonumber|theme|wrap|async-delay|footbox)\s*:)`,
  'u',
)
/** A `#` after two blanks or a tab, glued to a word: aligned like a comment, but text. */
const COMMENT_LIKE = /(?: {2,}|\t)#\S/g

const shown = (text: string): string => (text.length > 30 ? `${text.slice(0, 27)}...` : text)

/** The warnings for the bare label `text`, which starts at offset `start`. */
export function labelWarnings(text: string, start: number): Diagnostic[] {
  const found: Diagnostic[] = []
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) {
    const rest = text.slice(i + 1)
    if (!STATEMENT.test(rest)) continue
    const statement = shown(rest.trim())
    found.push(
      warning(
        'label-swallowed-statement',
        `';' is text in a label, so '${statement}' is part of this label: put it on a line of its own, or quote the label to keep it as text`,
        { start: start + i, end: start + text.trimEnd().length },
      ),
    )
    break
  }
  for (const m of text.matchAll(COMMENT_LIKE)) {
    const at = (m.index ?? 0) + m[0].indexOf('#')
    const word = /^#\S*/.exec(text.slice(at))?.[0] ?? '#'
    found.push(
      warning(
        'label-swallowed-comment',
        `'${shown(word)}' is part of the label: a comment needs a blank after '#' ('# ${shown(word.slice(1))}'); quote the label to keep it as text`,
        { start: start + at, end: start + at + word.length },
      ),
    )
  }
  return found
}
