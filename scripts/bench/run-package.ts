// What a user's install costs: the tarball, what `npm install` of it puts on disk (files,
// bytes, seconds, into an empty project), and the library's import time from that install, by
// `require` and by `import`, each against the same floor as the command line (`node -e ''`).
import { statSync } from 'node:fs'
import { install, pack } from '../package/pack-install.js'
import { median, timeCommand } from './measure.js'

export interface PackageResult {
  readonly tarballBytes: number
  readonly installSeconds: number
  readonly installFiles: number
  readonly installBytes: number
  readonly installPackages: number
  /** Medians, in ms, of a fresh process that loads the library and exits. */
  readonly requireMs: number
  readonly importMs: number
}

const IMPORT_RUNS = 20

export function measurePackage(): PackageResult {
  const packed = pack()
  const installed = install(packed.tarball)
  const time = (args: string[]): number => {
    const options = { cwd: installed.app }
    // The first run writes the code cache, as the first use after an install does.
    timeCommand(process.execPath, args, 1, options)
    return median(timeCommand(process.execPath, args, IMPORT_RUNS, options))
  }
  return {
    tarballBytes: statSync(packed.tarball).size,
    installSeconds: installed.seconds,
    installFiles: installed.files,
    installBytes: installed.bytes,
    installPackages: installed.packages.length,
    requireMs: time(['-e', "require('lifeline-diagrams')"]),
    importMs: time(['--input-type=module', '-e', "import 'lifeline-diagrams'"]),
  }
}
