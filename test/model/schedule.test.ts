import { describe, expect, test } from 'vitest'
import type { Message } from '../../src/model/model.js'
import { forEachItem } from '../../src/layout/walk.js'
import { model } from '../helpers.js'
import { endOf, lineOf } from '../../src/model/moment.js'
import { parse } from '../../src/syntax/parse.js'
import { buildModel } from '../../src/model/build.js'
import { LineIndex } from '../../src/diagnostics/position.js'

const messages = (source: string): Message[] => {
  const out: Message[] = []
  forEachItem(model(source).model.items, (i) => {
    if (i.type === 'message') out.push(i)
  })
  return out
}
const rows = (source: string): [number, number][] => messages(source).map((m) => [m.row, m.arrivalRow])

describe('rows and time', () => {
  test('each statement takes the next row', () => {
    expect(rows('a -> b\nb --> a\na ->> c')).toEqual([[0, 0], [1, 1], [2, 2]])
  })

  test('a delayed message arrives delay rows later and the sender moves on at once', () => {
    expect(rows('a ->> b: x { delay: 2 }\na -> c: y')).toEqual([[0, 2], [1, 1]])
  })

  test('async-delay applies to ->> only', () => {
    expect(rows('async-delay: 1\na ->> b\na -> c\na --> b')).toEqual([[0, 1], [1, 1], [2, 2]])
  })

  test('an explicit delay beats async-delay, including 0', () => {
    expect(rows('async-delay: 3\na ->> b { delay: 0 }')).toEqual([[0, 0]])
  })

  test('causality: a sender still waiting for a delivery is pushed past its arrival', () => {
    expect(rows('q ->> w: job { delay: 2 }\nw -> s: send')).toEqual([[0, 2], [3, 3]])
  })

  test('messages in flight may cross when the second sender waits for nothing', () => {
    const [first, second] = messages('a ->> d: x { delay: 3 }\nc ->> b: y { delay: 1 }')
    expect([first?.row, first?.arrivalRow, second?.row, second?.arrivalRow]).toEqual([0, 3, 1, 2])
  })

  test('& puts a message on the row of the one before', () => {
    expect(rows('a ->> b: x\n& a ->> c: y\na -> b: z')).toEqual([[0, 0], [0, 0], [1, 1]])
  })

  test('& gives way to causality, with a warning', () => {
    const source = 'a ->> b { delay: 2 }\nc -> d\n& b -> a'
    expect(rows(source)).toEqual([[0, 2], [1, 1], [3, 3]])
    expect(model(source).codes).toContain('parallel-pushed')
  })

  test('& statements share a row and do not wait for each other: opposite messages cross', () => {
    expect(rows('l ->> r: ping { delay: 2 }\n& r ->> l: pong { delay: 2 }')).toEqual([[0, 2], [0, 2]])
  })

  test('a & relay may leave on the row its message arrives', () => {
    expect(rows('A -> B: get\n& B -> C: forward')).toEqual([[0, 0], [0, 0]])
    expect(rows('a ->> b: x { delay: 1 }\nc -> d\n& b -> e')).toEqual([[0, 1], [1, 1], [1, 1]])
  })

  test('a statement after a & row waits for every message of that row', () => {
    expect(rows('l ->> r: ping { delay: 2 }\n& r ->> l: pong { delay: 2 }\nl -> r: next')).toEqual([[0, 2], [0, 2], [3, 3]])
  })

  test('the & warning says what the sender waits for', () => {
    const built = buildModel(parse('a ->> b { delay: 2 }\nc -> d\n& b -> a').ast, new LineIndex('a ->> b { delay: 2 }\nc -> d\n& b -> a'))
    expect(built.diagnostics.map((d) => d.message)).toEqual([
      "'b' waits for the message from 'a' on line 1 to arrive, so this starts on a later row than the statement before",
    ])
  })

  test('a lost message never arrives, so its target waits for nothing', () => {
    expect(rows('a ->> b { delay: 3; lost: true }\nb -> c')).toEqual([[0, 3], [1, 1]])
  })

  test('fragments take a header row, a row per further branch, and a closing row', () => {
    const m = model('alt x {\n a -> b\n} else {\n b -> a\n}\na -> c').model
    const f = m.items[0]
    expect(f?.type === 'fragment' && [f.row, f.branches.map((b) => b.row), f.endRow]).toEqual([0, [0, 2], 4])
    expect(rows('alt x {\n a -> b\n} else {\n b -> a\n}\na -> c')).toEqual([[1, 1], [3, 3], [5, 5]])
  })

  test('a frame closes after every message sent inside it has arrived', () => {
    const m = model('a -> b: go\nopt retry {\n  b ->> a: later { delay: 2 }\n}\na -> b: next').model
    const f = m.items[1]
    expect(f?.type === 'fragment' && [f.row, f.endRow]).toEqual([1, 5])
    expect(rows('a -> b: go\nopt retry {\n  b ->> a: later { delay: 2 }\n}\na -> b: next').at(-1)).toEqual([6, 6])
  })

  test('a branch ends after the arrivals sent in it', () => {
    const f = model('alt x {\n  a ->> b: m { delay: 2 }\n} else {\n  b -> a\n}').model.items[0]
    expect(f?.type === 'fragment' && [f.branches.map((b) => b.row), f.endRow]).toEqual([[0, 4], 6])
  })

  test('activation bars nest and close at the end when left open', () => {
    const m = model('a -> +b: x\nb -> +b: y\nb --> -a: z\nb -> c').model
    // The nested bar starts where the self-call returns, at its row's end.
    expect(m.activations.map((a) => [a.participant, a.start, a.end, a.depth])).toEqual([
      ['b', lineOf(0), endOf(3), 0],
      ['b', endOf(1), lineOf(2), 1],
    ])
  })

  test('autonumber numbers messages and restarts when set again', () => {
    const numbers = messages('autonumber\na -> b\na -> b\nautonumber: 10\na -> b\nautonumber: false\na -> b').map((m) => m.number)
    expect(numbers).toEqual(['1.', '2.', '10.', undefined])
  })
})

describe('participants', () => {
  test('columns follow first declaration or mention', () => {
    expect(model('b -> c\na\nc -> a').model.participants.map((p) => p.id)).toEqual(['b', 'c', 'a'])
  })

  test('a later declaration completes an earlier mention', () => {
    const [p] = model('db -> x\ndb: Users { shape: database; style.fill: "#fde68a" }').model.participants
    expect([p?.label, p?.shape, p?.style.fill]).toEqual(['Users', 'database', '#fde68a'])
  })

  test('create starts a head at its first message; destroy ends the lifeline', () => {
    const m = model('a -> b\ncreate c\na -> c: new\ndestroy c').model
    const c = m.participants.find((p) => p.id === 'c')
    expect([c?.createdAt, c?.destroyedAt]).toEqual([1, 2])
  })
})

describe('semantic diagnostics', () => {
  test.each([
    { text: 'a -> b { dealy: 2 }', code: 'unknown-attribute' },
    { text: 'a { shape: databse }', code: 'invalid-value' },
    { text: 'a -> b { delay: -1 }', code: 'invalid-value' },
    { text: 'a -> b { delay: 1.5 }', code: 'invalid-value' },
    { text: 'a { style.fill: "red; x: y" }', code: 'invalid-value' },
    { text: 'a -> b\nnote over c: x', code: 'unknown-participant' },
    { text: 'a -> b\nactivate c', code: 'unknown-participant' },
    { text: 'a -> b\ndeactivate a', code: 'deactivate-without-activation' },
    { text: 'a -> b\nelse {\n}', code: 'else-outside-alt' },
    { text: 'par {\n}\nelse {\n}', code: 'else-outside-alt' },
    { text: 'a -> b\ndestroy b\na -> b', code: 'destroyed-participant' },
    { text: 'a -> b\ncreate b', code: 'create-after-use' },
    { text: 'theme: blue', code: 'invalid-value' },
    { text: '* -> a', code: 'broadcast-sender' },
    { text: 'opt {\n title: x\n}', code: 'misplaced-setting' },
  ])('$text → $code', ({ text, code }) => {
    expect(model(text).codes).toContain(code)
  })

  test.each([
    { text: 'a -> b { dealy: 2 }', hint: "did you mean 'delay'?" },
    { text: 'a { shape: databse }', hint: "did you mean 'database'?" },
    { text: 'a { style.fil: red }', hint: "did you mean 'style.fill'?" },
    { text: 'theme: drak', hint: "did you mean 'dark'?" },
    { text: 'alice -> bob\nnote over alcie: x', hint: "did you mean 'alice'?" },
  ])('$text suggests a fix', ({ text, hint }) => {
    const parsed = parse(text.replace('\\n', '\n'))
    const built = buildModel(parsed.ast, new LineIndex(text))
    expect(built.diagnostics.map((d) => d.message).join(' ')).toContain(hint)
  })
})

test('an empty diagram is a warning, not an error', () => {
  expect(model('# nothing yet\ntitle: T').codes).toEqual(['empty-diagram'])
})
