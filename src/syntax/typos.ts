// "Did you mean ...?" for a mistyped keyword (`ntoe over a`, `lop x { ... }`): the closest
// keyword, offered only when it shares the word's first letter and is a plausible typo, since
// the word may as well be a participant's name.
import type { IToken } from 'chevrotain'
import { closest } from '../diagnostics/suggest.js'
import { valid } from './token-context.js'

export function keywordTypo(word: IToken | undefined, keywords: readonly string[]): string | undefined {
  if (!valid(word)) return undefined
  const text = word.image.toLowerCase()
  const match = closest(text, keywords.filter((k) => k[0] === text[0]))
  return match !== text ? match : undefined
}
