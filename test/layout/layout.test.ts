import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { solveColumns } from '../../src/layout/columns.js'
import type { MessageLayout } from '../../src/layout/types.js'
import { stages } from '../helpers.js'
import { findOverlaps } from './overlap.js'

const messagesOf = (source: string): MessageLayout[] =>
  (stages(source).layout?.items ?? []).filter((i): i is MessageLayout => i.type === 'message')

describe('column solver', () => {
  test('meets every minimum distance', () => {
    const { x, right } = solveColumns(3, [
      { from: -1, to: 0, distance: 10 },
      { from: 0, to: 1, distance: 100 },
      { from: 1, to: 2, distance: 50 },
      { from: 0, to: 2, distance: 300 },
      { from: 2, to: 3, distance: 20 },
    ])
    expect(x[0]).toBe(10)
    expect((x[1] ?? 0) - (x[0] ?? 0)).toBeGreaterThanOrEqual(100)
    expect((x[2] ?? 0) - (x[0] ?? 0)).toBeCloseTo(300)
    expect(right - (x[2] ?? 0)).toBe(20)
  })

  test('a shortfall is shared by the gaps it spans', () => {
    const { x } = solveColumns(3, [{ from: 0, to: 2, distance: 200 }])
    expect(x).toEqual([0, 100, 200])
  })
})

test('the canvas is whole pixels, so no last row of pixels is half transparent', () => {
  const { viewBox } = stages('a -> b: an odd width label, ij').layout!
  expect([viewBox.x, viewBox.y, viewBox.width, viewBox.height].every(Number.isInteger)).toBe(true)
})

describe('messages', () => {
  test('a slanted message ends lower than it starts and its arrowhead points along it', () => {
    const [m] = messagesOf('a ->> b: deliver { delay: 2 }\nc -> c: x')
    const [start, end] = m?.paths[0] ?? []
    expect(m?.flags).toContain('slanted')
    expect(end!.y).toBeGreaterThan(start!.y)
    const [w1, tip, w2] = m!.arrowheads[0]!.points
    const back = { x: (w1.x + w2.x) / 2, y: (w1.y + w2.y) / 2 }
    const along = (end!.x - start!.x) * (tip.x - back.x) + (end!.y - start!.y) * (tip.y - back.y)
    const across = (end!.x - start!.x) * (tip.y - back.y) - (end!.y - start!.y) * (tip.x - back.x)
    expect(along).toBeGreaterThan(0)
    expect(Math.abs(across)).toBeLessThan(1e-6)
  })

  test('a slanted label sits clear of its own line', () => {
    const [m] = messagesOf('a ->> b: a rather long label { delay: 3 }')
    const box = m!.label!.box
    const [start] = m!.paths[0]!
    expect(box.y + box.height).toBeLessThan(start!.y)
  })

  test('sync heads are filled, async and reply heads open', () => {
    expect(messagesOf('a -> b\na ->> b\nb --> a').map((m) => m.arrowheads[0]?.filled)).toEqual([true, false, false])
  })

  test('columns are as wide as their labels need', () => {
    const [m] = messagesOf('a -> b: ' + 'a very long label '.repeat(5).trim())
    const [start, end] = m!.paths[0]!
    expect(Math.abs(end!.x - start!.x)).toBeGreaterThan(m!.label!.box.width)
  })

  test('a message to an active participant ends at the bar, not the lifeline', () => {
    const layout = stages('a -> +b: call\nb --> -a: done').layout!
    const b = layout.participants.find((p) => p.id === 'b')!
    const [call] = layout.items as MessageLayout[]
    expect(call!.paths[0]![1]!.x).toBeLessThan(b.x)
  })
})

const fixtures = [
  ...readdirSync('examples').filter((f) => f.endsWith('.seq')).map((f) => `examples/${f}`),
  ...readdirSync('test/fixtures').filter((f) => f.endsWith('.seq')).map((f) => `test/fixtures/${f}`),
  ...readdirSync('docs/constructs').filter((f) => f.endsWith('.seq')).map((f) => `docs/constructs/${f}`),
]

describe('no label overlaps anything', () => {
  test.each(fixtures)('%s', (file) => {
    const { layout, diagnostics } = stages(readFileSync(file, 'utf8'))
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(findOverlaps(layout!)).toEqual([])
  })
})
