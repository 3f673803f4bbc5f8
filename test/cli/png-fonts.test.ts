// The fonts PNG output hands resvg: the measured faces that exist and the first colour emoji
// font found, a missing one skipped without a word. The machine that runs the tests has no
// emoji font, so the test makes one of its own: a copy of DejaVu Sans (which has ☺, which Open
// Sans lacks) under an emoji font's name, in its own folder.
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { findFontFiles, svgToPng } from '../../src/cli/png.js'

const OPEN_SANS = createRequire(import.meta.url).resolve('open-sans-fontface/fonts/Regular/OpenSans-Regular.ttf')
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
/** One glyph Open Sans does not have, in the family the SVG names first. */
const SMILEY = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><rect width="60" height="60" fill="#fff"/><text x="5" y="48" font-family="Open Sans" font-size="48">☺</text></svg>'

describe('emoji fallback font', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-fonts-'))
  const missing = join(dir, 'missing/NotoColorEmoji.ttf')
  const emoji = join(dir, 'NotoColorEmoji.ttf')
  const later = join(dir, 'seguiemj.ttf')

  test.runIf(existsSync(DEJAVU))('the first emoji font found is handed to resvg, after the measured faces, and draws what they lack', async () => {
    copyFileSync(DEJAVU, emoji)
    copyFileSync(DEJAVU, later)
    const fonts = findFontFiles({ measured: [OPEN_SANS], emoji: [missing, emoji, later] })
    expect(fonts).toEqual([OPEN_SANS, emoji])
    const withEmoji = Buffer.from(await svgToPng(SMILEY, 1, fonts))
    const without = Buffer.from(await svgToPng(SMILEY, 1, [OPEN_SANS]))
    const drawnByDejaVu = Buffer.from(await svgToPng(SMILEY, 1, [OPEN_SANS, DEJAVU]))
    expect(withEmoji.equals(without)).toBe(false)
    expect(withEmoji.equals(drawnByDejaVu)).toBe(true)
  })

  test('no emoji font and missing measured faces are skipped without a word', async () => {
    expect(findFontFiles({ measured: [OPEN_SANS, join(dir, 'gone.ttf')], emoji: [missing] })).toEqual([OPEN_SANS])
    expect(findFontFiles({ measured: [], emoji: [] })).toEqual([])
    expect(Buffer.from(await svgToPng(SMILEY, 1, [OPEN_SANS])).subarray(1, 4).toString()).toBe('PNG')
  })
})
