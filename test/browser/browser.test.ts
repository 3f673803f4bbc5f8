// The SVG in a real browser and in resvg: both must draw the same picture (so the SVG uses
// nothing one of them lacks), and every text box the browser measures must fit inside the box
// the layout measured with font metrics.
import { readdirSync, readFileSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { TextBlock } from '../../src/layout/types.js'
import { num } from '../../src/render/painter.js'
import { stages } from '../helpers.js'
import { launchChromium } from './chromium.js'

const DEJAVU = '/usr/share/fonts/truetype/dejavu'
/** Every face the SVG's text may ask for: regular, bold, italic and bold italic, and monospace for code. */
const DEJAVU_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf', 'DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf']
const examples = readdirSync('examples').filter((f) => f.endsWith('.seq')).map((f) => `examples/${f}`)

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage()
}, 30000)
afterAll(async () => {
  await browser?.close()
})

/** RGBA pixels of the SVG as an <img> drawn on a canvas, the way a page shows it. */
async function chromiumPixels(svg: string, width: number, height: number): Promise<Uint8Array> {
  const base64 = await page.evaluate(
    async ({ svg, width, height }) => {
      const img = new Image()
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = width
      canvas.height = height
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0, width, height)
      const data = ctx.getImageData(0, 0, width, height).data
      let binary = ''
      for (let i = 0; i < data.length; i++) binary += String.fromCharCode(data[i]!)
      return btoa(binary)
    },
    { svg, width, height },
  )
  return new Uint8Array(Buffer.from(base64, 'base64'))
}

function resvgPixels(svg: string): { pixels: Uint8Array; width: number; height: number } {
  // The fonts Chromium has here: DejaVu (no Open Sans is installed), so both draw the same glyphs.
  const image = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: DEJAVU_FILES.map((f) => `${DEJAVU}/${f}`), defaultFontFamily: 'DejaVu Sans' },
  }).render()
  return { pixels: new Uint8Array(image.pixels), width: image.width, height: image.height }
}

/** Luminance after a 3×3 box blur, so one-pixel antialiasing differences wash out. */
function blurredLuminance(rgba: Uint8Array, width: number, height: number): Float32Array {
  const lum = new Float32Array(width * height)
  for (let i = 0; i < width * height; i++) lum[i] = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!
  const out = new Float32Array(width * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0
      let n = 0
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx
          const yy = y + dy
          if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue
          sum += lum[yy * width + xx]!
          n++
        }
      }
      out[y * width + x] = sum / n
    }
  }
  return out
}

describe('Chromium and resvg draw the same picture', () => {
  test.each(examples)('%s', async (file) => {
    const svg = stages(readFileSync(file, 'utf8')).svg!
    const r = resvgPixels(svg)
    const c = await chromiumPixels(svg, r.width, r.height)
    const a = blurredLuminance(r.pixels, r.width, r.height)
    const b = blurredLuminance(c, r.width, r.height)
    let total = 0
    let far = 0
    for (let i = 0; i < a.length; i++) {
      const d = Math.abs(a[i]! - b[i]!)
      total += d
      if (d > 64) far++
    }
    expect(total / a.length, 'mean luminance difference').toBeLessThan(1.5)
    expect(far / a.length, 'share of clearly different pixels').toBeLessThan(0.002)
  })
})

/** Every text block in a layout, found by shape, keyed as it appears in the SVG. */
function textBlocks(value: unknown, out = new Map<string, TextBlock>()): Map<string, TextBlock> {
  if (Array.isArray(value)) value.forEach((v) => textBlocks(v, out))
  else if (value && typeof value === 'object') {
    const v = value as Partial<TextBlock>
    if (Array.isArray(v.lines) && v.box && typeof v.x === 'number' && typeof v.y === 'number') {
      out.set(`${num(v.x)} ${num(v.y)} ${v.lines[0]}`, v as TextBlock)
    } else Object.values(value).forEach((child) => textBlocks(child, out))
  }
  return out
}

/** svgdom's Open Sans, offered to the page as a web font: the first font of the SVG's stack. */
const OPEN_SANS_FACE = `@font-face{font-family:'Open Sans';src:url(data:font/ttf;base64,${readFileSync(
  new URL(import.meta.resolve('svgdom')).pathname.replace(/main-module\.js$/, 'fonts/OpenSans-Regular.ttf'),
).toString('base64')})}`

describe.each([
  { font: 'DejaVu Sans (the fallback on Linux)', style: '' },
  { font: 'Open Sans', style: OPEN_SANS_FACE },
])('text measured in the browser with $font fits the layout', ({ style }) => {
  test.each(examples)('%s', async (file) => {
    const { svg, layout } = stages(readFileSync(file, 'utf8'))
    const blocks = textBlocks(layout)
    await page.setContent(`<!doctype html><style>${style}</style><body style="margin:0">${svg}</body>`)
    const faces = await page.evaluate(async () => {
      await Promise.all([...document.fonts].map((f) => f.load()))
      await document.fonts.ready
      return [...document.fonts].map((f) => `${f.family} ${f.status}`)
    })
    expect(faces).toEqual(style ? ['Open Sans loaded'] : [])
    const measured = await page.evaluate(() =>
      [...document.querySelectorAll('svg text')].map((t) => {
        const box = (t as SVGTextElement).getBBox()
        // A line of several lines is a positioned tspan; styled runs are tspans within a line.
        // Code runs hold U+200C (see render/painter.ts), which the layout's lines do not.
        const first = (t.querySelector('tspan[x]')?.textContent ?? t.textContent ?? '').replace(/\u200c/g, '')
        return { key: `${t.getAttribute('x')} ${t.getAttribute('y')} ${first}`, x: box.x, y: box.y, width: box.width, height: box.height }
      }),
    )
    expect(measured.length).toBeGreaterThan(0)
    for (const m of measured) {
      const block = blocks.get(m.key)
      expect(block, `layout block for ${m.key}`).toBeDefined()
      const box = block!.box
      expect(m.x, m.key).toBeGreaterThanOrEqual(box.x - 0.5)
      expect(m.x + m.width, m.key).toBeLessThanOrEqual(box.x + box.width + 0.5)
      expect(m.y, m.key).toBeGreaterThanOrEqual(box.y - 1)
      expect(m.y + m.height, m.key).toBeLessThanOrEqual(box.y + box.height + 1)
    }
  })
})
