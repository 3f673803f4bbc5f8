// PlantUML's diagram-wide statements: `title`, `autonumber`, `autoactivate`, `skinparam`,
// `!theme`, `hide footbox`, and the ones with no Lifeline equivalent (header, footer, legend,
// caption, newpage, preprocessor lines), which are reported and kept as comments.
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

export const autonumber: Handler = (r, line) => {
  const m = /^autonumber\b\s*(.*)$/i.exec(line.text)
  if (!m) return false
  const span = lineSpan(line)
  const [start, step, ...rest] = (m[1] ?? '').trim().split(/\s+/).filter(Boolean)
  if (start === 'stop') r.b.setting('autonumber', 'false', span)
  else if (start === 'resume') {
    r.b.setting('autonumber', 'true', span)
    r.b.unsupported(span, "'autonumber resume' restarts the numbers at 1", span.end)
  } else if (start === undefined || /^\d+$/.test(start)) {
    r.b.setting('autonumber', start ?? 'true', span)
    if (step && /^\d+$/.test(step) && step !== '1') r.b.unsupported(span, `the autonumber step ${step} is not carried over yet: numbers go up by one`, span.end)
    const format = [step && !/^\d+$/.test(step) ? step : undefined, ...rest].filter(Boolean).join(' ')
    if (format) r.b.unsupported(span, `the autonumber format ${format} is not carried over yet`, span.end)
  } else r.b.unsupported(span, `'${line.text}' is not carried over: numbering stays as it was`)
  return true
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
  const footbox = /^hide\s+footbox$/i.test(line.text)
  r.b.unsupported(lineSpan(line), footbox ? "'hide footbox' is not carried over yet: tall diagrams repeat the heads at the bottom" : `'${line.text}' is not carried over`)
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

/** Header, footer, caption, legend, newpage and the like: reported and kept as comments. */
export const unexpressed: Handler = (r, line) => {
  const m = /^(header|footer|caption|legend|mainframe|newpage|scale|left to right direction|!pragma|!include\w*|!define\w*|!function|!procedure|!\$|!if|!endif|!else|!import|!log|!assert|!unquoted)\b\s*(.*)$/i.exec(line.text)
  if (!m) return false
  const word = (m[1] ?? '').toLowerCase()
  if (word === '!pragma' && /^teoz\s+true$/i.test(m[2] ?? '')) return true // teoz's features are read anyway
  const multiLine = ['header', 'footer', 'legend', 'caption'].includes(word) && !m[2]?.trim() ? r.readUntil(new RegExp(`^end\\s*${word}$`, 'i')) : undefined
  const what = word.startsWith('!') ? `the preprocessor line '${line.text}' is not expanded` : `'${word}' has no Lifeline equivalent`
  r.b.unsupported(lineSpan(line), multiLine ? `${what}; its text is kept as comments` : what)
  for (const l of multiLine?.body ?? []) r.b.comment(l.text, lineSpan(l))
  if (multiLine?.end) r.b.comment(multiLine.end.text, lineSpan(multiLine.end))
  return true
}
