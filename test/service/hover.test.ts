import { describe, expect, test } from 'vitest'
import { hover } from '../../src/service/index.js'
import { atCursor } from './cursor.js'

const hoverAt = (marked: string): string | undefined => {
  const { doc, position } = atCursor(marked)
  return hover(doc, position)?.contents
}

describe('hover', () => {
  test('a participant: label, id, shape and declaration line', () => {
    const text = hoverAt('a -> db: q\ndb: Orders DB { shape: database }\ndb| --> a')
    expect(text).toContain('**Orders DB** (`db`)')
    expect(text).toContain('shape: database')
    expect(text).toContain('declared on line 1')
  })

  test.each([
    { text: 'a -|> b: x', kind: 'synchronous call', delay: 'delay: none' },
    { text: 'a ->|> b: x', kind: 'asynchronous message', delay: 'delay: none' },
    { text: 'async-delay: 2\na ->> b: x|', kind: 'asynchronous message', delay: 'delay: 2 rows' },
    { text: 'a ->> b: x { delay: 1 }\na --|> b: y', kind: 'reply', delay: 'delay: none' },
    { text: 'a ->> b: x| { delay: 1 }', kind: 'asynchronous message', delay: 'delay: 1 row ' },
    { text: 'a -> b: one; a -> b: t|wo { delay: 3 }', kind: 'synchronous call', delay: 'delay: 3 rows' },
  ])('a message: kind and delay ($text)', ({ text, kind, delay }) => {
    const got = hoverAt(text)
    expect(got).toContain(kind)
    expect(got).toContain(delay)
  })

  test.each([
    { text: 'a -|> b: x { lost: true }', route: 'lost: leaves `a` and never reaches `b`' },
    { text: 'a -|> b: x', route: 'from `a` to `b`' },
    { text: 'a -|> a: x', route: 'to itself' },
    { text: 'a -> b\n? -|> a: x', route: 'found: enters from the left edge' },
    { text: 'a -> b\na -|> *: x', route: 'broadcast' },
  ])('a message names its route ($route)', ({ text, route }) => {
    expect(hoverAt(text)).toContain(route)
  })

  test('nothing over a keyword', () => {
    expect(hoverAt('a -> b\nacti|vate b')).toBeUndefined()
  })
})
