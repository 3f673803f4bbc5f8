// Coordinates are printed from integers for speed; they must read exactly as the plain
// rounding `String(Math.round(n * 100) / 100)` would, without a negative zero.
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { num } from '../../src/render/painter.js'

function reference(n: number): string {
  const rounded = Math.round(n * 100) / 100
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

describe('num', () => {
  it('prints two decimals at most, without trailing zeros or a negative zero', () => {
    expect([0, -0, -0.001, 1, 1.5, 1.05, 1.005, 12.3456, -7.25, -0.5, 100, 2.1, 1e6 + 0.07].map(num)).toEqual([
      '0', '0', '0', '1', '1.5', '1.05', '1', '12.35', '-7.25', '-0.5', '100', '2.1', '1000000.07',
    ])
  })

  test.prop([fc.double({ min: -1e7, max: 1e7, noNaN: true })], { numRuns: 5000 })('matches plain rounding', (n) => {
    expect(num(n)).toBe(reference(n))
  })

  test.prop([fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 })], { numRuns: 5000 })('matches plain rounding at every hundredth', (whole, cents) => {
    const n = whole + Math.sign(whole || 1) * cents / 100
    expect(num(n)).toBe(reference(n))
  })
})
