// One input's bytes → what to write and what to say: decode, compile, report diagnostics,
// and convert to PNG when asked. Pure apart from loading resvg, so it runs the same on the
// main thread (one file, watch) and in a batch worker (batch/worker.ts).
import { compile, type CompileOptions } from '../compile.js'
import { diagnosticText } from './diagnostic-output.js'
import { svgToPng } from './png.js'
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
  if (!source.ok) return { report: `${name}: error: ${source.reason}\n`, output: undefined }
  const result = compile(source.text, options.compile)
  const report = diagnosticText(result.diagnostics, source.text, name, options.colour)
  const blocked = options.strict && result.diagnostics.some((d) => d.severity === 'warning')
  if (blocked || result.svg === undefined) return { report, output: undefined }
  if (options.format === 'svg') return { report, output: result.svg }
  try {
    return { report, output: await svgToPng(result.svg, options.scale) }
  } catch (e) {
    return { report: `${report}${name}: error: cannot draw the PNG (${e instanceof Error ? e.message : String(e)})\n`, output: undefined }
  }
}
