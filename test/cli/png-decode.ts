// Just enough of a PNG reader for the tests: 8-bit RGBA (what resvg writes), non-interlaced.
import { inflateSync } from 'node:zlib'

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export interface Bitmap {
  readonly width: number
  readonly height: number
  /** RGBA at (x, y). */
  pixel(x: number, y: number): [number, number, number, number]
  /** Every pixel's RGBA, row by row. */
  readonly rgba: Uint8Array
}

export function decodePng(png: Buffer): Bitmap {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG')
  let width = 0
  let height = 0
  const idat: Buffer[] = []
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const data = png.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error('expected 8-bit RGBA, not interlaced')
    } else if (type === 'IDAT') idat.push(data)
    at += 12 + length
  }
  const rows = unfilter(inflateSync(Buffer.concat(idat)), width * 4, height)
  return { width, height, rgba: rows, pixel: (x, y) => [0, 1, 2, 3].map((c) => rows[y * width * 4 + x * 4 + c] ?? 0) as [number, number, number, number] }
}

function unfilter(raw: Buffer, stride: number, height: number): Uint8Array {
  const out = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0
      const a = i >= 4 ? (out[y * stride + i - 4] ?? 0) : 0
      const b = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0
      const c = i >= 4 && y > 0 ? (out[(y - 1) * stride + i - 4] ?? 0) : 0
      out[y * stride + i] = (x + predict(filter ?? 0, a, b, c)) & 0xff
    }
  }
  return out
}

function predict(filter: number, a: number, b: number, c: number): number {
  if (filter === 0) return 0
  if (filter === 1) return a
  if (filter === 2) return b
  if (filter === 3) return (a + b) >> 1
  const p = a + b - c
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)]
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}
