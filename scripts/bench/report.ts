// The benchmark's Markdown: Lifeline's table, the peers' table, and each target of issue 6
// checked against the numbers of the same run. docs/performance.md keeps its hand-written
// analysis; only the marked sections between <!-- bench:NAME --> comments are replaced.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { Size } from './generate.js'
import { median } from './measure.js'
import type { PeerResult } from './run-peers.js'
import type { BatchResult, SizeResult } from './run-lifeline.js'
import type { PackageResult } from './run-package.js'

export interface Run {
  readonly floor: readonly number[]
  readonly sizes: readonly SizeResult[]
  readonly batch: BatchResult | undefined
  /** The packed package, installed into an empty project (full runs only). */
  readonly pkg: PackageResult | undefined
  readonly peers: readonly PeerResult[] | undefined
}

const ms = (n: number): string => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : n >= 10 ? `${n.toFixed(0)} ms` : `${n.toFixed(2)} ms`)
const mb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`)
const kb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`)
const times = (n: number): string => `${n.toFixed(n >= 10 ? 0 : 1)}×`

export function lifelineTable(run: Run): string {
  const floor = median(run.floor)
  const rows = run.sizes.map((r) => {
    const [lo, hi] = r.inProcess.spread
    return `| ${r.size.name} | ${r.size.participants} | ${r.size.messages.toLocaleString('en')} | ${ms(r.inProcess.median)} (${ms(lo)}–${ms(hi)}, ${r.inProcess.runs} runs) | ${r.cold ? ms(r.cold.median) : 'refused (limits)'} | ${r.cold ? times(r.cold.median / floor) : 'n/a'} | ${mb(r.peakBytes)} | ${kb(r.outputBytes)} |`
  })
  const lines = [
    '| size | participants | messages | in-process compile, median (p10–p90) | cold CLI, median | cold CLI ÷ floor | peak memory (CLI) | SVG size |',
    '|---|---:|---:|---|---:|---:|---:|---:|',
    ...rows,
    `| floor: \`node -e ''\` | | | | ${ms(floor)} | 1.0× | | |`,
  ]
  if (run.batch) {
    const b = run.batch
    lines.push('', `Batch: ${b.files} small files, one command each: ${ms(b.separateMs)} in all; all in one command (\`lifeline *.seq -o out/\`): ${ms(b.oneCommandMs)} — ${times(b.separateMs / b.oneCommandMs)} faster.`)
  }
  if (run.pkg) {
    const p = run.pkg
    lines.push(
      '',
      `Install: \`npm pack\` makes a ${kb(p.tarballBytes)} tarball; \`npm install\` of it into an empty project took ${p.installSeconds.toFixed(1)} s and put ${p.installPackages} packages, ${p.installFiles} files, ${kb(p.installBytes)} into node_modules.`,
      `Library import from that install (median of a fresh process each): \`require('lifeline-diagrams')\` ${ms(p.requireMs)} (${times(p.requireMs / floor)} floor), \`import 'lifeline-diagrams'\` ${ms(p.importMs)} (${times(p.importMs / floor)} floor).`,
    )
  }
  return lines.join('\n')
}

export function peersTable(run: Run): string {
  const peers = run.peers ?? []
  const floor = median(run.floor)
  const sizes: Size[] = peers[0]?.sizes.map((s) => s.size) ?? []
  const mine = new Map(run.sizes.map((r) => [r.size.name, r]))
  const header = `| tool | ${sizes.map((s) => `${s.name} (${s.participants}, ${s.messages.toLocaleString('en')})`).join(' | ')} |`
  const rule = `|---|${sizes.map(() => '---').join('|')}|`
  const cell = (cold: number | undefined, warm: number | undefined, peak: number | undefined, bytes: number | undefined, skipped?: string): string =>
    skipped ? `skipped: ${skipped.replace(/\|/g, '/')}` :
      `cold ${ms(cold ?? 0)} (${times((cold ?? 0) / floor)} floor)${warm !== undefined ? `, warm ${ms(warm)}` : ''}, ${mb(peak)}, ${kb(bytes)}`
  const lifeline = `| Lifeline | ${sizes.map((s) => {
    const r = mine.get(s.name)
    return r ? cell(r.cold?.median, r.inProcess.median, r.peakBytes, r.outputBytes) : 'not run'
  }).join(' | ')} |`
  const rows = peers.map((p) => `| ${p.name} | ${p.sizes.map((s) => cell(s.coldMs, s.warmMs, s.peakBytes, s.outputBytes, s.skipped)).join(' | ')} |`)
  return [
    `Each cell: cold command-line time for one diagram (median of 3; ratio to the floor \`node -e ''\` = ${ms(floor)} in this run), warm time per diagram inside one process (Lifeline: in-process compile; a peer: (time for K diagrams in one process − time for one) ÷ (K − 1), K = 20, 10, 5 by size, medians of two runs — PlantUML: K diagrams through \`-pipe\`; Mermaid: a Markdown file of K diagrams; D2: K compile+render calls), peak memory of the cold run (largest process), SVG size.`,
    '',
    header,
    rule,
    lifeline,
    ...rows,
  ].join('\n')
}

interface Target {
  readonly name: string
  readonly verdict: string
}

export function targets(run: Run): Target[] {
  const floor = median(run.floor)
  const size = (name: string): SizeResult | undefined => run.sizes.find((r) => r.size.name === name)
  const check = (name: string, value: number | undefined, limit: number, shown: (v: number) => string): Target => ({
    name,
    verdict: value === undefined ? 'not measured in this run' : `${value <= limit ? 'met' : 'NOT met'} (${shown(value)})`,
  })
  const coldRatio = (n: string): number | undefined => { const r = size(n)?.cold; return r && r.median / floor }
  const growth = (a: string, b: string): number | undefined => {
    const x = size(a); const y = size(b)
    return x && y ? (y.inProcess.median / x.inProcess.median) * (x.size.messages * 10 / y.size.messages) : undefined
  }
  const list: Target[] = [
    check('cold CLI, small ≤ 2× floor', coldRatio('small'), 2, times),
    check('cold CLI, large ≤ 3× floor', coldRatio('large'), 3, times),
    check('library import ≤ 2× floor (require)', run.pkg && run.pkg.requireMs / floor, 2, times),
    check('library import ≤ 2× floor (import)', run.pkg && run.pkg.importMs / floor, 2, times),
    check('in-process small ≤ 2 ms', size('small')?.inProcess.median, 2, ms),
    check('in-process medium ≤ 10 ms', size('medium')?.inProcess.median, 10, ms),
    check('in-process large ≤ 80 ms', size('large')?.inProcess.median, 80, ms),
    check('in-process huge ≤ 1 s', size('huge')?.inProcess.median, 1000, ms),
    check('linear: medium → large (10× messages) ≤ 12× time', growth('medium', 'large'), 12, times),
    check('linear: large → huge (10× messages) ≤ 12× time', growth('large', 'huge'), 12, times),
    check('peak memory, large ≤ 150 MB', size('large')?.peakBytes, 150 * 2 ** 20, mb),
    check(`batch: ${run.batch?.files ?? 200} small files in one command ≥ 4× faster than one command each`,
      run.batch && run.batch.oneCommandMs / run.batch.separateMs, 1 / 4, (v) => `${times(1 / v)} faster`),
  ]
  if (!run.peers) return list
  const plantuml = run.peers.find((p) => p.name === 'PlantUML')
  for (const name of ['small', 'medium', 'large']) {
    const theirs = plantuml?.sizes.find((s) => s.size.name === name)?.outputBytes
    const mine = size(name)?.outputBytes
    list.push(check(`output ≤ PlantUML's, ${name}`, theirs && mine !== undefined ? mine / theirs : undefined, 1, (v) => `${v.toFixed(2)}× PlantUML's bytes`))
    const warm = run.peers.flatMap((p) => p.sizes.filter((s) => s.size.name === name && s.warmMs !== undefined).map((s) => s.warmMs as number))
    const fastest = warm.length ? Math.max(Number.EPSILON, Math.min(...warm)) : undefined
    const inProcess = size(name)?.inProcess.median
    list.push(check(`in-process ≥ 5× faster than the fastest warm peer, ${name}`, fastest && inProcess !== undefined ? inProcess / fastest : undefined, 1 / 5,
      (v) => `${times(1 / v)} faster`))
  }
  return list
}

export function targetsTable(run: Run): string {
  return ['| target | this run |', '|---|---|', ...targets(run).map((t) => `| ${t.name} | ${t.verdict} |`)].join('\n')
}

const SKELETON = `# Performance

<!-- bench:lifeline -->
<!-- /bench:lifeline -->

## Peers

<!-- bench:peers -->
<!-- /bench:peers -->
`

/** Replaces the marked sections that this run measured; the rest of the file stays as written. */
export function writeDocs(path: string, sections: Record<string, string>): void {
  let text = existsSync(path) ? readFileSync(path, 'utf8') : SKELETON
  for (const [name, body] of Object.entries(sections)) {
    const open = `<!-- bench:${name} -->`
    const close = `<!-- /bench:${name} -->`
    const start = text.indexOf(open)
    const end = text.indexOf(close)
    if (start < 0 || end < start) throw new Error(`${path} lacks the markers ${open} ... ${close}`)
    text = `${text.slice(0, start + open.length)}\n${body}\n${text.slice(end)}`
  }
  writeFileSync(path, text)
}
