// `lifeline md FILES...`: renders the ```lifeline (or ```seq) blocks of Markdown files to
// SVG files and keeps an image link to each right after its fence, so GitHub shows the
// picture while the source stays in the Markdown. `--check` writes nothing and lists what is
// out of date; `--prune` removes SVGs whose blocks are gone. A block with errors keeps its
// old SVG and link; its diagnostics carry the Markdown file's line numbers.
import { relative, resolve } from 'node:path'
import type { Command } from 'commander'
import { diagnosticText } from '../diagnostic-output.js'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, type Run } from '../exit.js'
import { resolveInputs } from '../inputs.js'
import type { Io } from '../io.js'
import { findStale } from '../md/stale.js'
import { planFile, type BlockPlan, type FilePlan } from '../md/plan.js'
import { readFileBytes, decodeSource } from '../read-source.js'
import { stderrColour } from '../terminal.js'

const HELP = `
Examples:
  lifeline md README.md docs/*.md       render every \`\`\`lifeline block, link each SVG after it
  lifeline md --out-dir docs/img docs/guide.md
  lifeline md --check docs/**/*.md      for CI: exit 1 if anything is out of date
  lifeline md --prune docs/*.md         also remove SVGs of blocks that were deleted

  Name a block to fix its SVG's file name:  \`\`\`lifeline name=signup  ->  README-signup.svg
  (unnamed blocks get a hash of their source: README-3f9a0c12de.svg)

Exit codes:
  0  everything rendered (with --check: already up to date)
  1  a block has errors, a file cannot be read (with --check: or something is out of date)
  2  usage error, or a bad lifeline.config.json
`

interface MdJob {
  readonly files: readonly string[]
  readonly outDir: string | undefined
  readonly check: boolean
  readonly prune: boolean
  readonly strict: boolean
}

export function defineMdCommand(program: Command, io: Io, run: Run): void {
  program
    .command('md')
    .description('Render the lifeline blocks of Markdown files to SVG and link each image after its block.')
    .argument('<files...>', 'Markdown files')
    .option('--out-dir <folder>', 'where the SVGs go (default: beside each Markdown file, or outDir from lifeline.config.json)')
    .option('--check', 'write nothing; list what is out of date and exit 1 if anything is')
    .option('--prune', 'remove SVGs of blocks that no longer exist')
    .option('--strict', 'treat warnings as errors')
    .addHelpText('after', HELP)
    .action((files: string[], opts: { outDir?: string; check?: boolean; prune?: boolean; strict?: boolean }) => {
      const job = { files, outDir: opts.outDir, check: opts.check === true, prune: opts.prune === true, strict: opts.strict === true }
      run(() => markdownFiles(job, io))
    })
}

async function markdownFiles(job: MdJob, io: Io): Promise<number> {
  const resolved = await resolveInputs(job.files, { outDir: job.outDir, strict: job.strict }, io, { command: 'lifeline md', what: 'Markdown files', stdin: false })
  if (!resolved.ok) return (io.stderr(`${resolved.message}\n`), EXIT_USAGE)
  let failed = false
  for (const pattern of resolved.unmatched) {
    io.stderr(`${pattern}: error: no files match this pattern\n`)
    failed = true
  }
  const claimed = new Map<string, string>()
  for (const { name: file, settings } of resolved.inputs) {
    const read = await readFileBytes(file, io, 'Markdown')
    const source = read.ok ? decodeSource(read.bytes, 'Markdown file') : read
    if (!source.ok) {
      io.stderr(`${file}: error: ${source.reason}\n`)
      failed = true
      continue
    }
    const plan = planFile(file, source.text, { ...settings, claimed })
    const clean = reportBlocks(file, source.text, plan, io)
    const stale = await findStale(file, plan, settings.outDir, io)
    const upToDate = job.check ? await checkFile(file, source.text, plan, stale, io) : await updateFile(file, source.text, plan, stale, job.prune, io)
    if (!clean || !upToDate) failed = true
  }
  return failed ? EXIT_INPUT_ERRORS : EXIT_OK
}

/** Prints each block's diagnostics; false if any block cannot be rendered. */
function reportBlocks(file: string, text: string, plan: FilePlan, io: Io): boolean {
  for (const block of plan.blocks) if (block.diagnostics.length) io.stderr(diagnosticText(block.diagnostics, text, file, stderrColour(io)))
  return plan.blocks.every((b) => b.svg !== undefined)
}

async function current(path: string, io: Io): Promise<string | undefined> {
  if ((await io.kind(path)) !== 'file') return undefined
  return new TextDecoder().decode(await io.readFile(path))
}

const rendered = (b: BlockPlan): b is BlockPlan & { svg: string } => b.svg !== undefined

function shown(path: string, io: Io): string {
  const rel = relative(io.cwd, resolve(io.cwd, path))
  return rel.startsWith('..') ? resolve(path) : rel
}

async function checkFile(file: string, text: string, plan: FilePlan, stale: readonly string[], io: Io): Promise<boolean> {
  const problems: string[] = []
  const lines = text.split(/\r\n|\n|\r/)
  for (const block of plan.blocks.filter(rendered)) {
    const existing = await current(block.svgPath, io)
    if (existing !== block.svg) problems.push(`${file}:${block.line}: ${shown(block.svgPath, io)} is ${existing === undefined ? 'missing' : 'out of date'}`)
    if (block.linkIndex === undefined) problems.push(`${file}:${block.line}: no image link after the block`)
    else if (lines[block.linkIndex] !== block.link) problems.push(`${file}:${block.linkIndex + 1}: the image link is out of date`)
  }
  for (const path of stale) problems.push(`${shown(path, io)}: stale: no block in ${file} renders it (lifeline md --prune removes it)`)
  for (const p of problems) io.stdout(`${p}\n`)
  return problems.length === 0
}

/** Brings the SVGs and the Markdown file up to date; false (with one line said) if a write failed. */
async function updateFile(file: string, text: string, plan: FilePlan, stale: readonly string[], prune: boolean, io: Io): Promise<boolean> {
  try {
    await writeUpdates(file, text, plan, stale, prune, io)
    return true
  } catch (e) {
    io.stderr(`${file}: error: cannot update it or its SVGs (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`)
    return false
  }
}

async function writeUpdates(file: string, text: string, plan: FilePlan, stale: readonly string[], prune: boolean, io: Io): Promise<void> {
  for (const block of plan.blocks.filter(rendered)) {
    if ((await current(block.svgPath, io)) === block.svg) continue
    await io.ensureDir(resolve(block.svgPath, '..'))
    await io.writeFileAtomic(block.svgPath, block.svg)
    io.stdout(`wrote ${shown(block.svgPath, io)}\n`)
  }
  if (plan.text !== text) {
    // The text was decoded without its byte-order mark; put it back so no other byte changes.
    const bytes = await io.readFile(file)
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : ''
    await io.writeFileAtomic(file, bom + plan.text)
    io.stdout(`updated ${file}\n`)
  }
  // An edited block's previous SVG (its link pointed there) goes with the link; other leftovers wait for --prune.
  const replaced = new Set(plan.blocks.filter(rendered).map((b) => b.linkedPath))
  for (const path of stale) {
    if (prune || replaced.has(path)) {
      await io.removeFile(path)
      io.stdout(`removed ${shown(path, io)}\n`)
    } else io.stderr(`${shown(path, io)}: warning: stale: no block in ${file} renders it (lifeline md --prune removes it)\n`)
  }
}
