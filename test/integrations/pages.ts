// Sample pages for the Markdown plugins' tests: several diagrams (one of them twice, one inside
// a list item), and a page with a broken diagram whose error positions are known.
import { readFileSync } from 'node:fs'

export const signup = readFileSync('examples/signup-welcome-email.seq', 'utf8')
export const cache = readFileSync('examples/cache-aside-read.seq', 'utf8')

/** Three diagrams, the first one twice, the last in a list item (indented by three). */
export const GOOD_PAGE = [
  '# Flows',
  '',
  '```lifeline',
  signup.trimEnd(),
  '```',
  '',
  'Some text between the diagrams, and code that is not a diagram:',
  '',
  '```js',
  'console.log("a -> b")',
  '```',
  '',
  '```seq',
  cache.trimEnd(),
  '```',
  '',
  '1. The first flow again:',
  '',
  ...['```lifeline', ...signup.trimEnd().split('\n'), '```'].map((line) => (line ? `   ${line}` : line)),
  '',
].join('\n')

/** One good diagram, then one whose second line names an unknown participant, indented in a list. */
export const BROKEN_PAGE = [
  '# Broken',
  '',
  '```lifeline',
  'a -> b: fine',
  '```',
  '',
  '- item',
  '',
  '  ```lifeline',
  '  a -> b: ok',
  '  note over zz: hi',
  '  ```',
  '',
].join('\n')

/** Where BROKEN_PAGE's error is: the `zz` on its 11th line, column 13. */
export const BROKEN_AT = { line: 11, column: 13 }

/** Every id="..." in some markup. */
export function idsIn(markup: string): string[] {
  return [...markup.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? '')
}

/** The <svg>...</svg> elements in some markup. */
export function svgsIn(markup: string): string[] {
  return [...markup.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0])
}
