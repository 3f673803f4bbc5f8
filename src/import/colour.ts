// Colours the other tools write, as Lifeline's (CSS) colours: `#red` and `red` → `red`,
// `#FA0` → `#fa0`, `rgb(1, 2, 3)` as it is; undefined for anything CSS does not know.
import { parseColor } from '../model/values.js'

export function cssColour(word: string): string | undefined {
  const bare = word.trim().replace(/^#/, '')
  for (const candidate of [bare, `#${bare}`]) {
    const parsed = parseColor(candidate)
    if (parsed.ok) return parsed.value
  }
  return undefined
}
