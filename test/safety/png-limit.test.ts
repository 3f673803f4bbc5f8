// PNG output is capped in pixels (the maxPixels limit, settable in lifeline.config.json), and
// a picture past it is refused with one diagnostic before resvg allocates its bitmap.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { checkPixels } from '../../src/cli/produce.js'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { runMain, scratch } from './in-process.js'

// 25 bytes that ask for a 228 × 1,199,848 bitmap: 3.3 GB at scale 1.
const TALL = 'a ->> b { delay: 39990 }\n'

describe('the maxPixels limit', () => {
  test('reads the size from the SVG and multiplies by the scale', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100.5" height="20" viewBox="0 0 100.5 20">\n</svg>'
    expect(checkPixels(svg, 1, 101 * 20)).toBeUndefined()
    expect(checkPixels(svg, 1, 101 * 20 - 1)).toBe('this PNG would be 101 × 20 = 2,020 pixels: Lifeline draws at most 2,019 (the maxPixels limit); write SVG, or lower --scale')
    expect(checkPixels(svg, 2, 201 * 40)).toBeUndefined()
    expect(checkPixels(svg, 2, 201 * 40 - 1)).toContain('201 × 40 = 8,040 pixels')
  })

  test('a tall diagram is refused with one diagnostic and a note, and no file is written', async () => {
    const dir = scratch({ 'tall.seq': TALL })
    const r = await runMain([join(dir, 'tall.seq'), '-o', join(dir, 'tall.png')], { cwd: dir })
    expect(r.code).toBe(1)
    const file = join(dir, 'tall.seq')
    expect(r.stderr).toBe(
      `${file}: error: this PNG would be 228 × 1,199,848 = 273,565,344 pixels: Lifeline draws at most ${(50_000_000).toLocaleString('en-US')} (the maxPixels limit); write SVG, or lower --scale\n` +
        `${file}: note: a lifeline.config.json with { "limits": { "maxPixels": N } } sets another maxPixels\n`,
    )
    expect(existsSync(join(dir, 'tall.png'))).toBe(false)
    expect(DEFAULT_LIMITS.maxPixels).toBe(50_000_000)
  })

  test('--scale counts: a small diagram at scale 16 can pass the limit a config sets', async () => {
    const dir = scratch({ 'lifeline.config.json': '{ "limits": { "maxPixels": 100000 } }', 'd.seq': 'a -> b: hi\n' })
    const small = await runMain([join(dir, 'd.seq'), '-o', join(dir, 'd.png')], { cwd: dir })
    expect([small.code, small.stderr]).toEqual([0, ''])
    const big = await runMain([join(dir, 'd.seq'), '-o', join(dir, 'e.png'), '--scale', '16'], { cwd: dir })
    expect(big.code).toBe(1)
    expect(big.stderr).toMatch(/error: this PNG would be [\d,]+ × [\d,]+ = [\d,]+ pixels: Lifeline draws at most 100,000 \(the maxPixels limit\)/)
    expect(existsSync(join(dir, 'e.png'))).toBe(false)
  })
})
