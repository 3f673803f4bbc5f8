// Files of the installed package itself (package.json, the PNG fonts), found through the
// package's own name, so the same code finds them from the sources, the tsc output and the
// one-file bundle, wherever each of those sits.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const PACKAGE_JSON = 'lifeline-diagrams/package.json'

/** The folder holding the package's package.json. */
export function packageRoot(): string {
  return dirname(createRequire(import.meta.url).resolve(PACKAGE_JSON))
}

export function packageVersion(): string {
  return (createRequire(import.meta.url)(PACKAGE_JSON) as { version: string }).version
}

/** A file the build copies into dist/fonts/ (scripts/bundle.mjs). */
export function packagedFont(name: string): string {
  return join(packageRoot(), 'dist', 'fonts', name)
}
