// The package as a user gets it: `npm pack` of the built tree into a temporary folder, then
// `npm install` of that tarball into an empty project, preferring the local npm cache (which
// `npm ci` filled) to the registry: only metadata the cache lacks is fetched. Shared by the distribution test and the bench, which also
// measures what the install put on disk.
import { execFileSync } from 'node:child_process'
import { lstatSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface Packed {
  readonly tarball: string
  /** The files in the tarball, relative to the package's root. */
  readonly files: readonly string[]
}

export interface Installed {
  /** The project folder, with node_modules/lifeline-diagrams in it. */
  readonly app: string
  readonly seconds: number
  /** Every file node_modules holds after the install, and their bytes. */
  readonly files: number
  readonly bytes: number
  /** The packages installed (folder names under node_modules, scoped ones as @scope/name). */
  readonly packages: readonly string[]
}

/** Packs the repository as it is built now (no build script runs). */
export function pack(): Packed {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-pack-'))
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' })
  const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[]
  if (!packed) throw new Error('npm pack reported no package')
  return { tarball: resolve(dir, packed.filename), files: packed.files.map((f) => f.path) }
}

/** Installs the tarball into a new empty project folder. */
export function install(tarball: string): Installed {
  const app = mkdtempSync(join(tmpdir(), 'lifeline-app-'))
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n')
  const started = process.hrtime.bigint()
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: app, stdio: 'pipe' })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const { files, bytes } = measureTree(join(app, 'node_modules'))
  return { app, seconds, files, bytes, packages: installedPackages(join(app, 'node_modules')) }
}

function measureTree(folder: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += lstatSync(join(entry.parentPath, entry.name)).size
  }
  return { files, bytes }
}

function installedPackages(nodeModules: string): string[] {
  return readdirSync(nodeModules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(nodeModules, name)).map((inner) => `${name}/${inner}`) : [name]))
    .sort()
}
