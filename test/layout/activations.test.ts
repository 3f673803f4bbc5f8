import { describe, expect, test } from 'vitest'
import { ActivationIndex } from '../../src/layout/activations.js'
import { ACTIVATION_NEST, ACTIVATION_WIDTH } from '../../src/layout/constants.js'
import { endOf, lineOf } from '../../src/model/moment.js'

/** A bar from the line of row `start` to the end of row `end`. */
const bar = (participant: string, start: number, end: number, depth: number) => ({ participant, start: lineOf(start), end: endOf(end), depth, line: 1, endLine: 2 })

describe('activation index', () => {
  const index = new ActivationIndex([bar('a', 2, 10, 0), bar('a', 4, 6, 1), bar('a', 8, 9, 1), bar('b', 5, 5, 0)])

  test.each([
    { row: -1, depth: -1 }, { row: 1, depth: -1 }, { row: 2, depth: 0 }, { row: 4, depth: 1 }, { row: 6, depth: 1 },
    { row: 7, depth: 0 }, { row: 8, depth: 1 }, { row: 9, depth: 1 }, { row: 10, depth: 0 }, { row: 11, depth: -1 },
  ])('the deepest bar of a on row $row is $depth', ({ row, depth }) => {
    expect([index.depthAt('a', lineOf(row)), index.depthAt('a', endOf(row))]).toEqual([depth, depth])
  })

  test('participants are independent, and one without bars has none', () => {
    expect([4, 5, 6].map((r) => index.depthAt('b', lineOf(r)))).toEqual([-1, 0, -1])
    expect(index.depthAt('c', lineOf(5))).toBe(-1)
  })

  test('a bar opened at a row end (a self-call) is not open on that row line, and one closed on a line is not open at its end', () => {
    // a -> +b, then b -> +b on row 1 (the nested bar starts at its return), b --> -b on row 2.
    const self = new ActivationIndex([
      { participant: 'b', start: lineOf(0), end: endOf(3), depth: 0, line: 1, endLine: 4 },
      { participant: 'b', start: endOf(1), end: lineOf(2), depth: 1, line: 2, endLine: 3 },
    ])
    expect([lineOf(1), endOf(1), lineOf(2), endOf(2)].map((t) => self.depthAt('b', t))).toEqual([0, 1, 1, 0])
  })

  test('messages attach at the innermost bar edge on the side they face; notes clear every bar', () => {
    const w = ACTIVATION_WIDTH / 2
    expect(index.edge('a', lineOf(5), 1)).toBe(w + ACTIVATION_NEST)
    expect(index.edge('a', lineOf(5), -1)).toBe(w - ACTIVATION_NEST)
    expect(index.reach('a', lineOf(5), -1)).toBe(w)
    expect(index.reach('a', lineOf(5), 1)).toBe(w + ACTIVATION_NEST)
    expect(index.edge('a', lineOf(11), 1)).toBe(0)
    expect(index.maxRightEdge('a')).toBe(w + ACTIVATION_NEST)
  })
})
