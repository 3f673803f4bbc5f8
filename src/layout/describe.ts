// The diagram in words, for the SVG's <title> and <desc> (screen readers, search, previews).
import type { Item, Message, SequenceModel } from '../model/model.js'
import { forEachItem } from './walk.js'

export function titleText(model: SequenceModel): string {
  if (model.settings.title?.label) return model.settings.title.label
  const names = model.participants.map((p) => p.label.replace(/\n/g, ' '))
  if (names.length === 0) return 'Sequence diagram'
  if (names.length === 1) return `Sequence diagram of ${names[0]}`
  return `Sequence diagram: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

export function describe(model: SequenceModel): string {
  const name = new Map(model.participants.map((p) => [p.id, p.label.replace(/\n/g, ' ')]))
  const who = (id: string): string => name.get(id) ?? id
  const sentences: string[] = []
  forEachItem(model.items, (item: Item) => {
    if (item.type === 'message') sentences.push(sentence(item, who))
  })
  return sentences.join(' ')
}

function sentence(m: Message, who: (id: string) => string): string {
  const label = m.label ? `: ${m.label.replace(/\n/g, ' ')}` : ''
  const verb = m.kind === 'sync' ? 'calls' : m.kind === 'async' ? 'sends asynchronously to' : 'replies to'
  const r = m.route
  switch (r.kind) {
    case 'between': return `${who(r.from)} ${verb} ${who(r.to)}${label}.`
    case 'lost': return `${who(r.from)} ${verb} ${who(r.to)}${label} (lost).`
    case 'self': return `${who(r.participant)} ${verb} itself${label}.`
    case 'found': return `the outside world ${verb} ${who(r.to)}${label}.`
    case 'outgoing': return `${who(r.from)} ${verb} the outside world${label}.`
    case 'broadcast': return `${who(r.from)} ${verb} everyone${label}.`
  }
}
