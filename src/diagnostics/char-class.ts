// How much room a character takes where no font table says: a CJK ideograph, kana, Hangul or
// full-width form takes two (two terminal cells, a whole em), an emoji about as much, a mark or
// a format character none. Two callers estimate it: layout, for text outside its font tables,
// and the code frame under a diagnostic, whose caret must stand under the right terminal cell.
export type CharClass = 'zero' | 'wide' | 'emoji' | 'other'

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u
const EMOJI = /\p{Extended_Pictographic}/u
const ZERO_WIDTH = /[\p{M}\p{Cf}\p{Cc}]/u

/** The class of one character (a code point). */
export function charClass(char: string): CharClass {
  if (ZERO_WIDTH.test(char)) return 'zero'
  if (EMOJI.test(char)) return 'emoji'
  if (WIDE.test(char)) return 'wide'
  return 'other'
}
