// The pipeline's one-way layering, enforced on the real module graph: each stage imports only
// the stages before it, and no modules import each other in a circle.
//   grammar ← syntax ← format ← model ← import ← layout ← render ← compile/index ← service
//     ← integrations ← browser ← playground ← lsp ← cli   (diagnostics: anyone)
// (import reads Mermaid and PlantUML into the AST and prints it with format; model lends it colour parsing)
// (the service answers editors; it uses no Node built-ins, so it runs in browsers too)
// And what runs in a web page (the browser entry, the playground's script) reaches no Node
// built-in and not svgdom, through any chain of imports.
// Every way a module can reach another counts: `import` (type-only ones too), `export ... from`,
// `import()` and `require()`, read with the TypeScript compiler's own parser rather than by
// pattern, so no spelling slips past. A cycle counts even through type-only imports: two modules
// that need each other's types are as tangled as two that call each other.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { generateDocs } from '../scripts/gen-docs.js'
import { grammarCstDts, grammarHtml } from '../scripts/gen-grammar.js'
import { runMain } from './cli/in-process.js'

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
  cli: ['commander', 'node:', '@resvg/resvg-js', 'markdown-it', 'tinyglobby'],
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

/** Whether an import or export loads nothing at run time (`import type`, or only type names). */
function typeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly))
  const clause = node.importClause
  if (!clause) return false
  const named = clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined
  return clause.isTypeOnly || (!clause.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly))
}

/** Every module a source file refers to, by the TypeScript parser; with `runtime`, only those loaded when it runs. */
function references(fileName: string, source: string, runtime = false): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!runtime || !typeOnly(node)) found.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const [arg] = node.arguments
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text)
    } else if (!runtime && ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** What a file's references break: a later stage, or a package its stage may not use. */
function layeringProblems(file: string, source: string): string[] {
  const stage = stageOf(file)
  return references(file, source).flatMap((specifier) => {
    if (!specifier.startsWith('.')) return PACKAGES[stage].some((p) => specifier.startsWith(p)) ? [] : [`${file} uses the package ${specifier}`]
    const target = stageOf(join(file, '..', specifier).replace(/\\/g, '/'))
    if (ORDER.indexOf(target) > ORDER.indexOf(stage)) return [`${file} (${stage}) reaches ${specifier} (${target})`]
    if (stage === 'render' && ['model', 'syntax', 'grammar'].includes(target)) return [`${file} (render) reaches ${specifier} (${target})`]
    return []
  })
}

/** The module (a .ts path) a relative specifier names. */
const resolveSpecifier = (file: string, specifier: string): string => join(file, '..', specifier).replace(/\\/g, '/').replace(/\.js$/, '.ts')

/** Modules loaded at run time from `file`, through every chain of imports (type-only ones load nothing). */
function reached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const spec of references(file, readFileSync(file, 'utf8'), true)) {
    if (spec.startsWith('.')) reached(resolveSpecifier(file, spec), seen)
    else seen.add(spec)
  }
  return seen
}

/** Circles of modules importing each other, each as the path around it. */
function cycles(sources: ReadonlyMap<string, string>): string[][] {
  const edges = new Map<string, string[]>()
  for (const [file, source] of sources) {
    const local = references(file, source).filter((specifier) => specifier.startsWith('.'))
    edges.set(file, local.map((specifier) => resolveSpecifier(file, specifier)).filter((t) => sources.has(t)))
  }
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of [...sources.keys()].sort()) if (!state.has(file)) visit(file)
  return found
}

const SOURCES = new Map([...files('grammar'), ...files('src')].map((f) => [f.replace(/\\/g, '/'), readFileSync(f, 'utf8')]))

describe('layering', () => {
  test.each([...SOURCES.keys()])('%s imports only earlier stages', (file) => {
    expect(layeringProblems(file, SOURCES.get(file) ?? '')).toEqual([])
  })

  test('no import cycles', () => {
    expect(cycles(SOURCES)).toEqual([])
  })

  test('the checks see every kind of reference, and find a cycle', () => {
    const sneaky = [
      "export { renderSvg } from '../render/svg.js'",
      "const lazy = () => import('../cli/main.js')",
      "const svg = require('../render/svg.js')",
      "export * from 'commander'",
      "let x: import('../cli/io.js').Io",
    ].join('\n')
    expect(layeringProblems('src/layout/sneaky.ts', sneaky)).toEqual([
      'src/layout/sneaky.ts (layout) reaches ../render/svg.js (render)',
      'src/layout/sneaky.ts (layout) reaches ../cli/main.js (cli)',
      'src/layout/sneaky.ts (layout) reaches ../render/svg.js (render)',
      'src/layout/sneaky.ts uses the package commander',
      'src/layout/sneaky.ts (layout) reaches ../cli/io.js (cli)',
    ])
    const circle = new Map([
      ['src/cli/a.ts', "import { b } from './b.js'\nimport type { C } from './c.js'"],
      ['src/cli/b.ts', "export { a } from './a.js'"],
      ['src/cli/c.ts', "import type { A } from './a.js'"],
    ])
    expect(cycles(circle)).toEqual([
      ['src/cli/a.ts', 'src/cli/b.ts', 'src/cli/a.ts'],
      ['src/cli/a.ts', 'src/cli/c.ts', 'src/cli/a.ts'],
    ])
  })
})

/** What a unit test (not *.e2e.test.ts) uses that `npm run test:unit` does not have: a build, a browser, the binary. */
function needsBuild(file: string): string[] {
  const problems: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) && /(^|\/)(dist\/|bin\/lifeline\.js)/.test(node.text)) problems.push(`'${node.text}' is built`)
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text
      const named = node.importClause?.namedBindings
      const names = named && ts.isNamedImports(named) ? named.elements.map((e) => (e.propertyName ?? e.name).text) : []
      if (from === 'playwright-core') problems.push('drives a browser')
      for (const name of names) {
        if (['BIN', 'launchChromium', 'useChromium'].includes(name) || (name === 'run' && from.endsWith('/spawn.js'))) problems.push(`${name} from ${from}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true))
  return problems
}

describe('tests', () => {
  const unit = files('test').map((f) => f.replace(/\\/g, '/')).filter((f) => f.endsWith('.test.ts') && !f.endsWith('.e2e.test.ts'))
  test.each(unit)('%s runs from the sources alone: no build, browser or binary (else name it *.e2e.test.ts)', (file) => {
    expect(needsBuild(file)).toEqual([])
  })

  test('the check finds the built binary, a browser and dist/', () => {
    expect(needsBuild('test/cli/watch.e2e.test.ts')).toContain('BIN from ./spawn.js')
    expect(needsBuild('test/browser/browser.e2e.test.ts')).toContain('launchChromium from ./chromium.js')
    expect(needsBuild('test/browser/chromium.ts')).toContain('drives a browser')
    expect(needsBuild('test/bench/bench-smoke.e2e.test.ts')).toContain("'dist/scripts/bench/bench.js' is built")
  })
})

describe('what only checks never loads the renderer', () => {
  test.each(['src/service/index.ts', 'src/lsp/server.ts', 'src/check.ts'])('%s reaches no layout, renderer or svgdom', (entry) => {
    const modules = [...reached(entry)]
    expect(modules).toContain('src/check.ts')
    expect(modules.filter((m) => /^src\/(render|layout)\/|^src\/(pipeline|compile)\.ts$|svgdom|@svgdotjs/.test(m))).toEqual([])
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

  test('the pictures in docs/comparison.md are current (lifeline md)', async () => {
    const r = await runMain(['md', '--check', '--out-dir', 'docs/comparison', 'docs/comparison.md'], { cwd: process.cwd() })
    expect([r.code, r.stdout + r.stderr]).toEqual([0, ''])
  })

  test('docs/language.md and its pictures are current (npm run gen:docs)', () => {
    const { files, errors } = generateDocs(pathToFileURL(`${process.cwd()}/docs/`))
    expect(errors).toEqual([])
    for (const [path, content] of files) expect(readFileSync(join('docs', path), 'utf8'), path).toBe(content)
  })
})
