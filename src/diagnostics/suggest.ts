// "Did you mean ...?" for misspelt keys and values: the closest candidate by edit distance,
// offered only when it is close enough to be a plausible typo. The work is bounded whatever
// the input: words and candidates longer than MAX_WORD_LENGTH are not compared, at most
// MAX_CANDIDATES candidates are looked at, and the distance is computed only within the band
// that could still beat the best match, so one lookup costs at most
// MAX_CANDIDATES × MAX_WORD_LENGTH × (2 × bound + 1) steps. Callers that suggest once per
// statement bound the number of lookups as well (model/participants.ts).

/** Longer words are not typos worth guessing at (and comparing them costs the square). */
export const MAX_WORD_LENGTH = 32
/** A lookup compares the word with the first this many candidates only. */
export const MAX_CANDIDATES = 1000

/** Levenshtein distance, or `bound` when it is `bound` or more (only a band of width 2·bound+1 is computed). */
function distance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) >= bound) return bound
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(bound)
    row[0] = i
    let best = i
    for (let j = Math.max(1, i - bound); j <= Math.min(b.length, i + bound); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min((previous[j] ?? bound) + 1, (row[j - 1] ?? bound) + 1, (previous[j - 1] ?? bound) + cost)
      best = Math.min(best, row[j] ?? bound)
    }
    if (best >= bound) return bound
    previous = row
  }
  return Math.min(bound, previous[b.length] ?? bound)
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_WORD_LENGTH) return undefined
  const lower = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
    if (candidate.length > MAX_WORD_LENGTH) continue
    const d = distance(lower, candidate.toLowerCase(), bestDistance)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/** `' (did you mean 'x'?)'`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates)
  return match ? ` (did you mean '${match}'?)` : ''
}

/**
 * For a word with '-' or '.' inside where a participant's name stands, read as one token:
 * `www-data`, or `A-xBob` pasted from Mermaid, which writes arrows without spaces.
 */
export function bareNameMessage(word: string): string {
  const arrow = /^([\p{L}_][\p{L}\p{N}_]*)(--?x)([\p{L}_][\p{L}\p{N}_]*)$/u.exec(word)
  const spaced = arrow ? `, or put spaces around the arrow ('${arrow[1]} ${arrow[2]} ${arrow[3]}')` : ''
  return `a name may only hold letters, digits and '_': write "${word}" in quotes${spaced}`
}
