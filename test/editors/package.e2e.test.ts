// The VS Code extension as users get it: the .vsix that `npm run package:vscode` builds with
// @vscode/vsce holds the manifest, the grammars, the language configuration and one bundled
// client, nothing else; the manifest's contributions point at files inside the package.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import yauzl from 'yauzl'

interface Manifest {
  name: string
  version: string
  engines: { vscode: string }
  main: string
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string }[]
    grammars: { scopeName: string; path: string; language?: string; injectTo?: string[] }[]
    commands: { command: string }[]
  }
}

/** Every entry of a zip archive, by name. */
async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))))
  const entries = new Map<string, Buffer>()
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (e, stream) => {
        if (e) return reject(e)
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks))
          zip.readEntry()
        })
      })
    })
    zip.on('end', resolve)
    zip.on('error', reject)
    zip.readEntry()
  })
  return entries
}

let entries: Map<string, Buffer>
let manifest: Manifest
const text = (name: string): string => entries.get(name)?.toString('utf8') ?? ''

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'lifeline-vsix-')), 'lifeline.vsix')
  const r = spawnSync(process.execPath, ['editors/vscode/scripts/package.mjs', '--out', out], { encoding: 'utf8' })
  expect(r.status, r.stderr + r.stdout).toBe(0)
  entries = await unzip(out)
  manifest = JSON.parse(text('extension/package.json')) as Manifest
}, 120_000)

describe('the .vsix package', () => {
  test('holds exactly the files an installed extension needs', () => {
    expect([...entries.keys()].sort()).toEqual([
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/language-configuration.json',
      'extension/package.json',
      'extension/readme.md',
      'extension/syntaxes/lifeline.markdown.tmLanguage.json',
      'extension/syntaxes/lifeline.tmLanguage.json',
    ])
  })

  test('the manifest declares the language for .seq, both grammars and the commands, all inside the package', () => {
    expect(manifest.name).toBe('lifeline-diagrams')
    expect(manifest.contributes.languages).toEqual([expect.objectContaining({ id: 'lifeline', extensions: ['.seq'] })])
    expect(manifest.contributes.grammars.map((g) => g.scopeName)).toEqual(['source.lifeline', 'markdown.lifeline.codeblock'])
    expect(manifest.contributes.grammars[1]?.injectTo).toEqual(['text.html.markdown'])
    expect(manifest.contributes.commands.map((c) => c.command)).toEqual(['lifeline.showPreview', 'lifeline.restartServer'])
    const referenced = [manifest.main, ...manifest.contributes.languages.map((l) => l.configuration), ...manifest.contributes.grammars.map((g) => g.path)]
    for (const path of referenced) expect(entries.has(`extension/${path.replace(/^\.\//, '')}`), path).toBe(true)
  })

  test('the grammars and configuration are valid JSON and the grammar names its scope', () => {
    for (const name of ['extension/language-configuration.json', 'extension/syntaxes/lifeline.markdown.tmLanguage.json']) expect(() => JSON.parse(text(name)), name).not.toThrow()
    expect(JSON.parse(text('extension/syntaxes/lifeline.tmLanguage.json'))).toMatchObject({ scopeName: 'source.lifeline', fileTypes: ['seq'] })
  })

  test('the client is one bundle that needs nothing but VS Code and Node', () => {
    const bundle = text('extension/dist/extension.js')
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))
    expect([...required].filter((m) => m !== 'vscode' && !builtinModules.includes(m.replace(/^node:/, '')))).toEqual([])
    expect(required).toContain('vscode')
    expect(bundle).toContain('lifeline/render')
    expect(bundle).toContain('lsp')
  })

  test('the vsix manifest carries the package\'s identity, version and engine', () => {
    const vsixManifest = text('extension.vsixmanifest')
    expect(vsixManifest).toContain(`Id="${manifest.name}"`)
    expect(vsixManifest).toContain(`Version="${manifest.version}"`)
    expect(vsixManifest).toContain(`Microsoft.VisualStudio.Code.Engine" Value="${manifest.engines.vscode}"`)
  })
})
