// Build step after tsc: the browser builds, apart from the CLI's bundle (bundle-cli.mjs).
//   dist/browser/lifeline.js   src/browser/index.ts with Chevrotain and svg.js inside: one ES
//                              module a page imports directly (<script type="module">).
//   dist/playground/           the playground's static files (src/playground/site/): its page,
//                              its stylesheet and its script, which bundles the same compiler.
// Both target the browser platform, so a Node built-in reached by mistake fails the build here
// (besides test/architecture.test.ts).
import { cpSync } from 'node:fs'
import { build } from 'esbuild'

const common = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['es2022'],
  legalComments: 'none',
  minify: true,
  // A page may load these from a file:// URL or a static host: no source maps to fetch.
  sourcemap: false,
  logLevel: 'warning',
}

await build({ ...common, entryPoints: ['src/browser/index.ts'], outfile: 'dist/browser/lifeline.js' })
await build({ ...common, entryPoints: ['src/playground/app/main.ts'], outfile: 'dist/playground/playground.js' })
for (const file of ['index.html', 'playground.css']) cpSync(`src/playground/site/${file}`, `dist/playground/${file}`)
