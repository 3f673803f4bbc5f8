// `lifeline watch FILE`: a live preview on 127.0.0.1 that re-renders on every save. The page
// always shows the latest diagnostics and the last picture that compiled; the terminal gets
// the diagnostics too, once per change. The file's lifeline.config.json (read once, at start)
// applies as when rendering, except `strict`: a preview shows the picture under its warnings.
// Runs until Ctrl+C, then stops cleanly (exit 0).
import { Option, type Command } from 'commander'
import { escapeControls } from '../../diagnostics/printable.js'
import { THEME_NAMES, type ThemeName } from '../../model/model.js'
import { ConfigFinder } from '../config.js'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, type Run } from '../exit.js'
import { settingsFor } from '../inputs.js'
import type { Io } from '../io.js'
import { parsePort, PORT_HELP } from '../port-option.js'
import { produce, type ProduceOptions } from '../produce.js'
import { notAFile } from '../read-source.js'
import { stderrColour } from '../terminal.js'
import { startPreviewServer, type PreviewServer, type PreviewState } from '../watch/server.js'
import { watchFile } from '../watch/watch-file.js'


export function defineWatchCommand(program: Command, io: Io, run: Run): void {
  program
    .command('watch')
    .description('serve a live preview of a diagram on 127.0.0.1 that updates on every save')
    .argument('<file>', 'the diagram file (.seq) to watch')
    .option('--port <port>', PORT_HELP, parsePort, 0)
    .addOption(new Option('--theme <theme>', "override the diagram's theme").choices(THEME_NAMES))
    .option('--verbose', 'say which lifeline.config.json applies')
    .action((file: string, opts: { port: number; theme?: ThemeName; verbose?: boolean }) => run(() => watch(file, opts, io)))
}

async function watch(file: string, opts: { port: number; theme?: ThemeName; verbose?: boolean }, io: Io): Promise<number> {
  const notFile = notAFile(await io.kind(file), 'diagram')
  if (notFile !== undefined) {
    io.stderr(`${escapeControls(file)}: error: ${notFile}\n`)
    return EXIT_INPUT_ERRORS
  }
  const configs = await new ConfigFinder(io, opts.verbose === true).forInputs([file])
  if (!configs.ok) {
    io.stderr(`${configs.message}\n`)
    return EXIT_USAGE
  }
  // Not strict whatever the config says: a preview shows the picture under its warnings.
  const { compile } = settingsFor({ theme: opts.theme }, configs.configs[0] ?? {})
  const render = renderer(file, { compile, strict: false, format: 'svg', scale: 1, colour: stderrColour(io) }, io)
  let server: PreviewServer
  try {
    server = await startPreviewServer(opts.port, file, (await render()) ?? { svg: null, report: '', ok: true })
  } catch (e) {
    io.stderr(`lifeline: cannot listen on port ${opts.port} (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`)
    return EXIT_USAGE
  }
  io.stdout(`watching ${file}: open ${server.url} (Ctrl+C to stop)\n`)
  const stopWatching = watchFile(io, file, () => {
    void render().then((state) => state && server.publish(state))
  })
  await new Promise<void>((resolve) => io.onInterrupt(resolve))
  stopWatching()
  await server.close()
  io.stdout('stopped\n')
  return EXIT_OK
}

/** Returns a function that re-reads and compiles the file, or says undefined if it did not change. */
function renderer(file: string, options: ProduceOptions, io: Io): () => Promise<PreviewState | undefined> {
  let lastBytes: Uint8Array | undefined
  let state: PreviewState = { svg: null, report: '', ok: true }
  return async () => {
    let next: PreviewState
    try {
      const bytes = await io.readFile(file)
      if (lastBytes && Buffer.from(bytes).equals(lastBytes)) return undefined
      lastBytes = bytes
      const outcome = await produce(bytes, file, options)
      const svg = typeof outcome.output === 'string' ? outcome.output : null
      next = { svg: svg ?? state.svg, report: outcome.report, ok: svg !== null }
    } catch (e) {
      lastBytes = undefined // gone for now (an editor mid-save, or deleted): show why, keep the picture
      next = { svg: state.svg, report: `${escapeControls(file)}: error: cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`, ok: false }
    }
    if (next.report !== state.report) io.stderr(next.report || `${escapeControls(file)}: no problems any more\n`)
    state = next
    return state
  }
}
