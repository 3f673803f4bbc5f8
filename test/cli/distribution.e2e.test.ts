// The package as users get it: `npm pack`, installed offline from the tarball into an empty
// folder, and used there the four ways the README names: `npx lifeline-diagrams`, `require`,
// `import`, and TypeScript under node16, nodenext and bundler resolution. This catches a file
// missing from package.json "files", a path (fonts, the batch worker) that only works in the
// repository, an install script, a module system or a resolution mode that does not resolve.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, test } from 'vitest'
import { install, pack, type Installed, type Packed } from '../../scripts/package/pack-install.js'
import { GOOD } from './spawn.js'

/** Packing and installing take seconds; the bound only stops a hung npm from hanging the suite. */
const INSTALL_TIMEOUT_MS = 120_000
/** More than render-batch's INLINE_LIMIT, so the worker threads run from the install too. */
const BATCH_SIZE = 24

/** A TypeScript consumer: the compile() call, a type annotation and a CompileOptions object. */
const CONSUMER = `import { compile, type CompileOptions, type Diagnostic } from 'lifeline-diagrams'
const options: CompileOptions = { theme: 'dark' }
const diagnostics: readonly Diagnostic[] = compile('a -> b', options).diagnostics
export const count: number = diagnostics.length
`

let packed: Packed
let installed: Installed

describe('distribution', () => {
  beforeAll(() => {
    // npm test has just built dist/, so pack it as it is rather than building again.
    packed = pack()
    installed = install(packed.tarball)
  }, INSTALL_TIMEOUT_MS)

  const app = () => installed.app
  const node = (file: string, source: string) => {
    writeFileSync(join(app(), file), source)
    return spawnSync(process.execPath, [file], { cwd: app(), encoding: 'utf8' })
  }

  test('the tarball holds the bundles, fonts and types, no sources and no install script', () => {
    expect(packed.files).toEqual(expect.arrayContaining(['bin/lifeline.js', 'dist/bundle/lifeline.cjs', 'dist/bundle/index.cjs', 'dist/bundle/lifeline.worker.cjs', 'dist/fonts/OpenSans-Bold.ttf', 'dist/types/src/index.d.ts', 'package.json', 'README.md']))
    expect(packed.files.filter((f) => f.startsWith('test/') || f.startsWith('src/') || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([])
    const manifest = JSON.parse(readFileSync(join(app(), 'node_modules/lifeline-diagrams/package.json'), 'utf8')) as { scripts?: Record<string, string> }
    const installScripts = ['preinstall', 'install', 'postinstall', 'prepare'].filter((s) => manifest.scripts?.[s] !== undefined)
    expect(installScripts).toEqual([])
  })

  test('the install is the package and resvg (its native PNG renderer), nothing the bundle holds', () => {
    expect(installed.packages.filter((p) => p !== 'lifeline-diagrams' && !p.startsWith('@resvg/'))).toEqual([])
  })

  test('npx lifeline-diagrams renders SVG, PNG, Markdown and a batch', { timeout: INSTALL_TIMEOUT_MS }, () => {
    writeFileSync(join(app(), 'hello.seq'), GOOD)
    // --no: never fetch any package from the registry.
    const npx = (args: string[]) => spawnSync('npx', ['--no', 'lifeline-diagrams', ...args], { cwd: app(), encoding: 'utf8' })
    const svg = npx(['hello.seq'])
    expect([svg.status, svg.stderr]).toEqual([0, ''])
    expect(readFileSync(join(app(), 'hello.svg'), 'utf8')).toMatch(/^<svg [^]*<text[^>]*>hello<\/text>[^]*<\/svg>\n$/)

    expect(npx(['hello.seq', '-o', 'hello.png']).status).toBe(0)
    expect(readFileSync(join(app(), 'hello.png')).subarray(1, 4).toString()).toBe('PNG')

    // md loads markdown-it, a bundle of its own.
    writeFileSync(join(app(), 'page.md'), `# Page\n\n\`\`\`lifeline\n${GOOD}\`\`\`\n`)
    expect(npx(['md', 'page.md']).status).toBe(0)
    expect(readFileSync(join(app(), 'page.md'), 'utf8')).toMatch(/\n!\[[^\]]*\]\(page-[0-9a-f]+\.svg\)/)

    for (let i = 0; i < BATCH_SIZE; i++) writeFileSync(join(app(), `many-${i}.seq`), GOOD)
    const batch = npx(['many-*.seq', '-o', 'out/'])
    expect([batch.status, batch.stderr]).toEqual([0, `rendered ${BATCH_SIZE} of ${BATCH_SIZE} diagrams\n`])
    expect(readdirSync(join(app(), 'out'))).toHaveLength(BATCH_SIZE)
  })

  test('require() and import both get the library', () => {
    const cjs = node('use.cjs', "const { compile, check, DEFAULT_LIMITS } = require('lifeline-diagrams')\nprocess.stdout.write(JSON.stringify([compile('a -> b').svg.startsWith('<svg'), check('a ->').diagnostics.length > 0, DEFAULT_LIMITS.maxNesting > 0]))\n")
    expect([cjs.stderr, cjs.stdout]).toEqual(['', '[true,true,true]'])
    const esm = node('use.mjs', "import { compile, formatDiagnostics } from 'lifeline-diagrams'\nimport lifeline from 'lifeline-diagrams'\nconst { diagnostics } = compile('a ->')\nprocess.stdout.write(JSON.stringify([lifeline.compile === compile, formatDiagnostics(diagnostics, 'a ->', 'x.seq').includes('x.seq:1:')]))\n")
    expect([esm.stderr, esm.stdout]).toEqual(['', '[true,true]'])
  })

  test('the Markdown plugins and the browser build import by their subpaths', () => {
    const plugins = node(
      'plugins.mjs',
      "import remark from 'lifeline-diagrams/remark'\nimport rehype from 'lifeline-diagrams/rehype'\nimport markdownIt from 'lifeline-diagrams/markdown-it'\nprocess.stdout.write([remark, rehype, markdownIt].map((p) => typeof p).join())\n",
    )
    expect([plugins.stderr, plugins.stdout]).toEqual(['', 'function,function,function'])
    const browser = node('browser.mjs', "import { compile } from 'lifeline-diagrams/browser'\nprocess.stdout.write(typeof compile)\n")
    expect([browser.stderr, browser.stdout]).toEqual(['', 'function'])
    expect(packed.files).toEqual(
      expect.arrayContaining(['dist/browser/lifeline.js', 'dist/playground/index.html', 'dist/playground/playground.js', 'dist/playground/playground.css', 'dist/types-esm/src/integrations/remark.d.ts']),
    )
  })

  /** TypeScript's own lib files are parsed once for all the projects below. */
  const parsed = new Map<string, ts.SourceFile | undefined>()

  test.each([
    { resolution: 'node16', module: 'node16', type: 'module' },
    { resolution: 'node16', module: 'node16', type: 'commonjs' },
    { resolution: 'nodenext', module: 'nodenext', type: 'module' },
    { resolution: 'nodenext', module: 'nodenext', type: 'commonjs' },
    { resolution: 'bundler', module: 'esnext', type: 'module' },
  ])('TypeScript with moduleResolution $resolution in a $type project type-checks a consumer', { timeout: INSTALL_TIMEOUT_MS }, ({ resolution, module, type }) => {
    const project = join(app(), `ts-${resolution}-${type}`)
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ type }))
    writeFileSync(join(project, 'consumer.ts'), CONSUMER)
    // No skipLibCheck: the shipped declarations themselves must check.
    const { options, errors } = ts.convertCompilerOptionsFromJson({ strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', types: [] }, project)
    expect(errors).toEqual([])
    const host = ts.createCompilerHost(options)
    const getSourceFile = host.getSourceFile.bind(host)
    host.getSourceFile = (file, language, ...rest) => {
      if (!file.includes('node_modules/typescript/')) return getSourceFile(file, language, ...rest)
      if (!parsed.has(file)) parsed.set(file, getSourceFile(file, language, ...rest))
      return parsed.get(file)
    }
    const program = ts.createProgram({ rootNames: [join(project, 'consumer.ts')], options, host })
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    expect(problems).toEqual([])
  })
})
