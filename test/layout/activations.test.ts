import { describe, expect, test } from 'vitest'
import { ActivationIndex } from '../../src/layout/activations.js'
import { ACTIVATION_NEST, ACTIVATION_WIDTH } from '../../src/layout/constants.js'

const bar = (participant: string, startRow: number, endRow: number, depth: number) => ({ participant, startRow, endRow, depth, line: 1 })

describe('activation index', () => {
  const index = new ActivationIndex([bar('a', 2, 10, 0), bar('a', 4, 6, 1), bar('a', 8, 9, 1), bar('b', 5, 5, 0)])

  test.each([
    { row: -1, depth: -1 }, { row: 1, depth: -1 }, { row: 2, depth: 0 }, { row: 4, depth: 1 }, { row: 6, depth: 1 },
    { row: 7, depth: 0 }, { row: 8, depth: 1 }, { row: 9, depth: 1 }, { row: 10, depth: 0 }, { row: 11, depth: -1 },
  ])('the deepest bar of a at row $row is $depth', ({ row, depth }) => {
    expect(index.depthAt('a', row)).toBe(depth)
  })

  test('participants are independent, and one without bars has none', () => {
    expect([4, 5, 6].map((r) => index.depthAt('b', r))).toEqual([-1, 0, -1])
    expect(index.depthAt('c', 5)).toBe(-1)
  })

  test('messages attach at the outer edge of the bars on the side they face', () => {
    expect(index.edge('a', 5, 1)).toBe(ACTIVATION_WIDTH / 2 + ACTIVATION_NEST)
    expect(index.edge('a', 5, -1)).toBe(ACTIVATION_WIDTH / 2)
    expect(index.edge('a', 11, 1)).toBe(0)
    expect(index.maxRightEdge('a')).toBe(ACTIVATION_WIDTH / 2 + ACTIVATION_NEST)
  })
})
