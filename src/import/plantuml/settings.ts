// PlantUML's diagram-wide statements: `title`, `autonumber`, `autoactivate`, `skinparam`,
// `!theme`, `hide footbox`, and the ones with no Lifeline equivalent (header, footer, legend,
// caption, newpage, preprocessor lines), which are reported and kept as comments.
import { attribute } from '../builder.js'
import { lineSpan, type SourceLine } from '../lines.js'
import { plantUmlColour } from './colours.js'
import { KINDS } from './participants.js'
import type { PlantUmlState } from './state.js'
import type { Handler } from './structure.js'
import { plantUmlText } from './text.js'

export const title: Handler = (r, line) => {
  const m = /^title\b\s*(.*)$/i.exec(line.text)
  if (!m) return false
  if (m[1]) {
    r.b.setting('title', plantUmlText(m[1]), lineSpan(line))
    return true
  }
  const body = r.readUntil(/^end\s*title$/i)
  r.b.setting('title', body.body.map((l) => plantUmlText(l.text)).join('\n'), { start: line.start, end: (body.end ?? line).end })
  return true
}

/**
 * `autonumber [start] [step] ["format"]`, `autonumber stop`, `autonumber resume [step]
 * ["format"]` (the count goes on where it stopped). A format's run of digits (`000`, `#`) is
 * the number, as Lifeline's `1` is; its HTML tags are dropped. PlantUML's multi-level numbers
 * (`1.1.1`, `autonumber inc A`) count on in whole numbers.
 */
export const autonumber: Handler = (r, line) => {
  const m = /^autonumber\b\s*(?:(stop)\b|(resume)\b\s*(\d+)?|((?:\d+\.)*)(\d+)?\s*(\d+)?)\s*(?:"([^"]*)")?\s*(.*)$/i.exec(line.text)
  if (!m) return false
  const span = lineSpan(line)
  const [, stop, resume, resumeStep, levels = '', first, step, format, rest = ''] = m
  if (stop) {
    r.numbering = { ...r.numbering, on: false }
    r.b.setting('autonumber', 'false', span)
    return true
  }
  if (/^inc\s+[ab]$/i.test(rest)) {
    r.b.unsupported(span, `'${line.text}' is not carried over: Lifeline numbers have one level, so the count simply goes on`)
    return true
  }
  if (rest) {
    r.b.unsupported(span, `'${line.text}' is not carried over: Lifeline's 'autonumber' takes a start, a step and a format`)
    return true
  }
  const by = Number(resumeStep ?? step ?? (resume ? r.numbering.step : 1))
  const from = resume ? r.numbering.next : Number(first ?? 1)
  const shown = format !== undefined ? numberFormat(format) : resume ? r.numbering.format : undefined
  r.numbering = { next: from, step: by, on: true, format: shown }
  const attributes = [...(by !== 1 ? [attribute('step', String(by), span)] : []), ...(shown !== undefined ? [attribute('format', shown, span)] : [])]
  const plain = !resume && first === undefined && attributes.length === 0
  r.b.setting('autonumber', plain ? 'true' : String(from), span, attributes)
  if (levels) r.b.unsupported(span, `the multi-level number '${levels}${first ?? ''}' is not kept: Lifeline counts whole numbers, here from ${from}`, span.end)
  if (format !== undefined && /<[^>]+>/.test(format)) r.b.unsupported(span, `the markup in the autonumber format "${format}" is left out`, span.end)
  return true
}

/** PlantUML's `<b>[000]` as Lifeline's `[1]`: the digits stand for the number, tags go. */
function numberFormat(format: string): string {
  const bare = format.replace(/<[^>]+>/g, '')
  return /[0#]+/.test(bare) ? bare.replace(/[0#]+/, '1') : `${bare}1`
}

export const autoactivate: Handler = (r, line) => {
  const m = /^autoactivate\s+(on|off)$/i.exec(line.text)
  if (!m) return false
  r.autoactivate = (m[1] ?? '').toLowerCase() === 'on'
  return true
}

/** PlantUML themes with a dark background, which become Lifeline's dark theme. */
const DARK_THEMES = new Set(['amiga', 'black-knight', 'cyborg', 'cyborg-outline', 'hacker', 'reddress-darkblue', 'reddress-darkgreen', 'reddress-darkorange', 'reddress-darkred', 'superhero', 'superhero-outline', 'sunlust', 'mars', 'crt-amber', 'crt-green'])

export const theme: Handler = (r, line) => {
  const m = /^!theme\s+(\S+)/i.exec(line.text)
  if (!m) return false
  const name = (m[1] ?? '').toLowerCase()
  if (DARK_THEMES.has(name)) r.b.setting('theme', 'dark', lineSpan(line))
  else r.b.unsupported(lineSpan(line), `the PlantUML theme '${m[1]}' has no Lifeline equivalent; the light theme is used`)
  return true
}

export const hide: Handler = (r, line) => {
  if (!/^(hide|show)\s+/i.test(line.text)) return false
  if (/^hide\s+footbox$/i.test(line.text)) r.b.setting('footbox', 'false', lineSpan(line))
  else if (/^show\s+footbox$/i.test(line.text)) r.b.setting('footbox', 'true', lineSpan(line))
  else r.b.unsupported(lineSpan(line), `'${line.text}' is not carried over`)
  return true
}

/** `skinparam key value` and `skinparam kind { key value ... }`. */
export const skinparam: Handler = (r, line) => {
  const m = /^skinparam\s+(\S+)\s*(.*)$/i.exec(line.text)
  if (!m) return false
  const [, key = '', value = ''] = m
  if (value.trim() !== '{') {
    skinparamEntry(r, key, value.trim(), line)
    return true
  }
  for (let l = r.next(); l && l.text !== '}'; l = r.next()) {
    const entry = /^(\S+)\s+(.*)$/.exec(l.text)
    if (entry) skinparamEntry(r, `${key}${entry[1] ?? ''}`, (entry[2] ?? '').trim(), l)
  }
  return true
}

const SKIN_STYLES: Readonly<Record<string, string>> = { backgroundcolor: 'style.fill', bordercolor: 'style.stroke', fontcolor: 'style.font-color' }

function skinparamEntry(r: PlantUmlState, key: string, value: string, line: SourceLine): void {
  const span = lineSpan(line)
  const lower = key.toLowerCase().replace(/^sequence/, '')
  if (lower === 'maxmessagesize') {
    // PlantUML wraps message text only; Lifeline's `wrap:` narrows notes too, which would turn a
    // note over the whole diagram into a tall thin column. Lifeline wraps long labels by itself.
    r.b.unsupported(span, `'maxMessageSize ${value}' is not carried over: 'wrap: ${value}' would narrow notes too; Lifeline wraps long labels by itself`)
    return
  }
  const kind = KINDS.find((k) => lower.startsWith(k))
  const style = kind ? SKIN_STYLES[lower.slice(kind.length)] : undefined
  if (kind && style) {
    const coloured = plantUmlColour(value, span, style)
    r.kindStyles.set(kind, [...(r.kindStyles.get(kind) ?? []).filter((a) => a.key !== style), ...coloured.attributes])
    for (const problem of coloured.problems) r.b.unsupported(span, problem)
    return
  }
  r.b.unsupported(span, `the skinparam '${key} ${value}' has no Lifeline equivalent`)
}

/** Where a legend, header or footer stands: not its text. */
const POSITION = /^(top|bottom|left|right|center)(\s+(left|right|center))?$/i

/** Header, footer, caption, legend, newpage and the like: reported and kept as comments. */
export const unexpressed: Handler = (r, line) => {
  const m = /^(header|footer|caption|legend|mainframe|newpage|scale|left to right direction|!pragma|!include\w*|!define\w*|!function|!procedure|!\$|!if|!endif|!else|!import|!log|!assert|!unquoted)\b\s*(.*)$/i.exec(line.text)
  if (!m) return false
  const word = (m[1] ?? '').toLowerCase()
  if (word === '!pragma' && /^teoz\s+true$/i.test(m[2] ?? '')) return true // teoz's features are read anyway
  const rest = (m[2] ?? '').trim()
  const texts = ['header', 'footer', 'legend', 'caption'].includes(word)
  // `legend top left`, `header right`: a position, then the text on the lines up to `end legend`
  const multiLine = texts && (!rest || POSITION.test(rest)) ? r.readUntil(new RegExp(`^end\\s*${word}$`, 'i')) : undefined
  // the text of a header or legend is kept as comments; of the rest (`newpage A title`), in the warning
  const what = word.startsWith('!') ? `the preprocessor line '${line.text}' is not expanded` : `'${texts ? word : line.text}' has no Lifeline equivalent`
  r.b.unsupported(lineSpan(line), multiLine ? `${what}; its text is kept as comments` : texts ? `${what}; its text is kept as a comment` : what)
  if (texts) r.b.comment(line.text, lineSpan(line))
  for (const l of multiLine?.body ?? []) r.b.comment(l.text, lineSpan(l))
  if (multiLine?.end) r.b.comment(multiLine.end.text, lineSpan(multiLine.end))
  return true
}
