// Build step after tsc: everything the package ships to run, in dist/bundle/, plus the fonts
// (dist/fonts/), the library's declarations pruned to what its entry reaches (dist/types/) and
// the licences of the bundled libraries (dist/bundle/THIRD-PARTY-LICENSES.txt).
//
// One CommonJS bundle, lifeline.cjs, holds the compiler with the command line: the library
// entry (index.cjs: `require` and `import` alike) and the command (bin/lifeline.js) both load
// it through a V8 code cache (src/cli/code-cache.ts, bundled as code-cache.cjs). Unbundled,
// an import reads hundreds of modules (Chevrotain and its lodash-es are hundreds of files) and
// svgdom loads fontkit, whose Unicode tables are decoded at import; one file starts in a
// fraction of that time. CommonJS rather than an ES module because only a script can be
// compiled from a code cache on Node 20, and Node 20 can both require it and import it (the
// named exports come from the `module.exports = { ... }` line index.cjs ends with). Batch
// workers load the same bundle, through the same cache, from lifeline.worker.cjs. Since every
// library the compiler uses is inside the bundle, the only package a user's install needs is
// the native resvg (PNG), which stays a real dependency.
//
// markdown-it, which only `lifeline md` uses, is a bundle of its own (markdown-it.cjs) that the
// main one requires on first use: nothing else pays for it at start, and its regular
// expressions hold characters an ASCII bundle cannot carry.
//
// The language server (vscode-languageserver and its protocol) is a bundle of its own too,
// lifeline.lsp.cjs, required by `lifeline lsp` only.
//
// The package's library entries (LIBRARY: the compiler, and the remark, rehype and markdown-it
// integrations) are namespaces of the one bundle, each with a few-line entry file; the browser
// build is scripts/bundle-browser.mjs. To ship another library entry, add it to LIBRARY (and its
// source to tsconfig.types.json); another bundle, to BUNDLES (one esbuild build each, sharing
// COMMON).
//
// fontkit is replaced by a stub: svgdom only uses it to measure text (getBBox and font
// preloading), and Lifeline never asks svgdom to measure anything: layout measures text with
// its own precomputed metrics. The golden SVGs, rendered through the bundle, prove it.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { build } from 'esbuild'
import ts from 'typescript'

const require = createRequire(import.meta.url)
const OUT = 'dist/bundle'

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
  const getters = Object.keys(require(name)).map((key) => `get ${JSON.stringify(key)}() { return require(${JSON.stringify(name)})[${JSON.stringify(key)}] }`)
  return `module.exports = { ${getters.join(', ')} }`
}

const COMMON = {
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
      },
    },
  ],
  // A native module, loaded only for PNG output: it stays a package import (a dependency).
  external: ['@resvg/resvg-js'],
  // The licences are collected into one file instead (thirdPartyLicenses).
  legalComments: 'none',
  // Less source for V8 to read at every start; names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
}

const IMPORT_META_URL = { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" }
const entry = (contents, sourcefile) => ({ contents, resolveDir: '.', sourcefile, loader: 'ts' })

/** Loads the main bundle through the code cache; `write` says whether this process may write the cache. */
const loader = (write) => `require('./code-cache.cjs').loadBundle(require('node:path').join(__dirname, 'lifeline.cjs'), { write: ${write} })`

/** Package entry (dist/bundle/NAME.cjs) → the module whose exports it is, a namespace of the bundle. */
const LIBRARY = {
  index: './src/index.ts',
  remark: './src/integrations/remark.ts',
  rehype: './src/integrations/rehype.ts',
  'markdown-it-plugin': './src/integrations/markdown-it.ts',
}
/**
 * The plugins export one default function, for `import plugin from ...` (ES modules only, as
 * their hosts are): NAME.mjs hands on the default of NAME.cjs, and their declarations are an
 * ES module tree of their own (dist/types-esm/).
 */
const PLUGINS = ['remark', 'rehype', 'markdown-it-plugin']
const namespace = (name) => name.replace(/\W+(\w)/g, (_, c) => c.toUpperCase())

/** In the main bundle, `markdown-it` and the language server are files beside it, built below. */
const CHUNKS = {
  name: 'chunks',
  setup(b) {
    b.onResolve({ filter: /^markdown-it$/ }, () => ({ path: './markdown-it.cjs', external: true }))
    b.onResolve({ filter: /[\\/]lsp[\\/]server\.js$/ }, (args) => (args.importer.endsWith('lsp.ts') ? { path: './lifeline.lsp.cjs', external: true } : undefined))
  },
}

const BUNDLES = [
  {
    // The library entries and the command line, in one bundle.
    outfile: 'lifeline.cjs',
    stdin: entry(
      [
        ...Object.entries(LIBRARY).map(([name, source]) => `export * as ${namespace(name)} from '${source}'`),
        "export { main } from './src/cli/main.ts'",
        "export { nodeIo } from './src/cli/io.ts'",
        "export { serveBatchTasks } from './src/cli/batch/serve.ts'",
      ].join('\n'),
      'lifeline-entry.ts',
    ),
    banner: IMPORT_META_URL,
    plugins: [...COMMON.plugins, CHUNKS],
  },
  { outfile: 'lifeline.lsp.cjs', entryPoints: ['src/lsp/server.ts'], banner: IMPORT_META_URL },
  // module.exports is the class itself, which is what the main bundle's import() takes for `default`.
  { outfile: 'markdown-it.cjs', stdin: { ...entry("module.exports = require('markdown-it')\n", 'markdown-it-entry.js'), loader: 'js' } },
  { outfile: 'code-cache.cjs', entryPoints: ['src/cli/code-cache.ts'] },
  {
    // A few lines that load the bundle (read-only: the main thread writes the cache).
    outfile: 'lifeline.worker.cjs',
    stdin: entry(`${loader(false)}.serveBatchTasks()\n`, 'worker-entry.ts'),
    external: ['./code-cache.cjs'],
  },
]

rmSync(OUT, { recursive: true, force: true })
const inputs = new Set()
for (const { outfile, ...options } of BUNDLES) {
  const result = await build({ ...COMMON, ...options, outfile: join(OUT, outfile) })
  for (const input of Object.keys(result.metafile.inputs)) inputs.add(input)
}
// The loader reads the bundle as Latin-1, the cheapest decoding, which is right only for ASCII
// (esbuild's default output charset escapes everything else).
if (readFileSync(join(OUT, 'lifeline.cjs')).some((byte) => byte > 0x7f)) throw new Error('the bundle is not ASCII')

// The library entries. Node's ES module loader finds a CommonJS module's named exports by
// reading its text for a `module.exports = { ... }`, so the names are written out, taken from
// the bundle.
const bundle = require(resolve(OUT, 'lifeline.cjs'))
for (const name of Object.keys(LIBRARY)) {
  const names = Object.keys(bundle[namespace(name)]).filter((n) => n !== 'default').sort()
  const lexed = names.length ? `0 && (module.exports = { ${names.join(', ')} })\n` : ''
  writeFileSync(join(OUT, `${name}.cjs`), `// A package entry (scripts/bundle.mjs).\n'use strict'\nmodule.exports = ${loader(true)}.${namespace(name)}\n${lexed}`)
}
for (const name of PLUGINS) {
  writeFileSync(join(OUT, `${name}.mjs`), `// A package entry (scripts/bundle.mjs).\nimport entry from './${name}.cjs'\nexport default entry.default\n`)
}

/** The fonts PNG output draws with (src/cli/png.ts), from the packages that ship them. */
const FONTS = [
  join(dirname(require.resolve('svgdom')), 'fonts', 'OpenSans-Regular.ttf'),
  join(dirname(require.resolve('svgdom')), 'fonts', 'Apache License.txt'),
  require.resolve('open-sans-fontface/fonts/Bold/OpenSans-Bold.ttf'),
  require.resolve('open-sans-fontface/fonts/Italic/OpenSans-Italic.ttf'),
  require.resolve('open-sans-fontface/fonts/BoldItalic/OpenSans-BoldItalic.ttf'),
]
rmSync('dist/fonts', { recursive: true, force: true })
mkdirSync('dist/fonts', { recursive: true })
for (const font of FONTS) cpSync(font, join('dist/fonts', font.split(/[\\/]/).pop().replace(/ /g, '-')))

writeFileSync(join(OUT, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(inputs))
// svgdom ships no types: the renderer's declarations of the part it uses (src/render/svgdom.d.ts,
// which tsc does not copy) go along, referenced from the one declaration file that names svgdom.
cpSync('src/render/svgdom.d.ts', 'dist/types/src/render/svgdom.d.ts')
const surface = 'dist/types/src/render/surface.d.ts'
writeFileSync(surface, `/// <reference path="./svgdom.d.ts" />\n${readFileSync(surface, 'utf8')}`)
const declarations = (root, sources) => sources.map((source) => join(root, source.replace(/\.ts$/, '.d.ts')))
rmSync('dist/types-esm', { recursive: true, force: true })
// An ES module tree: no CommonJS marker copied from an earlier build.
cpSync('dist/types', 'dist/types-esm', { recursive: true, filter: (path) => !path.endsWith('package.json') })
pruneTypes('dist/types-esm', declarations('dist/types-esm', [...PLUGINS.map((name) => LIBRARY[name]), './src/browser/index.ts']))
pruneTypes('dist/types', declarations('dist/types', [LIBRARY.index]))
writeFileSync('dist/types/package.json', '{ "type": "commonjs" }\n')
// Caches of earlier builds would only take up room (a new bundle never matches them).
rmSync('dist/code-cache', { recursive: true, force: true })

/** Each bundled package's name, version and licence text, as MIT and the like ask of copies. */
function thirdPartyLicenses(files) {
  const packages = new Map()
  for (const file of files) {
    const m = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)
    if (m && !packages.has(m[1])) packages.set(m[1], JSON.parse(readFileSync(join(m[1], 'package.json'), 'utf8')))
  }
  const sections = [...packages].sort(([, a], [, b]) => a.name.localeCompare(b.name)).map(([folder, pkg]) => {
    const licence = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license', 'LICENSE-MIT'].map((f) => join(folder, f)).find((f) => {
      try {
        return readFileSync(f) && true
      } catch {
        return false
      }
    })
    return `${pkg.name} ${pkg.version} (${pkg.license ?? 'see its package'})\n\n${licence ? readFileSync(licence, 'utf8').trim() : `License: ${pkg.license}`}\n`
  })
  return `Libraries bundled into lifeline.cjs, with their licences.\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`
}

/** Keeps only the declaration files the entries reach (tsc writes one per module of the program). */
function pruneTypes(root, entryFiles) {
  const keep = new Set()
  const visit = (file) => {
    if (keep.has(file)) return
    keep.add(file)
    const { importedFiles, referencedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    for (const ref of importedFiles) if (ref.fileName.startsWith('.')) visit(resolve(dirname(file), ref.fileName.replace(/\.js$/, '.d.ts')))
    for (const ref of referencedFiles) visit(resolve(dirname(file), ref.fileName))
  }
  for (const file of entryFiles) visit(resolve(file))
  const all = ts.sys.readDirectory(root, ['.d.ts'])
  for (const file of all) if (!keep.has(resolve(file))) rmSync(file)
}
