// `npm run bench [-- --sizes small,medium] [--peers] [--runs N]`: measures Lifeline on generated diagrams
// of four sizes (and, with --peers, D2, PlantUML and Mermaid on the same diagrams), prints
// Markdown tables and, after a run of every size, writes them into docs/performance.md with
// the machine they were measured on. Not a test: nothing here asserts a time. `--runs N` times
// each command N times instead of the usual 10 to 20 (the test that proves the bench runs
// uses 2: its numbers mean nothing, and it costs a fraction).
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { SIZES, type Size } from './generate.js'
import { installPeers, PEERS } from './peers.js'
import { lifelineTable, peersTable, targetsTable, writeDocs, type Run } from './report.js'
import { measureBatch, measureFloor, measureSize } from './run-lifeline.js'
import { measurePackage } from './run-package.js'
import { measurePeer, type PeerResult } from './run-peers.js'

const DOCS = 'docs/performance.md'
/** Peers take seconds to minutes per diagram: they are measured up to the large size. */
const PEER_SIZES = ['small', 'medium', 'large']

interface Options {
  readonly sizes: readonly Size[]
  readonly peers: boolean
  /** Spawns per timed command, instead of each measurement's own count. */
  readonly runs: number | undefined
}

function parseArgs(argv: readonly string[]): Options {
  let sizes = SIZES
  let peers = false
  let runs: number | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--peers') peers = true
    else if (arg === '--runs') {
      runs = Number(argv[++i])
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number above 0')
    }
    else if (arg === '--sizes' || arg?.startsWith('--sizes=')) {
      const list = (arg === '--sizes' ? argv[++i] : arg.slice('--sizes='.length)) ?? ''
      const names = list.split(',').filter(Boolean)
      const unknown = names.filter((n) => !SIZES.some((s) => s.name === n))
      if (unknown.length || names.length === 0) throw new Error(`--sizes takes a list of ${SIZES.map((s) => s.name).join(', ')}`)
      sizes = SIZES.filter((s) => names.includes(s.name))
    } else throw new Error(`unknown argument ${arg} (use --sizes a,b, --peers and --runs N)`)
  }
  return { sizes, peers, runs }
}

function machine(argv: readonly string[]): string {
  const cpu = cpus()
  const command = ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' ')
  return `Measured on ${new Date().toISOString().slice(0, 10)}: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${process.platform}; command \`${command}\`.`
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv)
  const log = (line: string): void => void process.stderr.write(`${line}\n`)
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-bench-'))
  try {
    log('floor: node -e ""')
    const floor = measureFloor(options.runs)
    const sizes = options.sizes.map((size) => {
      log(`lifeline: ${size.name}`)
      return measureSize(size, dir, options.runs)
    })
    const full = options.sizes.length === SIZES.length
    if (full) log(`lifeline: batch`)
    const batch = full ? measureBatch(dir) : undefined
    if (full) log('lifeline: pack, install, import')
    const pkg = full ? measurePackage() : undefined
    let peers: PeerResult[] | undefined
    if (options.peers) {
      installPeers(log)
      const peerSizes = options.sizes.filter((s) => PEER_SIZES.includes(s.name))
      peers = PEERS.map((p) => {
        log(`peer: ${p.name}`)
        return measurePeer(p, peerSizes, dir, log)
      })
    }
    const run: Run = { floor, sizes, batch, pkg, peers }
    const about = machine(argv)
    const lifeline = `${about}\n\n${lifelineTable(run)}\n\nTargets of issue 6, checked against this run:\n\n${targetsTable(run)}`
    process.stdout.write(`${lifeline}\n`)
    const sections: Record<string, string> = {}
    if (full) sections['lifeline'] = lifeline
    if (peers) {
      const table = `${about}\n\n${peersTable(run)}`
      process.stdout.write(`\n${table}\n`)
      sections['peers'] = table
    }
    if (Object.keys(sections).length) {
      writeDocs(DOCS, sections)
      log(`wrote ${DOCS}`)
    } else {
      log(`(${DOCS} is rewritten only by a run of every size)`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`)
  process.exitCode = 1
})
