// Build step after tsc: bundles the command line into one ES module,
// dist/src/cli/lifeline.bundle.mjs, which bin/lifeline.js loads. Unbundled, starting the CLI
// reads well over a hundred modules (Chevrotain and its lodash-es are hundreds of files); one
// file starts in a fraction of that time. The library entry (dist/src/index.js) stays
// unbundled. test/cli/binary-goldens.test.ts renders every example through this bundle.
//
// The bundle sits beside main.js so that main.js's own relative paths (package.json for
// --version) resolve the same in both.
import { build } from 'esbuild'

// commander loads child_process (a few ms of Node internals) at import, only to spawn
// executable subcommands, which Lifeline has none of: it gets it on first use instead.
const LAZY_CHILD_PROCESS = "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) }"

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
  // Bundled CommonJS dependencies (commander) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [
    {
      name: 'lazy-child-process',
      setup(b) {
        b.onResolve({ filter: /^node:child_process$/ }, (args) =>
          args.importer.includes('commander') ? { path: 'child_process', namespace: 'lazy' } : undefined)
        b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: LAZY_CHILD_PROCESS, loader: 'js' }))
      },
    },
  ],
  legalComments: 'none',
  // Less source for V8 to read at every start; names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
})
