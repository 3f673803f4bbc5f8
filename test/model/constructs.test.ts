// The model of this round's constructs: return, critical/option, highlight, autonumber step and
// format, footbox, colours on boxes and notes, links, `& note`, and the unused-participant warning.
import { describe, expect, test } from 'vitest'
import type { Fragment, Message, Note } from '../../src/model/model.js'
import { forEachItem } from '../../src/layout/walk.js'
import { lineOf } from '../../src/model/moment.js'
import { routeEnds } from '../../src/model/route.js'
import { model } from '../helpers.js'

const messages = (source: string): Message[] => {
  const out: Message[] = []
  forEachItem(model(source).model.items, (i) => {
    if (i.type === 'message') out.push(i)
  })
  return out
}

describe('return', () => {
  test('replies to the caller of the innermost activation and ends it', () => {
    const m = model('a -> +b: call\nb -> +c: nested\nreturn inner\nreturn outer')
    const replies = messages('a -> +b: call\nb -> +c: nested\nreturn inner\nreturn outer').slice(2)
    expect(replies.map((r) => [r.kind, routeEnds(r.route).from, routeEnds(r.route).to, r.label])).toEqual([['reply', 'c', 'b', 'inner'], ['reply', 'b', 'a', 'outer']])
    expect(m.model.activations.map((a) => [a.participant, a.start, a.end])).toEqual([['b', lineOf(0), lineOf(3)], ['c', lineOf(1), lineOf(2)]])
    expect(m.codes).toEqual([])
  })
  test('after `activate`, the caller is the sender of the last message to it', () => {
    expect(messages('a -> b: call\nactivate b\nreturn').map((r) => [routeEnds(r.route).from, routeEnds(r.route).to])).toEqual([['a', 'b'], ['b', 'a']])
  })
  test('a found message is answered to the outside world', () => {
    expect(messages('? -> +b: webhook\nreturn 204').map((r) => [routeEnds(r.route).from, routeEnds(r.route).to])).toEqual([['?', 'b'], ['b', '?']])
  })
  test('without an open activation it is an error', () => {
    expect(model('a -> b\nreturn').codes).toEqual(['return-without-activation'])
  })
})

describe('fragments and bands', () => {
  test('critical takes option branches', () => {
    const [f] = model('critical connect {\n a -> b\n} option timeout {\n b -> a\n} option refused {\n a -> a\n}').model.items as Fragment[]
    expect([f?.kind, f?.branches.map((b) => b.label)]).toEqual(['critical', ['connect', 'timeout', 'refused']])
  })
  test('option outside a critical is an error', () => {
    expect(model('a -> b\noption x {\n}').codes).toEqual(['option-outside-critical'])
  })
  test('a highlight is a band with its own colour, nestable', () => {
    const source = 'highlight {\n style.fill: rgb(191, 223, 255)\n a -> b\n highlight inner {\n  b -> a\n }\n}'
    const [outer] = model(source).model.items as Fragment[]
    const inner = outer?.branches[0]?.items.find((i) => i.type === 'fragment') as Fragment | undefined
    expect([outer?.kind, outer?.style, inner?.kind, inner?.style, inner?.branches[0]?.label]).toEqual(['highlight', { fill: 'rgb(191, 223, 255)' }, 'highlight', {}, 'inner'])
  })
  test('a style line outside a box or highlight is an error', () => {
    expect(model('a -> b\nstyle.fill: red').codes).toEqual(['misplaced-property'])
  })
})

describe('numbers, colours, links', () => {
  test('autonumber with a step and a format', () => {
    expect(messages('autonumber: 10 { step: 5; format: "[1]" }\na -> b\nb -> a\nautonumber: 1\na -> b').map((m) => m.number)).toEqual(['[10]', '[15]', '1.'])
  })
  test('a format needs a 1 where the number goes', () => {
    expect(model('autonumber: 1 { format: "#" }\na -> b').codes).toEqual(['invalid-value'])
  })
  test('footbox: auto, true or false', () => {
    expect(['auto', 'true', 'false'].map((v) => model(`footbox: ${v}\na -> b`).model.settings.footbox)).toEqual(['auto', true, false])
    expect(model('footbox: maybe\na -> b').codes).toEqual(['invalid-value'])
  })
  test('boxes and notes take style.fill and style.stroke', () => {
    const m = model('box Backend {\n style.fill: "#eef"\n style.stroke: teal\n api\n}\napi -> api: x\nnote over api: n { style.fill: lightyellow }').model
    expect([m.boxes[0]?.fill, m.boxes[0]?.stroke, (m.items[1] as Note).style]).toEqual(['#eef', 'teal', { fill: 'lightyellow' }])
  })
  test.each([
    ['https://example.com/a?b=c#d', true],
    ['http://example.com', true],
    ['mailto:team@example.com', true],
    ['docs/api.md#orders', true],
    ['../up.html', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['//evil.example', false],
    ['"https://a b"', false],
    ['file:///etc/passwd', false],
  ])('link: %s accepted: %s', (href, ok) => {
    const { model: m, codes } = model(`a { link: ${href}; tooltip: "see <b>" }\na -> a: x { link: ${href} }`)
    expect(codes).toEqual(ok ? [] : ['invalid-value', 'invalid-value'])
    expect(m.participants[0]?.link).toEqual(ok ? { href: href.replace(/^"|"$/g, ''), tooltip: 'see <b>' } : { href: undefined, tooltip: 'see <b>' })
  })
  test('& note shares the row of the message before it', () => {
    const m = model('a -> b: x\n& note right of b: y\nb -> a').model
    expect(m.items.map((i) => i.row)).toEqual([0, 0, 1])
  })
})

describe('arrows and edges', () => {
  test('[ and ] name the edge a message enters from or leaves through; ? keeps its sides', () => {
    const routes = messages('[ -> a: x\n] -> a: y\na -> ]: z\na -> [: w\n? -> a: v\na -> ?: u').map((m) => m.route)
    expect(routes.map((r) => ('side' in r ? `${r.kind} ${r.side}` : r.kind))).toEqual([
      'found left', 'found right', 'outgoing right', 'outgoing left', 'found left', 'outgoing right',
    ])
  })
  test('-- has no head; -x and --x destroy their target where they arrive', () => {
    const { model: m } = model('a -- b: note\na -x b: kill { delay: 1 }\nc --x a: bye')
    const ms = m.items as Message[]
    expect(ms.map((x) => [x.kind, x.headless ?? false])).toEqual([['sync', true], ['sync', false], ['reply', false]])
    expect(m.participants.map((p) => [p.id, p.destroyedAt])).toEqual([['a', 2], ['b', 2], ['c', undefined]])
  })
  test('a message to a participant after a -x destroyed it is an error', () => {
    expect(model('a -x b\na -> b').codes).toEqual(['destroyed-participant'])
  })
  test('a new bar on a destroyed participant is an error; a note or ref is warned about, unless attached to the destroying message', () => {
    expect(model('a -> b: x\ndestroy b\nnote over b: n').codes).toEqual(['after-destroy'])
    expect(model('a -> b: x\ndestroy b\nref over a, b: r').codes).toEqual(['after-destroy'])
    expect(model('a -x b: stop\nactivate b').codes).toEqual(['destroyed-participant'])
    expect(model('a -x b: stop\n& note right of b: gone').codes).toEqual([])
    expect(model('a -> b: x\nnote over b: before\ndestroy b').codes).toEqual([])
  })
})

describe('declared but never used', () => {
  test('a participant only declared is warned about, once something takes part', () => {
    expect(model('sequenceDiagram2\na -> b\nc: C { shape: actor }').codes).toEqual(['unused-participant', 'unused-participant'])
    expect(model('a\nb: B').codes).toEqual([])
  })
  test('notes, activations, create and boxes count as taking part', () => {
    expect(model('a\nb\nc\nnote over a: x\nactivate b\ncreate c\nb -> c').codes).toEqual([])
  })
})
