// Lines of Mermaid and PlantUML that people paste, each with what it is and how to write it
// here. A rule sees one line (trimmed of its indentation) and, if it recognises it, says
// where the foreign part starts (a column in the trimmed line) and what to write instead.
// Rules are tried in order; the first that matches wins. foreign.ts applies them.
import { isColourName } from '../../grammar/colour-names.js'

export interface ForeignMatch {
  /** Column of the foreign part in the trimmed line. */
  readonly at: number
  readonly message: string
  /** For a block that spans lines (`note ... end note`): a test for its last line. */
  readonly until?: RegExp
}

type Rule = (line: string) => ForeignMatch | undefined

const SHAPES = new Set(['participant', 'actor', 'boundary', 'control', 'entity', 'database', 'collections', 'queue'])
const PLANTUML_ONLY_SHAPES = new Set(['boundary', 'control', 'entity', 'database', 'collections', 'queue'])
const BLOCKS = new Set(['alt', 'opt', 'loop', 'par', 'critical', 'break', 'group'])
const BRANCH_OF: Record<string, string> = { else: 'alt', and: 'par', option: 'critical' }

const unquote = (s: string): string => s.replace(/^"(.*)"$/, '$1')
/** PlantUML's `#LightBlue` / `#99FF99` as a colour value here: a name without the `#`, hex with it. */
const colour = (c: string): string => (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(c) ? c.toLowerCase() : c.replace(/^#/, '').toLowerCase())
/** A name as the language writes it: bare when it is a plain identifier, quoted otherwise. */
const asName = (s: string): string => (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(s) ? s : `"${s}"`)

function at(line: string, text: string, message: string): ForeignMatch {
  return { at: Math.max(0, line.indexOf(text)), message }
}

/** `participant A as Alice`, `actor Bob #red`, `database "Orders DB" as db order 10`. */
const declaration: Rule = (line) => {
  const m = /^(\w+)\s+("[^"]*"|[^\s"#]+)(?:\s+as\s+("[^"]*"|[^\s"#]+))?(\s+#\w+)?(?:\s+order\s+\d+)?(?:\s+<<.*>>)?\s*$/.exec(line)
  const keyword = m?.[1]
  if (!m || !keyword || !SHAPES.has(keyword)) return undefined
  const first = m[2] ?? ''
  const second = m[3]
  // Mermaid and PlantUML: `participant A as Alice`; PlantUML also `participant "Long name" as L`.
  const [id, label] = second === undefined ? [unquote(first), undefined] : first.startsWith('"') ? [unquote(second), unquote(first)] : [unquote(first), unquote(second)]
  const attrs = [keyword !== 'participant' ? `shape: ${keyword}` : '', m[4] ? `style.fill: ${colour(m[4].trim())}` : ''].filter(Boolean)
  const written = `${asName(id)}${label !== undefined ? `: ${label}` : ''}${attrs.length ? ` { ${attrs.join('; ')} }` : ''}`
  const tool = PLANTUML_ONLY_SHAPES.has(keyword) || m[4] ? "PlantUML's" : "Mermaid's and PlantUML's"
  return { at: 0, message: `${tool} \`${line}\` declares a participant: here write \`${written}\`` }
}

/** Mermaid `create participant B`, PlantUML `create control String`. */
const createDeclaration: Rule = (line) => {
  const m = /^create\s+(\w+)\s+("[^"]*"|\S+)/.exec(line)
  if (!m || !SHAPES.has(m[1] ?? '')) return undefined
  const shape = m[1] === 'participant' ? '' : ` (the shape goes in its declaration: \`{ shape: ${m[1]} }\`)`
  return { at: 0, message: `\`${line}\` is \`create ${asName(unquote(m[2] ?? ''))}\` here${shape}` }
}

/** Mermaid's capitalised `Note`, PlantUML's note forms: multi-line, beside a message, across, coloured, hnote / rnote. */
const note: Rule = (line) => {
  const m = /^(Note|note|hnote|rnote)\s*(over|left of|right of|left|right|across)?\b\s*([^:#]*?)\s*(#\w+)?\s*(:.*)?$/.exec(line)
  if (!m) return undefined
  const [, keyword = '', place, targets = '', hash, text] = m
  if (keyword === 'note' && place && /^(over|left of|right of)$/.test(place) && targets && text && !hash) return undefined // ours
  if (keyword === 'Note') return at(line, 'Note', `Mermaid's \`Note\` is \`note\` here (keywords are lower case): \`note ${place ?? 'over'} ${targets.replace(/\s*,\s*/g, ', ')}${text ?? ':'}\``)
  if (keyword === 'hnote' || keyword === 'rnote') return at(line, keyword, `PlantUML's \`${keyword}\` is a plain \`note\` here: \`note ${place ?? 'over'} ${targets || 'a'}${text ?? ': ...'}\``)
  if ((place === 'left' || place === 'right') && !targets) {
    return { at: 0, message: `PlantUML's \`note ${place}${text ?? ''}\` (beside the message before it) is \`& note ${place} of NAME${text ?? ': ...'}\` here` }
  }
  if (place === 'across') return { at: 0, message: `PlantUML's \`note across\` is \`note over FIRST, LAST${text ?? ': ...'}\` here (it spans the columns from FIRST to LAST)` }
  if (hash && text) return at(line, hash, `a colour after the participants is PlantUML's: write \`note ${place} ${targets}${text} { style.fill: ${colour(hash)} }\``)
  if (!text && place) {
    return { at: 0, message: `PlantUML's multi-line \`note ... end note\` is one note with a text block here: \`note ${place} ${targets || 'a'}: """\` then its lines, then \`"""\``, until: /^end\s?[hr]?note$/ }
  }
  return undefined
}

/** PlantUML's multi-line `ref over a ... end ref`. */
const refBlock: Rule = (line) => {
  const m = /^ref\s+over\s+([^:]+?)\s*$/.exec(line)
  if (!m) return undefined
  return { at: 0, message: `PlantUML's multi-line \`ref over ... end ref\` is \`ref over ${m[1]}: """\` then its lines, then \`"""\` here`, until: /^end\s?ref$/ }
}

/** `loop Every minute` ... `end`: a block without braces (both tools). */
const braceless: Rule = (line) => {
  const m = /^(\w+)(?:\s+(.*?))?\s*$/.exec(line)
  const keyword = m?.[1] ?? ''
  if (!m || line.includes('{')) return undefined
  const label = m[2] ? ` ${m[2]}` : ''
  if (BLOCKS.has(keyword)) return { at: 0, message: `a block opens with '{' here: write \`${keyword}${label} {\` ... \`}\` (Mermaid's and PlantUML's \`end\` is \`}\`)` }
  const fragment = BRANCH_OF[keyword]
  if (fragment) return { at: 0, message: `\`${keyword}${label}\` starts a branch of ${fragment === 'alt' ? 'an' : 'a'} \`${fragment}\` in Mermaid and PlantUML: here close the branch before it and open this one: \`} ${keyword}${label} {\`` }
  return undefined
}

/** `end`, `end box`, `end legend`: block ends of both tools. */
const blockEnd: Rule = (line) => {
  const m = /^end\s*(box|legend|note|ref)?$/.exec(line)
  if (!m) return undefined
  if (m[1] === 'box') return { at: 0, message: "PlantUML's `end box` is the `}` of `box Label { ... }` here" }
  return { at: 0, message: 'Mermaid and PlantUML close a block with `end`; here a block ends with `}` (a participant named end is written "end" when it stands alone)' }
}

/** Mermaid's `rect rgb(...)` background. */
const rect: Rule = (line) => {
  const m = /^rect\s+(.*?)\s*\{?$/.exec(line)
  if (!m) return undefined
  return { at: 0, message: `Mermaid's \`rect ${m[1]}\` ... \`end\` is \`highlight { style.fill: ${m[1]}; ... }\` here` }
}

/** Mermaid `box Aqua Group` ... `end`, PlantUML `box "Internal Service" #LightBlue` ... `end box`. */
const box: Rule = (line) => {
  const m = /^box\s+(.*?)\s*(\{)?$/.exec(line)
  if (!m) return undefined
  const body = m[1] ?? ''
  // Mermaid's colour comes first, as a name (`box Aqua Group`) or rgb(...); PlantUML's is a #.
  const named = /^(\w+)\s/.exec(body)?.[1]
  const fillText = /(#\w+|rgba?\([^)]*\))/.exec(body)?.[1] ?? (named && isColourName(named) ? named : undefined)
  if (!fillText && m[2]) return undefined // ours: `box Label {`
  const label = unquote(body.replace(fillText ?? '', '').trim())
  const fill = fillText ? `style.fill: ${fillText.startsWith('#') ? colour(fillText) : fillText.toLowerCase()}; ` : ''
  const tool = fillText?.startsWith('#') ? "PlantUML's" : "Mermaid's"
  return at(line, fillText ?? 'box', `${tool} \`box ${body}\` is \`box ${label || 'Label'} { ${fill}a; b }\` here (a colour is a \`style.fill\` line inside)`)
}

/** PlantUML `autonumber 10 10 "<b>[000]"`, `autonumber stop` / `resume`. */
const autonumber: Rule = (line) => {
  const m = /^autonumber\s+(.*)$/.exec(line)
  if (!m || /^:/.test(m[1] ?? '')) return undefined
  const args = m[1] ?? ''
  if (args === 'stop') return { at: 0, message: "PlantUML's `autonumber stop` is `autonumber: false` here" }
  if (args === 'off') return { at: 0, message: "Mermaid's `autonumber off` is `autonumber: false` here" }
  if (/^resume/.test(args)) return { at: 0, message: "PlantUML's `autonumber resume` is `autonumber: N` here, N being the next number" }
  const n = /^(\d+)(?:\s+(\d+))?(?:\s+"(.*)")?$/.exec(args)
  if (!n) return { at: 0, message: `PlantUML's \`autonumber ${args}\` is \`autonumber: N { step: K; format: "[1]" }\` here` }
  const attrs = [n[2] ? `step: ${n[2]}` : '', n[3] !== undefined ? 'format: "[1]"' : ''].filter(Boolean)
  return { at: 0, message: `PlantUML's \`${line}\` is \`autonumber: ${n[1]}${attrs.length ? ` { ${attrs.join('; ')} }` : ''}\` here${n[3] !== undefined ? ' (the 1 in a format stands for the number)' : ''}` }
}

/** One-line PlantUML and Mermaid statements with a direct translation or none. */
const keywordLines: Rule = (line) => {
  const word = /^[!%']*[\w]*/.exec(line)?.[0] ?? ''
  if (line.startsWith('%%')) return { at: 0, message: "Mermaid's `%%` comment is `#` here" }
  if (line.startsWith("/'")) return { at: 0, message: "PlantUML's `/' ... '/` comment is `#` at the start of each line here", until: /'\/\s*$/ }
  if (line.startsWith("'")) return { at: 0, message: "PlantUML's `'` comment is `#` here" }
  if (line.startsWith('!')) return { at: 0, message: `PlantUML's preprocessor line \`${word}\` has no equivalent here: the file is read as it is` }
  if (/^hide\s+footbox\b/.test(line)) return { at: 0, message: "PlantUML's `hide footbox` is `footbox: false` here" }
  if (/^(skinparam|hide|show)\b/.test(line)) return { at: 0, message: `PlantUML's \`${word}\` has no equivalent here: colours are \`style.*\` attributes, and \`theme: dark\` sets the theme` }
  if (/^\|\|(?:\d+\|)?\|$/.test(line)) return { at: 0, message: "PlantUML's `|||` spacing has no equivalent here: `...` draws a gap in time" }
  if (/^newpage\b/.test(line)) return { at: 0, message: "PlantUML's `newpage` has no equivalent here: split the diagram into two files" }
  if (/^legend\b/.test(line)) return { at: 0, message: "PlantUML's `legend ... endlegend` has no equivalent here: a note can hold the text", until: /^end\s?legend$/ }
  if (/^(header|footer|caption|mainframe|scale)\b/.test(line)) return { at: 0, message: `PlantUML's \`${word}\` has no equivalent here` }
  const link = /^link\s+([^:]+?)\s*:\s*(.*?)\s*@\s*(\S+)\s*$/.exec(line)
  if (link) return { at: 0, message: `Mermaid's \`link\` menus are attributes here: \`${link[1]} { link: ${link[3]}; tooltip: ${link[2]} }\`` }
  if (/^links?\s+[^:]+:/.test(line)) return { at: 0, message: "Mermaid's `link` menus are attributes here: `A { link: https://...; tooltip: ... }`" }
  if (/^(activate|deactivate)\s+\S+\s+#\w+/.test(line)) return at(line, '#', "a colour on an activation is PlantUML's and has no equivalent here: write `activate A`")
  return undefined
}

/** Arrows of the other tools, anywhere in a message line. */
const ARROWS: readonly [RegExp, (arrow: string) => string][] = [
  [/<<-->>|<<->>/, (a) => `Mermaid's two-headed \`${a}\` has no equivalent here: write two messages, one each way`],
  [/-->>/, () => "Mermaid's `-->>` (a dotted arrow) is `-->` here, a reply"],
  [/--?\)/, (a) => `Mermaid's \`${a}\` (an open arrowhead, asynchronous) is \`->>\` here`],
  [/-\[#?\w+\]-?>/, (a) => `PlantUML's coloured arrow \`${a}\` is \`a -> b: text { style.stroke: ${/#?(\w+)/.exec(a.slice(2))?.[1]?.toLowerCase() ?? 'red'} }\` here`],
  [/-?->x/, (a) => `PlantUML's \`${a}\` (an arrow ending in a cross) is \`-x\` here (the message destroys its target); a message that never arrives is \`a -> b: text { lost: true }\``],
  [/<->|<-->/, (a) => `PlantUML's two-headed \`${a}\` has no equivalent here: write two messages, one each way`],
  [/-?->o|o-?->|o\\\\-|-\\|\\\\-|\/\/-|-\//, (a) => `PlantUML's arrow style \`${a}\` has no equivalent here: use \`->\`, \`->>\` or \`-->\``],
  [/-?->\(\d+\)/, (a) => `PlantUML's slanted \`${a}\` is \`{ delay: ${/\d+/.exec(a)?.[0] ?? 'N'} }\` after the label here (the delay counts rows)`],
]

/** PlantUML's `++` / `--` / `**` / `!!` after a message's target. */
const activationSuffix: Rule = (line) => {
  const m = /^("[^"]*"|[^\s"]+)\s*(-+>+|-+x)\s*("[^"]*"|[^\s:"]+)\s+(\+\+|--|\*\*|!!)\s*(:.*)?$/.exec(line)
  if (!m) return undefined
  const [, from = '', arrow = '', to = '', mark = '', text = ''] = m
  const ours = mark === '++' ? `${from} ${arrow} +${to}${text}` : mark === '--' ? `${from} ${arrow} -${to}${text}` : mark === '**' ? `create ${to}\` on the line before \`${from} ${arrow} ${to}${text}` : `${from} ${arrow} ${to}${text}\` then \`destroy ${to}`
  return at(line, mark, `PlantUML's \`${mark}\` after the target is \`${ours}\` here`)
}

const arrows: Rule = (line) => {
  const head = line.split(':')[0] ?? line // only before the label: a label may hold any text
  for (const [pattern, message] of ARROWS) {
    const m = pattern.exec(head)
    if (m) return { at: m.index, message: message(m[0]) }
  }
  return undefined
}

/** The rules in the order they are tried. */
export const FOREIGN_RULES: readonly Rule[] = [
  keywordLines, declaration, createDeclaration, note, refBlock, rect, box, autonumber, blockEnd, braceless, activationSuffix, arrows,
]
