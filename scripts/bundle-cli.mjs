// Build step after tsc: bundles the command line into one ES module,
// dist/src/cli/lifeline.bundle.mjs, which bin/lifeline.js loads, and the batch worker into
// dist/src/cli/lifeline.worker.mjs beside it. Unbundled, starting the CLI reads hundreds of
// modules (Chevrotain and its lodash-es are hundreds of files) and svgdom loads fontkit, whose
// Unicode tables are decoded at import; one file starts in a fraction of that time. The
// library entry (dist/src/index.js) stays unbundled. test/cli/determinism.test.ts renders
// every example through this bundle (and its workers) and compares with the golden files.
//
// fontkit is replaced by a stub: svgdom only uses it to measure text (getBBox and font
// preloading), and Lifeline never asks svgdom to measure anything: layout measures text with
// its own precomputed metrics. The golden SVGs, rendered through the bundle, prove it.
//
// The bundles sit beside main.js so that main.js's own relative paths (package.json for
// --version) resolve the same in both.
import { build } from 'esbuild'

const FONTKIT_STUB = `
export function openSync() {
  throw new Error('fontkit is not bundled: Lifeline never asks svgdom to measure text')
}
export function create() { return openSync() }
`

// commander loads child_process (a few ms of Node internals) at import, only to spawn
// executable subcommands, which Lifeline has none of: it gets it on first use instead.
const LAZY_CHILD_PROCESS = "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) }"

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS dependencies (commander, sax) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // The batch pool starts its workers from the bundled worker, not from batch/worker.js.
  define: { __LIFELINE_WORKER__: '"./lifeline.worker.mjs"' },
  plugins: [
    {
      name: 'stubs',
      setup(b) {
        b.onResolve({ filter: /^fontkit$/ }, () => ({ path: 'fontkit', namespace: 'fontkit-stub' }))
        b.onLoad({ filter: /.*/, namespace: 'fontkit-stub' }, () => ({ contents: FONTKIT_STUB, loader: 'js' }))
        b.onResolve({ filter: /^node:child_process$/ }, (args) =>
          args.importer.includes('commander') ? { path: 'child_process', namespace: 'lazy' } : undefined)
        b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: LAZY_CHILD_PROCESS, loader: 'js' }))
      },
    },
  ],
  // A native module, loaded only for PNG output: it stays a package import.
  external: ['@resvg/resvg-js'],
  legalComments: 'none',
  // Less source for V8 to read at every start; names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
}

await build({
  ...common,
  stdin: {
    contents: "export { main } from './src/cli/main.ts'\nexport { nodeIo } from './src/cli/io.ts'\n",
    resolveDir: '.',
    sourcefile: 'cli-entry.ts',
    loader: 'ts',
  },
  outfile: 'dist/src/cli/lifeline.bundle.mjs',
})
await build({ ...common, entryPoints: ['src/cli/batch/worker.ts'], outfile: 'dist/src/cli/lifeline.worker.mjs' })
