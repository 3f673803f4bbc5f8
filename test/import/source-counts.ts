// An independent count of what a Mermaid or PlantUML sequence diagram declares, read from its
// text with a handful of line patterns (deliberately not the importer's readers), so the
// corpus test can check that the imported diagram accounts for every participant, message,
// note and fragment branch.

export interface Counts {
  participants: number
  messages: number
  notes: number
  /** Fragment frames and their further branches (`else`, `and`, `option`). */
  branches: number
}

const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, '$1').trim()

export function countMermaid(source: string): Counts {
  const body = source.replace(/^\s*---\n[\s\S]*?\n---\n/, '')
  const lines = body.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('%%'))
  const names = new Set<string>()
  const counts: Counts = { participants: 0, messages: 0, notes: 0, branches: 0 }
  for (const line of lines) {
    const declared = /^(?:create\s+)?(?:participant|actor)\s+(.+?)(?:@\{.*\})?(?:\s+as\s+.*)?$/i.exec(line)
    const note = /^note\s+(?:left of|right of|over)\s+([^:]+):/i.exec(line)
    const arrow = /^([^:]+?)\s*(<<-->>|<<->>|-->>|->>|--\)|-\)|--x|-x|-->|->)\s*([^:]+?)\s*(:|$)/.exec(line)
    if (declared) names.add((declared[1] ?? '').trim())
    else if (note) {
      counts.notes++
      for (const n of (note[1] ?? '').split(',')) names.add(n.trim())
    } else if (/^(loop|alt|opt|par|par_over|critical|break|else|and|option)\b/i.test(line)) counts.branches++
    else if (arrow && !/^(title|accTitle|accDescr|links?|box|rect)\b/i.test(line)) {
      counts.messages++
      // `A()->>()B`: a central connection's `()` marks the end, not the name
      names.add((arrow[1] ?? '').replace(/\(\)$/, '').trim())
      names.add((arrow[3] ?? '').replace(/^[+-]?(\(\))?[+-]?/, '').trim())
    }
  }
  counts.participants = names.size
  return counts
}

const PUML_NAME = '"[^"]+"|[\\p{L}\\p{N}_.@$]+'

export function countPlantUml(source: string): Counts {
  const lines = source.split('\n').map((l) => l.trim())
  const keys = new Set<string>()
  const counts: Counts = { participants: 0, messages: 0, notes: 0, branches: 0 }
  const declaration = new RegExp(`^(?:create\\s+)?(?:participant|actor|boundary|control|entity|database|collections|queue)\\s+(${PUML_NAME})(?:\\s+as\\s+(${PUML_NAME}))?`, 'u')
  const message = new RegExp(`^&?\\s*(${PUML_NAME}|\\[|\\?)?\\s*[ox]?<{0,2}[/\\\\]{0,2}-+(?:\\[[^\\]]*\\])?-*(?:>{1,2}|[/\\\\]{1,2})?[ox]?(?:\\(\\d+\\))?\\s*(${PUML_NAME}|\\]|\\?)?\\s*(?:[-+*!]{2})*\\s*(?:#\\S+)?\\s*(?::|$)`, 'u')
  let inNote = false
  for (const line of lines) {
    if (inNote) {
      inNote = !/^end\s*[hr]?note$/i.test(line)
      continue
    }
    const declared = declaration.exec(line)
    const note = /^[hr]?note\s+(left|right|over|across)\b([^:#]*)/i.exec(line)
    if (declared) {
      const [, first = '', second] = declared
      keys.add(unquote(second === undefined ? first : !first.startsWith('"') && second.startsWith('"') ? first : second))
    } else if (note) {
      counts.notes++
      inNote = !line.includes(':')
      for (const n of (note[2] ?? '').replace(/^\s*of\s/, '').split(',').filter((n) => n.trim())) keys.add(unquote(n))
    } else if (/^(alt|opt|loop|par2?|break|critical|group|else)\b/i.test(line)) counts.branches++
    else if (/^return\b/i.test(line)) counts.messages++
    else if (!line.startsWith("'") && /-/.test(line.split(':')[0] ?? '') && /[<>/\\]/.test(line.split(':')[0] ?? '')) {
      const m = message.exec(line)
      if (!m) continue
      counts.messages++
      for (const end of [m[1], m[2]]) if (end && !['[', ']', '?'].includes(end)) keys.add(unquote(end))
    }
  }
  counts.participants = keys.size
  return counts
}
