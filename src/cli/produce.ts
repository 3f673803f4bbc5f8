// One input's bytes → what to write and what to say: decode, compile, report diagnostics,
// and convert to PNG when asked. Pure apart from loading resvg, so it runs the same on the
// main thread (one file, watch) and in a batch worker (batch/worker.ts).
import { compile, type CompileOptions } from '../compile.js'
import { escapeControls } from '../diagnostics/printable.js'
import { groupDigits } from '../diagnostics/format.js'
import { resolveLimits } from '../limits.js'
import { diagnosticText, limitNote } from './diagnostic-output.js'
import { svgToPng } from './png.js'
import { fails } from './inputs.js'
import { decodeSource } from './read-source.js'

export type OutputFormat = 'svg' | 'png'

export interface ProduceOptions {
  /** What the flags and the config ask of the compiler (inputs.ts, settingsFor). */
  readonly compile: CompileOptions
  readonly strict: boolean
  readonly format: OutputFormat
  readonly scale: number
  /** Diagnostics in terminal colours (terminal.ts decides, on the main thread). */
  readonly colour: boolean
}

export interface Outcome {
  /** Diagnostics (or the one reason the input was refused) as text, '' when there are none. */
  readonly report: string
  /** The picture to write; undefined when the input has errors (or warnings, when strict). */
  readonly output: string | Uint8Array | undefined
}

export async function produce(bytes: Uint8Array, name: string, options: ProduceOptions): Promise<Outcome> {
  const source = decodeSource(bytes)
  if (!source.ok) return { report: `${escapeControls(name)}: error: ${source.reason}\n`, output: undefined }
  const result = compile(source.text, options.compile)
  const report = diagnosticText(result.diagnostics, source.text, name, options.colour)
  if (fails(result.diagnostics, options.strict) || result.svg === undefined) return { report, output: undefined }
  if (options.format === 'svg') return { report, output: result.svg }
  const tooBig = checkPixels(result.svg, options.scale, resolveLimits(options.compile.limits).maxPixels)
  if (tooBig) return { report: `${report}${escapeControls(name)}: error: ${tooBig}\n${limitNote(name, 'maxPixels')}`, output: undefined }
  try {
    return { report, output: await svgToPng(result.svg, options.scale) }
  } catch (e) {
    return { report: `${report}${escapeControls(name)}: error: cannot draw the PNG (${e instanceof Error ? e.message : String(e)})\n`, output: undefined }
  }
}

/**
 * Why the PNG of this SVG at this scale is too big to draw, or undefined. The size is read
 * from the root element's width and height, as resvg reads it, before resvg allocates the
 * bitmap: a 25-byte diagram with a long delay would otherwise ask for gigabytes.
 */
export function checkPixels(svg: string, scale: number, maxPixels: number): string | undefined {
  const root = svg.slice(0, svg.indexOf('>'))
  const size = (name: string): number => Math.ceil(Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0) * scale)
  const [width, height] = [size('width'), size('height')]
  if (width * height <= maxPixels) return undefined
  return `this PNG would be ${groupDigits(width)} × ${groupDigits(height)} = ${groupDigits(width * height)} pixels: Lifeline draws at most ${groupDigits(maxPixels)} (the maxPixels limit); write SVG, or lower --scale`
}
