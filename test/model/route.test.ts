import { describe, expect, test } from 'vitest'
import type { Message, Route } from '../../src/model/model.js'
import { forEachItem } from '../../src/layout/walk.js'
import { model } from '../helpers.js'

const routes = (source: string): Route[] => {
  const out: Route[] = []
  forEachItem(model(source).model.items, (i) => {
    if (i.type === 'message') out.push((i as Message).route)
  })
  return out
}

describe('each message is classified once, in the model', () => {
  test.each([
    { name: 'between two participants', text: 'a -> b', route: { kind: 'between', from: 'a', to: 'b' } },
    { name: 'to itself', text: 'a -> a', route: { kind: 'self', participant: 'a' } },
    { name: 'found: enters from the left edge', text: '? ->> a', route: { kind: 'found', to: 'a', side: 'left' } },
    { name: 'outgoing: leaves through the right edge', text: 'a ->> ?', route: { kind: 'outgoing', from: 'a', side: 'right' } },
    { name: 'lost', text: 'a ->> b { lost: true }', route: { kind: 'lost', from: 'a', to: 'b' } },
    { name: 'broadcast', text: 'a ->> *', route: { kind: 'broadcast', from: 'a' } },
    { name: 'a quoted "?" is an ordinary participant', text: '"?" -> b', route: { kind: 'between', from: '?', to: 'b' } },
    { name: 'a quoted "*" is an ordinary participant', text: 'a -> "*"', route: { kind: 'between', from: 'a', to: '*' } },
  ])('$name', ({ text, route }) => {
    expect(routes(text)).toEqual([route])
  })

  test('quoted "?" and "*" are participants with columns', () => {
    expect(model('"?" -> "*"').model.participants.map((p) => p.id)).toEqual(['?', '*'])
  })

  test.each(['a -> a { lost: true }', 'a ->> ? { lost: true }', 'a ->> * { lost: true }', '? ->> a { lost: true }'])(
    '`lost` where there is no target to fall short of is reported and ignored: %s',
    (text) => {
      expect(model(text).codes).toContain('lost-without-target')
      expect(routes(text)[0]?.kind).not.toBe('lost')
    },
  )
})
