// When activation bars start and end (model/moment.ts): at the message that opens or closes
// them, or, for `activate` / `deactivate` statements, at the statements written around them.
import { describe, expect, test } from 'vitest'
import { endOf, lineOf, type Moment } from '../../src/model/moment.js'
import { model } from '../helpers.js'

const bars = (source: string): [string, Moment, Moment][] => model(source).model.activations.map((a) => [a.participant, a.start, a.end])

describe('activation bars start and end where they are written', () => {
  test.each([
    { name: 'activate after a message to it starts at that message', source: 'a -> b\nactivate b\nb -> c\ndeactivate b', bar: ['b', lineOf(0), endOf(1)] },
    { name: 'activate inside a frame starts at the frame\'s first statement, not at the message before the frame', source: 'a -> b: call\nopt x {\n  activate b\n  b -> c: read\n  deactivate b\n}', bar: ['b', lineOf(2), endOf(2)] },
    { name: 'a note before activate is left out', source: 'a -> b\nnote left of b: n\nactivate b\nb -> c\ndeactivate b', bar: ['b', lineOf(2), endOf(2)] },
    { name: 'a note before deactivate is covered', source: 'a -> +b\nb -> c\nnote right of b: n\ndeactivate b', bar: ['b', lineOf(0), endOf(2)] },
    { name: 'a self-call opens its bar where it returns, and a self-reply closes it where it leaves', source: 'a -> +a: v\na --> -a: ok', bar: ['a', endOf(0), lineOf(1)] },
    { name: 'a delayed call opens its bar where it lands', source: 'a ->> +b: e { delay: 2 }\nb -> c', bar: ['b', lineOf(2), endOf(3)] },
    { name: 'a destroying message closes the bars of its target where it arrives', source: 'a -> +b\na -x b\na -> c', bar: ['b', lineOf(0), lineOf(1)] },
    { name: 'destroy closes them on its own row', source: 'a -> +b\ndestroy b\na -> c', bar: ['b', lineOf(0), lineOf(1)] },
  ])('$name', ({ source, bar }) => {
    expect(bars(source)).toEqual([bar])
  })

  test('every bar of a destroyed participant ends at the cross, and nothing is left to return to', () => {
    const m = model('a -> +b: x\nb -> +b: y\na -x b\nreturn')
    expect(m.model.activations.map((a) => [a.depth, a.end])).toEqual([[0, lineOf(2)], [1, lineOf(2)]])
    expect(m.codes).toEqual(['return-without-activation'])
  })

  test('a destroying message ends in the cross', () => {
    const [, kill] = model('a -> +b\na -x b').model.items
    expect(kill?.type === 'message' && kill.destroys).toBe(true)
  })
})
