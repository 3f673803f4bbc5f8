// Rows shared by many messages: labels still find room, and the work stays proportional to
// the messages (a thousand `&` messages once overflowed the stack in the horizontal pass).
import { describe, expect, test } from 'vitest'
import { layoutDiagram } from '../../src/layout/layout.js'
import { createFontMeasurer } from '../../src/layout/measure.js'
import { RowObstacles } from '../../src/layout/row-obstacles.js'
import type { MessageLayout } from '../../src/layout/types.js'
import { model } from '../helpers.js'
import { findOverlaps } from './overlap.js'

const measurer = createFontMeasurer()
const layoutOf = (source: string) => layoutDiagram(model(source).model, measurer)

describe('a row shared by many messages', () => {
  test('three messages the same way from one sender: each label clear of the others', () => {
    const layout = layoutOf('a -> b: first\n& a -> c: second label\n& a -> d: the third and longest label')
    expect(findOverlaps(layout)).toEqual([])
    const third = (layout.items as MessageLayout[])[2]!
    const x = (id: string): number => layout.participants.find((p) => p.id === id)!.x
    // Only a -> d covers the stretch from c to d, so its label must fit there.
    expect(x('d') - x('c')).toBeGreaterThanOrEqual(third.label!.box.width)
  })

  test('a thousand `&` messages from one sender are all laid out, each line apart, every label clear', () => {
    const targets = ['b', 'c', 'd', 'e']
    const lines = Array.from({ length: 1000 }, (_, i) => `& a -> ${targets[i % targets.length]}: parallel ${i}`)
    const layout = layoutOf(['a -> b: start', ...lines].join('\n'))
    const messages = layout.items as MessageLayout[]
    expect(messages).toHaveLength(1001)
    // They all leave one lifeline the same way, so each takes a lane of its own.
    expect(new Set(messages.map((m) => m.paths[0]![0]!.y)).size).toBe(1001)
    expect(findOverlaps(layout)).toEqual([])
  })
})

describe('row obstacles', () => {
  const label = (left: number, right: number, top = 20) => ({ span: [left, right] as const, liftable: true, top })

  test('the free stretch nearest the centre, clear of every obstacle by half a label pad', () => {
    const row = new RowObstacles([label(100, 200), label(300, 320)])
    // Free: [0, 94], [206, 294], [326, 500]; a 60-wide label centred at 250 fits in the middle.
    expect(row.nearestFree([0, 500], 60, 250)).toBe(250)
    // An 80-wide one wanted at 160 fits on the left (at most 54) or in the middle (at least 246).
    expect(row.nearestFree([0, 500], 80, 160)).toBe(246)
    expect(row.nearestFree([0, 500], 200, 250)).toBeUndefined()
  })

  test('a label rises over labels and arrowheads, not over passing lines', () => {
    const row = new RowObstacles([label(0, 50, 30), { span: [0, 50], liftable: false, top: 99 }, label(200, 300, 70)])
    expect(row.blocks([40, 60])).toBe(true)
    expect(row.liftOver([40, 60])).toBe(30)
    expect(row.blocks([120, 130])).toBe(false)
    expect(row.liftOver([120, 130])).toBe(0)
  })
})
