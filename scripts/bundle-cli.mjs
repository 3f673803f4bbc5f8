// Build step after tsc: bundles the command line into one CommonJS script,
// dist/src/cli/lifeline.bundle.cjs, which bin/lifeline.js loads through a V8 code cache
// (src/cli/code-cache.ts, bundled beside it as code-cache.cjs). Unbundled, starting the CLI
// reads hundreds of modules (Chevrotain and its lodash-es are hundreds of files) and svgdom
// loads fontkit, whose Unicode tables are decoded at import; one file starts in a fraction of
// that time. CommonJS rather than an ES module because only a script can be compiled from a
// code cache on Node 20. Batch workers load the same bundle, through the same cache, from
// lifeline.worker.cjs. The library entry (dist/src/index.js) stays unbundled.
// test/cli/determinism.test.ts renders every example through this bundle (and its workers)
// and compares with the golden files.
//
// fontkit is replaced by a stub: svgdom only uses it to measure text (getBBox and font
// preloading), and Lifeline never asks svgdom to measure anything: layout measures text with
// its own precomputed metrics. The golden SVGs, rendered through the bundle, prove it.
//
// The bundles sit beside main.js so that main.js's own relative paths (package.json for
// --version) resolve the same in both.
import { readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { build } from 'esbuild'

const FONTKIT_STUB = `
export function openSync() {
  throw new Error('fontkit is not bundled: Lifeline never asks svgdom to measure text')
}
export function create() { return openSync() }
`

// image-size likewise: svgdom reads an <image>'s size with it, and Lifeline draws no images.
const IMAGE_SIZE_STUB = `
export default function sizeOf() {
  throw new Error('image-size is not bundled: Lifeline draws no images')
}
`

// Node built-ins that only some commands use are loaded on first use rather than at start:
// each costs a few milliseconds of Node internals. commander loads child_process at import,
// only to spawn executable subcommands, which Lifeline has none of; the HTTP server is the
// live preview's (watch); worker threads are for large batches. A lazy module has a getter
// per export of the real one, and the bundle reads imports from it at each use.
const LAZY = ['node:child_process', 'node:http', 'node:worker_threads']
const lazyModule = (name) => {
  const getters = Object.keys(createRequire(import.meta.url)(name)).map((key) => `get ${JSON.stringify(key)}() { return require(${JSON.stringify(name)})[${JSON.stringify(key)}] }`)
  return `module.exports = { ${getters.join(', ')} }`
}

const OUT = 'dist/src/cli'

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The sources are ES modules: import.meta.url becomes the script's own URL (see
  // IMPORT_META_URL), and the one dynamic import (resvg, for PNG) a require().
  define: {
    'import.meta.url': '__import_meta_url',
    // The batch pool starts its workers from the bundled worker entry, not from batch/worker.js.
    __LIFELINE_WORKER__: '"./lifeline.worker.cjs"',
  },
  supported: { 'dynamic-import': false },
  plugins: [
    {
      name: 'stubs',
      setup(b) {
        b.onResolve({ filter: /^fontkit$/ }, () => ({ path: 'fontkit', namespace: 'fontkit-stub' }))
        b.onLoad({ filter: /.*/, namespace: 'fontkit-stub' }, () => ({ contents: FONTKIT_STUB, loader: 'js' }))
        b.onResolve({ filter: /^image-size$/ }, () => ({ path: 'image-size', namespace: 'image-size-stub' }))
        b.onLoad({ filter: /.*/, namespace: 'image-size-stub' }, () => ({ contents: IMAGE_SIZE_STUB, loader: 'js' }))
        // lodash's `has`, which Chevrotain calls thousands of times at each start: see the shim.
        b.onLoad({ filter: /[\\/]lodash-es[\\/]has\.js$/ }, () => ({ contents: readFileSync('scripts/shims/lodash-has.mjs', 'utf8'), loader: 'js' }))
        // The lazy module's own require() of the built-in must stay one.
        b.onResolve({ filter: /^node:/ }, (args) => (LAZY.includes(args.path) && args.namespace !== 'lazy' ? { path: args.path, namespace: 'lazy' } : undefined))
        b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: lazyModule(args.path), loader: 'js' }))
        // The language server (vscode-languageserver and its protocol) is a bundle of its own,
        // required by `lifeline lsp` only: the main bundle stays as small as before.
        b.onResolve({ filter: /[\\/]lsp[\\/]server\.js$/ }, (args) => (args.importer.endsWith('lsp.ts') ? { path: './lifeline.lsp.cjs', external: true } : undefined))
      },
    },
  ],
  // A native module, loaded only for PNG output: it stays a package import. So does markdown-it,
  // loaded only by `lifeline md`: nothing else pays for it at start, and its regular
  // expressions hold characters an ASCII bundle cannot carry.
  external: ['@resvg/resvg-js', 'markdown-it'],
  legalComments: 'none',
  // Less source for V8 to read at every start; names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
}

const IMPORT_META_URL = { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" }
const entry = (contents, sourcefile) => ({ contents, resolveDir: '.', sourcefile, loader: 'ts' })

await build({
  ...common,
  stdin: entry(
    "export { main } from './src/cli/main.ts'\nexport { nodeIo } from './src/cli/io.ts'\nexport { serveBatchTasks } from './src/cli/batch/serve.ts'\n",
    'cli-entry.ts',
  ),
  banner: IMPORT_META_URL,
  outfile: `${OUT}/lifeline.bundle.cjs`,
})
await build({ ...common, entryPoints: ['src/cli/code-cache.ts'], outfile: `${OUT}/code-cache.cjs` })
// The worker entry is a few lines that load the bundle (read-only: the main thread writes the cache).
await build({
  ...common,
  stdin: entry(
    "const { loadBundle } = require('./code-cache.cjs')\nloadBundle(`${__dirname}/lifeline.bundle.cjs`, { write: false }).serveBatchTasks()\n",
    'worker-entry.ts',
  ),
  external: ['./code-cache.cjs'],
  outfile: `${OUT}/lifeline.worker.cjs`,
})
await build({ ...common, entryPoints: ['src/lsp/server.ts'], outfile: `${OUT}/lifeline.lsp.cjs`, banner: IMPORT_META_URL })
// The loader reads the bundle as Latin-1, the cheapest decoding, which is right only for ASCII
// (esbuild's default output charset escapes everything else).
if (readFileSync(`${OUT}/lifeline.bundle.cjs`).some((byte) => byte > 0x7f)) throw new Error('the CLI bundle is not ASCII')
// Caches of earlier builds would only take up room (a new bundle never matches them).
rmSync('dist/code-cache', { recursive: true, force: true })
