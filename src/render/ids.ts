// Deterministic id prefixes: the same source always gets the same prefix, and two different
// diagrams inlined in one page almost surely get different ones (32-bit FNV-1a of the source).

export function idPrefix(source: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `lifeline-${hash.toString(36).padStart(7, '0')}`
}
