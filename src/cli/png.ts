// SVG text → PNG bytes through resvg, drawing text with the fonts the SVG names and the layout
// measured: Open Sans regular, bold, italic and bold italic (shipped in the package,
// dist/fonts/) and, where installed, DejaVu Sans and DejaVu Sans Mono (for `code` in labels);
// no other system fonts, so a PNG is the same bytes on every machine that has the same fonts.
// resvg matches a family first and a weight and style within it, so Open Sans needs each face:
// with the regular one alone, every bold text (the title, fragment keywords, box labels) came
// out regular, and `*italic*` upright. A colour emoji font, where the system has one, is
// the fallback for glyphs none of those has (resvg looks through every loaded font for a
// missing glyph); without one, an emoji is drawn as an empty box. resvg is a native module:
// it is imported on first use, so runs that only write SVG never load it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { packagedFont } from './package-files.js'

/** Where Debian and most Linux distributions put DejaVu Sans (fonts-dejavu-core). */
const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu'
const DEJAVU_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf', 'DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf']
/** Colour emoji fonts where Linux distributions, macOS and Windows install them. */
const EMOJI_FILES = [
  '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
  '/usr/share/fonts/noto/NotoColorEmoji.ttf',
  '/usr/share/fonts/google-noto-emoji/NotoColorEmoji.ttf',
  '/usr/share/fonts/noto-emoji/NotoColorEmoji.ttf',
  '/System/Library/Fonts/Apple Color Emoji.ttc',
  'C:\\Windows\\Fonts\\seguiemj.ttf',
]
/** The first family of the SVG's font stack (render/svg.ts FONT_FAMILY). */
const DEFAULT_FAMILY = 'Open Sans'
/** Beyond this a diagram's bitmap runs to hundreds of megabytes. */
export const MAX_SCALE = 16

let fontFiles: string[] | undefined

/** The font files handed to resvg: Open Sans (four faces), DejaVu Sans (and Mono) and an emoji font if present. */
export function pngFontFiles(): string[] {
  if (fontFiles) return fontFiles
  const openSans = ['OpenSans-Regular.ttf', 'OpenSans-Bold.ttf', 'OpenSans-Italic.ttf', 'OpenSans-BoldItalic.ttf'].map(packagedFont)
  const dejavu = DEJAVU_FILES.map((f) => join(DEJAVU_DIR, f))
  const emoji = EMOJI_FILES.find((f) => existsSync(f))
  fontFiles = [...openSans, ...dejavu, ...(emoji ? [emoji] : [])].filter((f) => existsSync(f))
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
