#!/usr/bin/env node
// Thin shim: wires the real process to the CLI, which returns the exit code.
import { main } from '../dist/src/cli/main.js'
import { nodeIo } from '../dist/src/cli/io.js'

process.exitCode = await main(process.argv.slice(2), nodeIo())
