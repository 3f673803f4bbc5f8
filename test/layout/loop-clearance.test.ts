// A slanted line in flight passes above the self-message loops on the rows it crosses.
import { describe, expect, test } from 'vitest'
import { loopClearances, type Loop } from '../../src/layout/loop-clearance.js'
import type { Flight, Geometry } from '../../src/layout/passing-obstacles.js'
import type { DiagramLayout } from '../../src/layout/types.js'
import type { Message } from '../../src/model/model.js'
import { stages } from '../helpers.js'
import { findCollisions } from './collisions.js'

describe('loop clearance', () => {
  const message = (row: number, arrivalRow: number): Message => ({ row, arrivalRow } as Message)
  const rows: Geometry = { anchor: (row) => 100 + 40 * row, laneOffset: () => 0, drop: () => 0 }
  const loop: Loop = { m: message(1, 1), reach: [200, 245] }

  test.each([
    { name: 'a line through the loop asks for room above it', flight: { m: message(0, 3), x1: 0, x2: 400, share: 1 }, grows: true },
    { name: 'a line that passes above it asks for none', flight: { m: message(0, 3), x1: 300, x2: 700, share: 1 }, grows: false },
    { name: 'a line landing on the loop row is the arrivals\' business', flight: { m: message(0, 1), x1: 0, x2: 400, share: 1 }, grows: false },
  ])('$name', ({ flight, grows }) => {
    const room = loopClearances([flight as Flight], [loop], rows).get(loop.m) ?? 0
    expect(room > 0).toBe(grows)
    if (!grows) return
    // With that room above the loop row, the line passes above the loop.
    const grown: Geometry = { ...rows, anchor: (row) => rows.anchor(row) + (row >= 1 ? room : 0) }
    expect(loopClearances([flight as Flight], [loop], grown).size).toBe(0)
  })

  test('laid out, a long slanted line passes above the loops it meets', () => {
    const layout = stages('a\nb\nc\na ->> c: far away { delay: 3 }\nb -> b: think\nb -> b: again').layout as DiagramLayout
    expect(findCollisions(layout)).toEqual([])
  })
})
