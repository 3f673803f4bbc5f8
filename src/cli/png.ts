// SVG text → PNG bytes through resvg, drawing text with the fonts the SVG names and the layout
// measured: Open Sans regular, bold, italic and bold italic (shipped in the package,
// dist/fonts/) and, where installed, DejaVu Sans and DejaVu Sans Mono (for `code` in labels);
// no other system fonts, so a PNG is the same bytes on every machine that has the same fonts.
// resvg matches a family first and a weight and style within it, so Open Sans needs each face:
// with the regular one alone, every bold text (the title, fragment keywords, box labels) came
// out regular, and `*italic*` upright. A colour emoji font, where the system has one, is
// the fallback for glyphs none of those has (resvg looks through every loaded font for a
// missing glyph); without one, an emoji is drawn as an empty box. Where to look is a value
// (FontCandidates), so a test can hand in a font of its own. resvg is a native module:
// it is imported on first use, so runs that only write SVG never load it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { packagedFont } from './package-files.js'

/** Where Debian and most Linux distributions put DejaVu Sans (fonts-dejavu-core). */
const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu'
const DEJAVU_FILES: readonly string[] = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf', 'DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf']
/** Colour emoji fonts where Linux distributions, macOS and Windows install them. */
const EMOJI_FILES: readonly string[] = [
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

/** Font files to try, by role; a file that is not there is skipped without a word. */
export interface FontCandidates {
  /** The faces the layout measured with: all of them that exist. */
  readonly measured: readonly string[]
  /** Colour emoji fonts: the first that exists, as the fallback for glyphs nothing else has. */
  readonly emoji: readonly string[]
}

/** This machine's candidates: Open Sans (four faces) from the package, DejaVu Sans (and Mono) and emoji fonts where systems install them. */
export function systemFontCandidates(): FontCandidates {
  const openSans = ['OpenSans-Regular.ttf', 'OpenSans-Bold.ttf', 'OpenSans-Italic.ttf', 'OpenSans-BoldItalic.ttf'].map(packagedFont)
  return { measured: [...openSans, ...DEJAVU_FILES.map((f) => join(DEJAVU_DIR, f))], emoji: EMOJI_FILES }
}

/** The font files handed to resvg: every measured face there is, and the first emoji font there is. */
export function findFontFiles(candidates: FontCandidates): string[] {
  const emoji = candidates.emoji.find((f) => existsSync(f))
  return [...candidates.measured.filter((f) => existsSync(f)), ...(emoji ? [emoji] : [])]
}

let systemFonts: string[] | undefined

/** This machine's font files, looked for once per process. */
export function pngFontFiles(): string[] {
  systemFonts ??= findFontFiles(systemFontCandidates())
  return systemFonts
}

/** Renders at `scale` times the SVG's width and height (rounded to whole pixels), with these fonts. */
export async function svgToPng(svg: string, scale: number, fontFiles: readonly string[] = pngFontFiles()): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js')
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: DEFAULT_FAMILY },
  })
  return new Uint8Array(resvg.render().asPng())
}
