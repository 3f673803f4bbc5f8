// The benchmark's diagrams: one deterministic scenario per size, written in Lifeline and in
// each peer's syntax (PlantUML, Mermaid, D2), so every tool draws the same thing.
// A third of the messages are async, some of those slanted (`delay`), and the timeline has
// notes, alt/loop/opt fragments and activation pairs in fixed proportions, so cost can be
// compared across sizes.

export interface Size {
  readonly name: string
  readonly participants: number
  readonly messages: number
}

export const SIZES: readonly Size[] = [
  { name: 'small', participants: 6, messages: 8 },
  { name: 'medium', participants: 10, messages: 100 },
  { name: 'large', participants: 30, messages: 1000 },
  { name: 'huge', participants: 50, messages: 10000 },
]

type Kind = 'sync' | 'async' | 'reply'

export type Statement =
  | { readonly type: 'message'; readonly from: number; readonly to: number; readonly kind: Kind; readonly label: string; readonly delay: number }
  | { readonly type: 'note'; readonly over: readonly [number, number]; readonly text: string }
  | { readonly type: 'fragment'; readonly kind: 'alt' | 'loop' | 'opt'; readonly branches: readonly Branch[] }
  | { readonly type: 'activate' | 'deactivate'; readonly who: number }

export interface Branch {
  readonly label: string
  readonly body: readonly Statement[]
}

export interface Scenario {
  readonly size: Size
  readonly participants: readonly string[]
  readonly statements: readonly Statement[]
}

/** A small deterministic PRNG (mulberry32), so every run draws the same diagrams. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['fetch', 'order', 'user', 'token', 'cache', 'retry', 'commit', 'event', 'invoice', 'status', 'batch', 'lookup', 'update', 'notify']
/** One statement in this many is a note; one in FRAGMENT_EVERY opens a fragment. */
const NOTE_EVERY = 12
const FRAGMENT_EVERY = 10
/** Messages in each fragment branch. */
const BRANCH_MESSAGES = 2

export function scenario(size: Size, seed = 1): Scenario {
  const rnd = random(seed)
  const pick = (n: number): number => Math.floor(rnd() * n)
  const participants = Array.from({ length: size.participants }, (_, i) => `Service ${i + 1}`)
  let left = size.messages
  let count = 0
  const message = (): Statement => {
    left--
    count++
    const from = pick(size.participants)
    let to = pick(size.participants - 1)
    if (to >= from) to++
    const roll = count % 3
    const kind: Kind = roll === 0 ? 'async' : roll === 1 ? 'sync' : 'reply'
    const delay = kind === 'async' && count % 2 === 0 ? 1 + pick(2) : 0
    const words = 1 + pick(4)
    const label = `${count} ${Array.from({ length: words }, () => WORDS[pick(WORDS.length)]).join(' ')}`
    return { type: 'message', from, to, kind, label, delay }
  }
  const statements: Statement[] = []
  let n = 0
  while (left > 0) {
    n++
    if (n % FRAGMENT_EVERY === 0 && left >= 2 * BRANCH_MESSAGES) {
      const kind = (['alt', 'loop', 'opt'] as const)[pick(3)] ?? 'opt'
      const branchCount = kind === 'alt' ? 2 : 1
      const branches = Array.from({ length: branchCount }, (_, b) => ({
        label: b === 0 ? `case ${n}` : 'otherwise',
        body: Array.from({ length: BRANCH_MESSAGES }, message),
      }))
      statements.push({ type: 'fragment', kind, branches })
    } else if (n % NOTE_EVERY === 0) {
      const a = pick(size.participants)
      const b = Math.min(size.participants - 1, a + pick(2))
      statements.push({ type: 'note', over: [a, b], text: `note ${n}: ${WORDS[pick(WORDS.length)]}` })
    } else if (n % FRAGMENT_EVERY === 5 && left >= 2) {
      const m = message()
      if (m.type !== 'message') continue
      statements.push({ type: 'activate', who: m.to }, m, message(), { type: 'deactivate', who: m.to })
    } else {
      statements.push(message())
    }
  }
  return { size, participants, statements }
}

const id = (i: number): string => `p${i + 1}`

/** Writes the statements, nesting fragment bodies, in one tool's syntax. */
function emit(statements: readonly Statement[], line: (s: Statement, out: string[], indent: string) => void, indent = ''): string[] {
  const out: string[] = []
  for (const s of statements) line(s, out, indent)
  return out
}

export function toLifeline(sc: Scenario): string {
  const LIFELINE_ARROW: Record<Kind, string> = { sync: '->', async: '->>', reply: '-->' }
  const line = (s: Statement, out: string[], indent: string): void => {
    switch (s.type) {
      case 'message':
        out.push(`${indent}${id(s.from)} ${LIFELINE_ARROW[s.kind]} ${id(s.to)}: ${s.label}${s.delay ? ` { delay: ${s.delay} }` : ''}`)
        return
      case 'note':
        out.push(`${indent}note over ${id(s.over[0])}${s.over[1] !== s.over[0] ? `, ${id(s.over[1])}` : ''}: ${s.text.replace(':', ' -')}`)
        return
      case 'fragment':
        s.branches.forEach((b, i) => {
          const head = i === 0 ? `${indent}${s.kind} ${b.label} {` : `${indent}} else ${b.label} {`
          out.push(head, ...emit(b.body, line, `${indent}  `))
        })
        out.push(`${indent}}`)
        return
      case 'activate':
      case 'deactivate':
        out.push(`${indent}${s.type} ${id(s.who)}`)
        return
    }
  }
  const heads = sc.participants.map((p, i) => `${id(i)}: ${p}`)
  return [`title: Benchmark ${sc.size.name}`, ...heads, ...emit(sc.statements, line)].join('\n') + '\n'
}

/**
 * PlantUML and Mermaid write fragments alike (`alt x` ... `else y` ... `end`) and both have
 * `activate` / `deactivate` statements.
 */
function blockOrActivation(
  s: Extract<Statement, { type: 'fragment' | 'activate' | 'deactivate' }>,
  out: string[],
  indent: string,
  line: (s: Statement, out: string[], indent: string) => void,
): void {
  if (s.type !== 'fragment') {
    out.push(`${indent}${s.type} ${id(s.who)}`)
    return
  }
  s.branches.forEach((b, i) => out.push(`${indent}${i === 0 ? s.kind : 'else'} ${b.label}`, ...emit(b.body, line, `${indent}  `)))
  out.push(`${indent}end`)
}

export function toPlantUml(sc: Scenario): string {
  const ARROW: Record<Kind, string> = { sync: '->', async: '->>', reply: '-->' }
  const line = (s: Statement, out: string[], indent: string): void => {
    switch (s.type) {
      case 'message': {
        // PlantUML draws a slanted arrow with `->(N)`, N in pixels of drop.
        const arrow = s.delay ? `${ARROW[s.kind]}(${s.delay * 20})` : ARROW[s.kind]
        out.push(`${indent}${id(s.from)} ${arrow} ${id(s.to)} : ${s.label}`)
        return
      }
      case 'note':
        out.push(`${indent}note over ${id(s.over[0])}${s.over[1] !== s.over[0] ? `, ${id(s.over[1])}` : ''} : ${s.text}`)
        return
      case 'fragment':
      case 'activate':
      case 'deactivate':
        blockOrActivation(s, out, indent, line)
        return
    }
  }
  const heads = sc.participants.map((p, i) => `participant "${p}" as ${id(i)}`)
  return ['@startuml', '!pragma teoz true', `title Benchmark ${sc.size.name}`, ...heads, ...emit(sc.statements, line), '@enduml'].join('\n') + '\n'
}

export function toMermaid(sc: Scenario): string {
  // Mermaid: ->> solid with a filled head, -) async (open head), -->> dashed reply. It has
  // no slanted messages, so delayed ones are drawn level.
  const ARROW: Record<Kind, string> = { sync: '->>', async: '-)', reply: '-->>' }
  const line = (s: Statement, out: string[], indent: string): void => {
    switch (s.type) {
      case 'message':
        out.push(`${indent}${id(s.from)}${ARROW[s.kind]}${id(s.to)}: ${s.label}`)
        return
      case 'note':
        out.push(`${indent}Note over ${id(s.over[0])}${s.over[1] !== s.over[0] ? `,${id(s.over[1])}` : ''}: ${s.text.replace(':', ' -')}`)
        return
      case 'fragment':
      case 'activate':
      case 'deactivate':
        blockOrActivation(s, out, indent, line)
        return
    }
  }
  const heads = sc.participants.map((p, i) => `  participant ${id(i)} as ${p}`)
  return ['sequenceDiagram', `  title Benchmark ${sc.size.name}`, ...heads, ...emit(sc.statements, line, '  ')].join('\n') + '\n'
}

export function toD2(sc: Scenario): string {
  // D2: fragments are groups (containers) inside the sequence diagram; notes are objects on a
  // lifeline; replies are dashed; activations and slanted messages have no equivalent.
  let notes = 0
  const line = (s: Statement, out: string[], indent: string): void => {
    switch (s.type) {
      case 'message':
        out.push(`${indent}${id(s.from)} -> ${id(s.to)}: "${s.label}"${s.kind === 'reply' ? ' { style.stroke-dash: 3 }' : ''}`)
        return
      case 'note':
        out.push(`${indent}${id(s.over[0])}.n${++notes}: "${s.text}"`)
        return
      case 'fragment':
        s.branches.forEach((b, i) => {
          out.push(`${indent}f${++notes}: "${i === 0 ? s.kind : 'else'} ${b.label}" {`, ...emit(b.body, line, `${indent}  `), `${indent}}`)
        })
        return
      case 'activate':
      case 'deactivate':
        return
    }
  }
  const heads = sc.participants.map((p, i) => `${id(i)}: "${p}"`)
  return ['shape: sequence_diagram', ...heads, ...emit(sc.statements, line)].join('\n') + '\n'
}
