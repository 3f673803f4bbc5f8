#!/usr/bin/env node
// Thin shim: wires the real process to the CLI, which returns the exit code. The CLI is loaded
// from its one-file bundle (scripts/bundle-cli.mjs), which starts far faster than the modules.
import { main, nodeIo } from '../dist/src/cli/lifeline.bundle.mjs'

process.exitCode = await main(process.argv.slice(2), nodeIo())
