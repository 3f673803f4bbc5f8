// PlantUML's Creole markup that Lifeline has no style for (text colour and background, size,
// underline `__`, strike `--`, wave `~~`, fonts, images, OpenIconic icons, `[[links]]` inside a label): the
// tags go and their text stays, each kind reported once per diagram. The styles Lifeline has
// (bold, italic, monospace) are mapped by styles.ts.
import type { MarkupReport } from '../builder.js'
import { LINK } from './links.js'

/** Each kind: the tags it matches, and what stays of them. */
const KINDS: readonly (readonly [string, RegExp, (match: string, ...groups: string[]) => string])[] = [
  ['colour', /<\/?(?:color|back)(?:[:\s][^>]*)?>/gi, () => ''],
  ['size', /<\/?(?:size|font)(?:[:\s][^>]*)?>/gi, () => ''],
  ['decoration', /<\/?(?:u|s|strike|del|w|wave)(?::[^>]*)?>/gi, () => ''],
  ['decoration', /(--|__|~~)(\S(?:.*?\S)?)\1/g, (_, _marker, inner = '') => inner],
  ['image', /<img[:\s][^>]*>/gi, () => ''],
  ['icon', /<&[\w-]+(?:\{[^}]*\})?>/g, () => ''],
  ['link', new RegExp(LINK.source, 'g'), (_, url = '', _tooltip, label = '') => label.trim() || url],
]

const WHAT: Readonly<Record<string, string>> = {
  colour: "Creole text colours ('<color>', '<back>')",
  size: "Creole text sizes and fonts ('<size>', '<font>')",
  decoration: "Creole underline, strike and wave ('__', '--', '~~', '<u>', '<s>', '<w>')",
  image: "Creole images ('<img>')",
  icon: "OpenIconic icons ('<&icon>')",
  link: "links inside a label ('[[url label]]')",
}

/** `text` without the Creole tags Lifeline cannot draw; the kinds left out go to `report`. */
export function withoutCreoleTags(text: string, report: MarkupReport): string {
  let out = text
  for (const [kind, pattern, keep] of KINDS) {
    const next = out.replace(pattern, keep)
    if (next !== out) report(kind, `${WHAT[kind] ?? kind} are left out, their text kept`)
    out = next
  }
  return out.replace(/ {2,}/g, ' ').trim()
}
