// Build step after tsc: bundles the command line into one ES module,
// dist/src/cli/lifeline.bundle.mjs, which bin/lifeline.js loads. Unbundled, starting the CLI
// reads hundreds of modules (Chevrotain alone is spread over hundreds of files) and svgdom
// loads fontkit, whose Unicode tables are decoded at import; one file starts in a fraction of
// that time. The library entry (dist/src/index.js) stays unbundled.
//
// fontkit is replaced by a stub: svgdom only uses it to measure text (getBBox and font
// preloading), and Lifeline never asks svgdom to measure anything: layout measures text with
// its own precomputed metrics. The golden SVGs, rendered through this bundle by the
// end-to-end tests, prove the output does not change.
//
// The bundle sits beside main.js so that main.js's own relative paths (package.json for
// --version) resolve the same in both.
import { build } from 'esbuild'

const FONTKIT_STUB = `
export function openSync() {
  throw new Error('fontkit is not bundled: Lifeline never asks svgdom to measure text')
}
export function create() { return openSync() }
`

await build({
  stdin: {
    contents: "export { main } from './src/cli/main.ts'\nexport { nodeIo } from './src/cli/io.ts'\n",
    resolveDir: '.',
    sourcefile: 'cli-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/src/cli/lifeline.bundle.mjs',
  // Bundled CommonJS dependencies (sax) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [
    {
      name: 'stub-fontkit',
      setup(b) {
        b.onResolve({ filter: /^fontkit$/ }, () => ({ path: 'fontkit', namespace: 'stub' }))
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: FONTKIT_STUB, loader: 'js' }))
      },
    },
  ],
  legalComments: 'none',
  logLevel: 'warning',
})
