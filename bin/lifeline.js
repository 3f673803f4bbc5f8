#!/usr/bin/env node
// Thin shim: wires the real process to the CLI, which returns the exit code. The CLI is loaded
// from its one-file bundle (scripts/bundle-cli.mjs) through a V8 code cache
// (src/cli/code-cache.ts), which starts far faster than the modules. This folder is CommonJS
// (bin/package.json): a CommonJS entry starts a few milliseconds sooner than an ES module.
'use strict'
const { join } = require('node:path')
const { loadBundle } = require('../dist/src/cli/code-cache.cjs')

const { main, nodeIo } = loadBundle(join(__dirname, '../dist/src/cli/lifeline.bundle.cjs'), { write: true })
main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code
})
