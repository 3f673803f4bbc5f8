import { describe, expect, test } from 'vitest'
import { complete } from '../../src/service/index.js'
import { atCursor } from './cursor.js'

const DECLS = 'web: Web app { shape: actor }\napi: "Payments API"\ndb { shape: database }\n'
const labels = (marked: string): string[] => {
  const { doc, position } = atCursor(marked)
  return complete(doc, position).map((c) => c.label)
}

describe('completion by context', () => {
  test.each([
    { name: 'after an arrow: participants', text: `${DECLS}web -> |`, has: ['web', 'api', 'db'], not: ['alt'] },
    { name: 'after an arrow and +', text: `${DECLS}web ->+ a|`, has: ['api'], not: ['title'] },
    { name: 'statement start: keywords, settings, participants', text: `${DECLS}|`, has: ['alt', 'note', 'activate', 'title', 'theme', 'web'], not: ['of', 'over'] },
    { name: 'inside a block', text: `${DECLS}loop every second {\n  |\n}`, has: ['web', 'alt', 'deactivate'], not: [] },
    { name: 'after note', text: `${DECLS}note |`, has: ['over', 'left of', 'right of'], not: ['web'] },
    { name: 'after note over', text: `${DECLS}note over |`, has: ['web', 'db'], not: ['alt'] },
    { name: 'note list after a comma', text: `${DECLS}note over web, |`, has: ['api'], not: [] },
    { name: 'after activate', text: `${DECLS}activate w|`, has: ['web'], not: ['alt'] },
    { name: 'theme values', text: `${DECLS}theme: |`, has: ['light', 'dark', 'auto'], not: ['web'] },
    { name: 'theme values, partly typed', text: `${DECLS}theme: da|`, has: ['dark'], not: [] },
    { name: 'participant attribute names', text: 'a { |', has: ['shape', 'style.fill', 'style.bold'], not: ['delay', 'a'] },
    { name: 'message attribute names', text: 'a -> b: hi { |', has: ['delay', 'lost', 'style.stroke-dash'], not: ['shape'] },
    { name: 'second attribute after ;', text: 'a -> b: hi { delay: 2; |', has: ['lost'], not: [] },
    { name: 'shapes', text: 'a { shape: |', has: ['actor', 'database', 'queue', 'collections'], not: ['true'] },
    { name: 'shapes, partly typed, on a closed block', text: 'a { shape: da| }', has: ['database'], not: [] },
    { name: 'colours', text: 'a { style.fill: |', has: ['teal', 'lightyellow'], not: ['actor'] },
    { name: 'booleans', text: 'a -> b { lost: |', has: ['true', 'false'], not: [] },
    { name: 'inside a label: nothing', text: `${DECLS}web -> api: pay |`, has: [], not: ['web', 'alt'] },
    { name: 'inside a comment: nothing', text: `${DECLS}# web |`, has: [], not: ['web'] },
  ])('$name', ({ text, has, not }) => {
    const got = labels(text)
    for (const h of has) expect(got).toContain(h)
    for (const n of not) expect(got).not.toContain(n)
    if (has.length === 0) expect(got).toEqual([])
  })

  test('a participant item shows its label and shape, and matches its label', () => {
    const { doc, position } = atCursor(`${DECLS}web -> |`)
    const api = complete(doc, position).find((c) => c.label === 'api')
    expect(api).toMatchObject({ kind: 'participant', detail: 'Payments API (participant)', filterText: 'api Payments API', insertText: 'api' })
  })

  test('a name that needs quotes is inserted quoted', () => {
    const { doc, position } = atCursor('"load balancer" -> b\nb -> |')
    expect(complete(doc, position).find((c) => c.label === 'load balancer')?.insertText).toBe('"load balancer"')
  })

  test('the partial word is what the completion replaces', () => {
    const { doc, position } = atCursor('a { style.fi|')
    const item = complete(doc, position).find((c) => c.label === 'style.fill')
    expect(item?.replace).toEqual({ start: { line: 0, character: 4 }, end: { line: 0, character: 12 } })
  })

  test('a block keyword comes as a snippet with its braces', () => {
    const { doc, position } = atCursor('|')
    expect(complete(doc, position).find((c) => c.label === 'alt')).toMatchObject({ snippet: true, insertText: 'alt ${1:label} {\n\t$0\n}' })
  })

  test('completion works in a document with a syntax error elsewhere', () => {
    const got = labels('a -> b: hi\nc -> -> d\nnote over |')
    expect(got).toEqual(expect.arrayContaining(['a', 'b']))
  })
})
