// Mermaid's text conventions, undone: entity codes (`#59;` for `;`, `#quot;`, `#9829;`) and
// `<br>` line breaks in labels, and its statement separators (`;`, which an entity code's own
// `;` is not).

const NAMED: Readonly<Record<string, string>> = {
  quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0', semi: ';', colon: ':', num: '#', hash: '#', copy: '©', reg: '®', hellip: '…', ndash: '–', mdash: '—', deg: '°', infin: '∞', hearts: '♥',
}

const ENTITY = /#(\w+);/g

/**
 * The label as Mermaid shows it: `<br>` as a line break, entity codes decoded (after, so that
 * an encoded `#lt;br#gt;` stays the text `<br>`, as Mermaid draws it), trimmed.
 */
export function mermaidText(raw: string): string {
  return raw
    .split(/<br\s*\/?>/i)
    .map((part) => decodeEntities(part).trim())
    .join('\n')
    .trim()
}

/** A message's or note's text: `wrap:` / `nowrap:` first go (Lifeline wraps long labels by itself). */
export const mermaidLabel = (raw: string): string => mermaidText(raw.replace(/^\s*(?:no)?wrap:/i, ''))

function decodeEntities(raw: string): string {
  return raw.replace(ENTITY, (whole, code: string) => {
    if (/^\d+$/.test(code)) return String.fromCodePoint(Number(code))
    if (/^x[0-9a-f]+$/i.test(code)) return String.fromCodePoint(parseInt(code.slice(1), 16))
    return NAMED[code.toLowerCase()] ?? whole
  })
}

/** The text with every entity code's `#` and `;` masked (same length), so separators can be found. */
export function maskEntities(raw: string): string {
  return raw.replace(ENTITY, (whole) => '\u0001'.repeat(whole.length))
}

/** Where a `;`-separated piece of a line starts and what it says. */
export interface Piece {
  readonly text: string
  readonly offset: number
}

/**
 * A line split at its `;` separators, and its comment (Mermaid's `%%`, or `#` outside an
 * entity code), which runs to the end of the line.
 */
export function splitStatements(line: string): { pieces: Piece[]; comment: Piece | undefined } {
  const masked = maskEntities(line)
  const hash = masked.search(/%%|#/)
  const body = hash < 0 ? masked : masked.slice(0, hash)
  const comment = hash < 0 ? undefined : { text: line.slice(hash).replace(/^(%%|#)\s*/, ''), offset: hash }
  const pieces: Piece[] = []
  let from = 0
  for (const part of body.split(';')) {
    const lead = part.length - part.trimStart().length
    if (part.trim()) pieces.push({ text: line.slice(from + lead, from + lead + part.trim().length), offset: from + lead })
    from += part.length + 1
  }
  return { pieces, comment }
}
