#!/usr/bin/env node
// Thin shim: wires the real process to the CLI, which returns the exit code. The CLI is loaded
// from its one-file bundle (scripts/bundle.mjs) through a V8 code cache
// (src/cli/code-cache.ts), which starts far faster than the modules. This folder is CommonJS
// (bin/package.json): a CommonJS entry starts a few milliseconds sooner than an ES module.
'use strict'
const { join } = require('node:path')
const { loadBundle } = require('../dist/bundle/code-cache.cjs')

const args = process.argv.slice(2)
// The cache holds what the run that writes it compiled: one that only prints help or the
// version would leave out all a render compiles, and so would the language server (its work
// is in a bundle of its own), so such runs leave the writing to the next.
const rendersNothing = args[0] === 'lsp' || args.some((a) => ['-h', '--help', '-V', '--version'].includes(a))
const { main, nodeIo } = loadBundle(join(__dirname, '../dist/bundle/lifeline.cjs'), { write: !rendersNothing })
main(args, nodeIo()).then((code) => {
  process.exitCode = code
})
