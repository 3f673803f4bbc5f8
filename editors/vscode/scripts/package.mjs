// Builds the VS Code extension and packages it as a .vsix with @vscode/vsce:
//   node editors/vscode/scripts/package.mjs [--out FILE.vsix]   (npm run package:vscode)
// The client (src/extension.ts, with vscode-languageclient) is bundled by esbuild into one
// dist/extension.js, so the package needs no node_modules; `vscode` is the editor's own.
import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const extension = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : join(extension, 'lifeline-diagrams.vsix'))

await build({
  entryPoints: [join(extension, 'src/extension.ts')],
  outfile: join(extension, 'dist/extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
})

const vsce = join(extension, '../../node_modules/@vscode/vsce/vsce')
// No repository to link yet (docs/editors.md): relative links stay as they are.
const packed = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: extension, encoding: 'utf8' })
process.stdout.write(packed.stdout)
process.stderr.write(packed.stderr)
process.exitCode = packed.status ?? 1
