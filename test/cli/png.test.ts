// PNG output end to end: the real binary, resvg, and the fonts the layout measures with.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/compile.js'
import { svgToPng } from '../../src/cli/png.js'
import { decodePng, PNG_SIGNATURE, type Bitmap } from './png-decode.js'
import { BIN, GOOD, run, workdir } from './spawn.js'

/** The SVG's size and where its first message line runs (a horizontal `M x1 yHx2`). */
function geometry(svg: string) {
  const [vx, vy, width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number)
  const line = /class="message-line"[^>]* d="M([\d.]+) ([\d.]+)H([\d.]+)"/.exec(svg)
  const label = /class="label-bg"[^>]* x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)
  if (!line || !label || width === undefined || height === undefined) throw new Error('unexpected SVG')
  const [x1, y, x2] = [line[1], line[2], line[3]].map(Number) as [number, number, number]
  const [lx, ly, lw, lh] = label.slice(1).map(Number) as [number, number, number, number]
  return { vx: vx ?? 0, vy: vy ?? 0, width, height, line: { x: (x1 + x2) / 2, y }, label: { x: lx, y: ly, w: lw, h: lh } }
}

const dark = (bitmap: Bitmap, x: number, y: number): boolean => {
  const [r, g, b, a] = bitmap.pixel(Math.round(x), Math.round(y))
  return a > 200 && r + g + b < 3 * 128
}

describe('PNG output', () => {
  const dir = workdir({ 'd.seq': GOOD })
  const svgRun = run(['d.seq'], { cwd: dir })
  const svg = readFileSync(join(dir, 'd.svg'), 'utf8')
  const g = geometry(svg)

  test('-o NAME.png writes a PNG the size of the SVG, drawn with lines and text', () => {
    expect(svgRun.code).toBe(0)
    const r = run(['d.seq', '-o', 'd.png'], { cwd: dir })
    expect([r.code, r.stderr]).toEqual([0, ''])
    const png = readFileSync(join(dir, 'd.png'))
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    const bitmap = decodePng(png)
    expect([bitmap.width, bitmap.height]).toEqual([Math.round(g.width), Math.round(g.height)])
    expect(dark(bitmap, 1, 1)).toBe(false) // the light theme's background
    expect(dark(bitmap, g.line.x - g.vx, g.line.y - g.vy)).toBe(true) // the message line
    let inked = 0 // the label's glyphs: fonts were found and used
    for (let y = g.label.y; y < g.label.y + g.label.h; y++) {
      for (let x = g.label.x; x < g.label.x + g.label.w; x++) if (dark(bitmap, x - g.vx, y - g.vy)) inked++
    }
    expect(inked).toBeGreaterThan(20)
  })

  test('--format png --scale 2 doubles the pixels, and the bytes are the same on every run', () => {
    const first = run(['d.seq', '--format', 'png', '--scale', '2'], { cwd: dir })
    expect(first.code).toBe(0)
    const png = readFileSync(join(dir, 'd.png'))
    const bitmap = decodePng(png)
    expect([bitmap.width, bitmap.height]).toEqual([Math.round(g.width * 2), Math.round(g.height * 2)])
    expect(dark(bitmap, (g.line.x - g.vx) * 2, (g.line.y - g.vy) * 2)).toBe(true)
    expect(run(['d.seq', '--format', 'png', '--scale', '2'], { cwd: dir }).code).toBe(0)
    expect(readFileSync(join(dir, 'd.png')).equals(png)).toBe(true)
  })

  test('standard input to a piped standard output', () => {
    const r = spawnSync(process.execPath, [BIN, '-', '--format', 'png'], { input: GOOD })
    expect(r.status).toBe(0)
    expect(decodePng(r.stdout).width).toBe(Math.round(g.width))
  })

  test.each([
    { args: ['d.seq', '--scale', '2'], message: '--scale applies to PNG output only' },
    { args: ['d.seq', '--format', 'svg', '-o', 'x.png'], message: '-o x.png is a .png file, but --format says svg' },
    { args: ['d.seq', '--format', 'png', '--scale', '0'], message: 'give a number above 0' },
    { args: ['d.seq', '--format', 'gif'], message: 'Allowed choices are svg, png' },
  ])('usage error: $message', ({ args, message }) => {
    const r = run(args, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
  })
})

/** Dark pixels in the band of rows the title takes (the top of the picture). */
function titleInk(png: Uint8Array): number {
  const bitmap = decodePng(Buffer.from(png))
  let inked = 0
  for (let y = 0; y < 40; y++) for (let x = 0; x < bitmap.width; x++) if (dark(bitmap, x, y)) inked++
  return inked
}

test('bold text is drawn with a bold face: the bold title has clearly more ink than the same title in regular', async () => {
  const svg = compile('title: Bold Title Wording\na -> b: hi\n').svg ?? ''
  expect(svg).toMatch(/class="text title"[^>]*font-weight="bold"/)
  const bold = titleInk(await svgToPng(svg, 1))
  const regular = titleInk(await svgToPng(svg.replace(' font-weight="bold"', ''), 1))
  expect(regular).toBeGreaterThan(50)
  expect(bold).toBeGreaterThan(regular * 1.2)
})

/** Text-dark pixels (the lifelines' grey is lighter). */
const textInk = (bitmap: Bitmap, x: number, y: number): boolean => {
  const [r, g, b, a] = bitmap.pixel(x, y)
  return a > 200 && r + g + b < 3 * 70
}

/** The leftmost and rightmost text-dark pixel of the first message label's line. */
function labelInkExtent(svg: string, png: Uint8Array): { left: number; right: number } {
  const bitmap = decodePng(Buffer.from(png))
  const [vx, vy] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number) as [number, number]
  const baseline = Number(/<text class="text" x="[\d.]+" y="([\d.]+)">[^<]*<tspan/.exec(svg)?.[1]) - vy
  let [left, right] = [Infinity, -Infinity]
  // The x-height band: above the arrowhead's wings, which reach up to just below the baseline.
  for (let y = Math.round(baseline - 7); y < baseline - 1; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (textInk(bitmap, x, y)) [left, right] = [Math.min(left, x + vx), Math.max(right, x + vx)]
    }
  }
  return { left, right }
}

test('code is drawn in a monospace face, within the width measured for it', async () => {
  const svg = compile('a -> b: x `iiiiiiiiiiii` x\n').svg ?? ''
  expect(svg).toContain('font-family="\'DejaVu Sans Mono\'')
  const mono = labelInkExtent(svg, await svgToPng(svg, 1))
  const proportional = labelInkExtent(svg, await svgToPng(svg.replace(/<tspan font-family="[^"]*">/, '<tspan>'), 1))
  // Twelve i's take 0.6 em each in a monospace face, about a quarter of that in Open Sans.
  expect(mono.right - mono.left).toBeGreaterThan(1.5 * (proportional.right - proportional.left))
  const bg = /class="label-bg"[^>]* x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg)
  const [bx, bw] = [Number(bg?.[1]), Number(bg?.[2])]
  expect(mono.left).toBeGreaterThanOrEqual(bx)
  expect(mono.right).toBeLessThanOrEqual(bx + bw)
})

test('code holding ff, fi or fl is drawn: resvg drops text mixing those ligatures with another font', async () => {
  const svg = compile('a -> b: x `fflags fi`, y\n').svg ?? ''
  const { left, right } = labelInkExtent(svg, await svgToPng(svg, 1))
  expect(right - left).toBeGreaterThan(60)
})

test('italic text is drawn with an italic face, not the upright one', async () => {
  const svg = compile('a -> b: *Slanted Words Here*\n').svg ?? ''
  expect(svg).toContain('font-style="italic"')
  const italic = await svgToPng(svg, 1)
  const upright = await svgToPng(svg.replace(' font-style="italic"', ''), 1)
  expect(Buffer.from(italic).equals(Buffer.from(upright))).toBe(false)
})
