// SVG text → PNG bytes through resvg, drawing text with the very fonts the layout measured
// (svgdom's Open Sans and, where installed, DejaVu Sans), and no system fonts, so a PNG is
// the same bytes on every machine that has the same fonts. resvg is a native module: it is
// imported on first use, so runs that only write SVG never load it.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Where Debian and most Linux distributions put DejaVu Sans (fonts-dejavu-core). */
const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu'
const DEJAVU_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf']
/** The first family of the SVG's font stack (render/svg.ts FONT_FAMILY). */
const DEFAULT_FAMILY = 'Open Sans'
/** Beyond this a diagram's bitmap runs to hundreds of megabytes. */
export const MAX_SCALE = 16

let fontFiles: string[] | undefined

/** The font files handed to resvg: svgdom's bundled Open Sans, then DejaVu Sans if present. */
export function pngFontFiles(): string[] {
  if (fontFiles) return fontFiles
  // svgdom's package "exports" hide its package.json, so find its folder from its entry point.
  const svgdomEntry = createRequire(import.meta.url).resolve('svgdom')
  const openSans = join(dirname(svgdomEntry), 'fonts', 'OpenSans-Regular.ttf')
  const dejavu = DEJAVU_FILES.map((f) => join(DEJAVU_DIR, f))
  fontFiles = [openSans, ...dejavu].filter((f) => existsSync(f))
  return fontFiles
}

/** Renders at `scale` times the SVG's width and height (rounded to whole pixels). */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js')
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: pngFontFiles(), defaultFontFamily: DEFAULT_FAMILY },
  })
  return new Uint8Array(resvg.render().asPng())
}
