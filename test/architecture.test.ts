// The pipeline's one-way layering, enforced: each stage imports only the stages before it.
//   grammar ← syntax ← format ← model ← import ← layout ← render ← compile/index ← service
//     ← integrations ← browser ← playground ← lsp ← cli   (diagnostics: anyone)
// (import reads Mermaid and PlantUML into the AST and prints it with format; model lends it colour parsing)
// (the service answers editors; it uses no Node built-ins, so it runs in browsers too)
// And what runs in a web page (the browser entry, the playground's script) reaches no Node
// built-in and not svgdom, through any chain of imports.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, test } from 'vitest'
import { generateDocs } from '../scripts/gen-docs.js'
import { grammarCstDts, grammarHtml } from '../scripts/gen-grammar.js'

const ORDER = ['grammar', 'diagnostics', 'syntax', 'format', 'model', 'import', 'layout', 'render', 'api', 'service', 'integrations', 'browser', 'playground', 'lsp', 'cli'] as const
type Stage = (typeof ORDER)[number]
/** Packages each stage may use besides the stages before it. */
const PACKAGES: Record<Stage, string[]> = {
  grammar: ['chevrotain'],
  diagnostics: [],
  syntax: ['chevrotain'],
  format: [],
  model: [],
  import: [],
  layout: [],
  render: ['@svgdotjs/svg.js', 'svgdom'],
  api: [],
  integrations: [],
  browser: [],
  playground: ['node:'],
  service: ['chevrotain'],
  lsp: ['vscode-languageserver', 'node:'],
  cli: ['commander', 'node:', '@resvg/resvg-js', 'markdown-it'],
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

function stageOf(path: string): Stage {
  const [top, sub] = path.split('/')
  if (top === 'grammar') return 'grammar'
  if (sub && ORDER.includes(sub as Stage)) return sub as Stage
  return 'api'
}

const imports = (source: string): string[] => [...source.matchAll(/^(?:import|export)[^'"]*from ['"]([^'"]+)['"]|^import ['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? '')

/** Modules loaded at run time from `file`, through every chain of imports (type-only ones load nothing). */
function reached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const loaded = readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?!type )[^'"]*? from ['"]([^'"]+)['"]|^import ['"]([^'"]+)['"]/gm)
  for (const [, from, bare] of loaded) {
    const spec = from ?? bare ?? ''
    if (spec.startsWith('.')) reached(join(file, '..', spec.replace(/\.js$/, '.ts')), seen)
    else seen.add(spec)
  }
  return seen
}

describe('layering', () => {
  test.each([...files('grammar'), ...files('src')])('%s imports only earlier stages', (file) => {
    const stage = stageOf(file)
    for (const spec of imports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = stageOf(join(file, '..', spec).replace(/\\/g, '/'))
        expect(ORDER.indexOf(target), `${file} imports ${spec}`).toBeLessThanOrEqual(ORDER.indexOf(stage))
        if (stage === 'render') expect(['model', 'syntax', 'grammar'], `${file} imports ${spec}`).not.toContain(target)
      } else {
        expect(PACKAGES[stage].some((p) => spec.startsWith(p)), `${file} imports ${spec}`).toBe(true)
      }
    }
  })
})

describe('code that runs in a web page', () => {
  test.each(['src/browser/index.ts', 'src/playground/app/main.ts'])('%s reaches no Node built-in and not svgdom', (entry) => {
    const modules = [...reached(entry)]
    expect(modules).toContain('src/pipeline.ts')
    expect(modules.filter((m) => m.startsWith('node:') || m === 'svgdom' || !(m.startsWith('src/') || m.startsWith('grammar/') || m.startsWith('@svgdotjs/') || m === 'chevrotain'))).toEqual([])
  })
})

describe('generated artefacts', () => {
  test('grammar/grammar.html is current (npm run gen:grammar)', () => {
    expect(readFileSync('grammar/grammar.html', 'utf8')).toBe(grammarHtml())
  })

  test('grammar/cst.d.ts is current (npm run gen:grammar): to-ast.ts is typed against it', () => {
    expect(readFileSync('grammar/cst.d.ts', 'utf8')).toBe(grammarCstDts())
  })

  test('the README gallery shows every example', () => {
    const readme = readFileSync('README.md', 'utf8')
    for (const f of readdirSync('examples').filter((n) => n.endsWith('.seq'))) {
      expect(readme, f).toContain(`](examples/${f.replace(/\.seq$/, '.svg')})`)
    }
  })

  test('the pictures in docs/comparison.md are current (lifeline md)', () => {
    const r = spawnSync(process.execPath, ['bin/lifeline.js', 'md', '--check', '--out-dir', 'docs/comparison', 'docs/comparison.md'], { encoding: 'utf8' })
    expect([r.status, r.stdout + r.stderr]).toEqual([0, ''])
  })

  test('docs/language.md and its pictures are current (npm run gen:docs)', () => {
    const { files, errors } = generateDocs(pathToFileURL(`${process.cwd()}/docs/`))
    expect(errors).toEqual([])
    for (const [path, content] of files) expect(readFileSync(join('docs', path), 'utf8'), path).toBe(content)
  })
})
