// `lifeline md FILES...`: renders the ```lifeline (or ```seq) blocks of Markdown files to
// SVG files and keeps an image link to each right after its fence, so GitHub shows the
// picture while the source stays in the Markdown. `--check` writes nothing and lists what is
// out of date; `--prune` removes SVGs whose blocks are gone. A block with errors keeps its
// old SVG and link; its diagnostics carry the Markdown file's line numbers. Only what it wrote
// is ever replaced: links carry a marker (md/names.ts), an SVG path held by a file it did not
// write for this Markdown file (or that cannot be written: a symbolic link, read-only) refuses
// the block, and the Markdown file is written only if nobody changed it since it was read.
// Nothing is half done: a page that cannot be written is found before any of its SVGs is.
import { isAbsolute, relative, resolve } from 'node:path'
import type { Command } from 'commander'
import { escapeControls } from '../../diagnostics/printable.js'
import { diagnosticText } from '../diagnostic-output.js'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, type Run } from '../exit.js'
import { resolveInputs } from '../inputs.js'
import type { Io } from '../io.js'
import { parseOutputPath } from '../output-option.js'
import { loadMarkdownParser } from '../md/fences.js'
import { marker } from '../md/names.js'
import { findStale } from '../md/stale.js'
import { linkedText, planFile, refuseBlock, type BlockPlan, type FilePlan, type PlanOptions } from '../md/plan.js'
import { decodeSource, readFileBytes } from '../read-source.js'
import { rewriteOrSay } from '../rewrite.js'
import { stderrColour } from '../terminal.js'
import { writeFailure } from '../write-output.js'

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
  readonly verbose: boolean
}

export function defineMdCommand(program: Command, io: Io, run: Run): void {
  program
    .command('md')
    .description('Render the lifeline blocks of Markdown files to SVG and link each image after its block.')
    .argument('<files...>', 'Markdown files')
    .option('--out-dir <folder>', 'where the SVGs go (default: beside each Markdown file, or outDir from lifeline.config.json)', parseOutputPath)
    .option('--check', 'write nothing; list what is out of date and exit 1 if anything is')
    .option('--prune', 'remove SVGs of blocks that no longer exist')
    .option('--strict', 'treat warnings as errors')
    .option('--verbose', 'say which lifeline.config.json applies')
    .addHelpText('after', HELP)
    .action((files: string[], opts: { outDir?: string; check?: boolean; prune?: boolean; strict?: boolean; verbose?: boolean }) => {
      const job = { files, outDir: opts.outDir, check: opts.check === true, prune: opts.prune === true, strict: opts.strict === true, verbose: opts.verbose === true }
      run(() => markdownFiles(job, io))
    })
}

async function markdownFiles(job: MdJob, io: Io): Promise<number> {
  const resolved = await resolveInputs(job.files, { outDir: job.outDir, strict: job.strict }, io, { command: 'lifeline md', what: 'Markdown files', stdin: false, verbose: job.verbose })
  if (!resolved.ok) return (io.stderr(`${resolved.message}\n`), EXIT_USAGE)
  let failed = false
  for (const pattern of resolved.unmatched) {
    io.stderr(`${escapeControls(pattern)}: error: no files match this pattern\n`)
    failed = true
  }
  const parser = await loadMarkdownParser()
  const claimed: PlanOptions['claimed'] = new Map()
  const inputs = new Set((await Promise.all(resolved.inputs.map((f) => io.identity(f.name)))).filter((id) => id !== undefined))
  for (const { name: file, settings } of resolved.inputs) {
    const read = await readFileBytes(file, io, 'Markdown')
    const source = read.ok ? decodeSource(read.bytes, 'Markdown file') : read
    if (!source.ok) {
      io.stderr(`${escapeControls(file)}: error: ${source.reason}\n`)
      failed = true
      continue
    }
    const outDir = settings.outDir === undefined ? undefined : likePath(file, settings.outDir, io)
    const planned = planFile(file, source.text, { ...settings, outDir, claimed, parser })
    const others = await refuseForeignSvgs(file, planned, inputs, io)
    const plan = job.check ? others : await refuseUnwritable(others, io)
    const clean = reportBlocks(file, source.text, plan, io)
    const stale = await findStale(file, plan, outDir, io)
    const upToDate = job.check ? await checkFile(file, plan, stale, io) : await updateFile(file, source.bytes, plan, stale, job.prune, io)
    if (!clean || !upToDate) failed = true
  }
  return failed ? EXIT_INPUT_ERRORS : EXIT_OK
}

/**
 * The folder as a path of the Markdown file's kind: absolute if it is, else relative to the
 * command's folder. md/names.ts relates the two paths (link targets, markers) with relative(),
 * which is right only when both are of one kind, whatever folder this process runs in.
 */
function likePath(file: string, folder: string, io: Io): string {
  const absolute = resolve(io.cwd, folder)
  return isAbsolute(file) ? absolute : relative(io.cwd, absolute) || '.'
}

/**
 * Blocks whose SVG path is taken by something `lifeline md` did not write for this Markdown
 * file (a hand-made SVG, another Markdown file's SVG, an input, a folder) are refused, so
 * nothing of the user's is ever overwritten: the block gets an error and keeps its old link.
 */
async function refuseForeignSvgs(markdown: string, plan: FilePlan, inputs: ReadonlySet<string>, io: Io): Promise<FilePlan> {
  const blocks = await Promise.all(
    plan.blocks.map(async (block) => {
      if (block.svg === undefined) return block
      const kind = await io.kind(block.svgPath)
      if (kind === 'missing') return block
      const svg = shown(block.svgPath, io)
      const id = await io.identity(block.svgPath)
      if (kind !== 'file' || (id !== undefined && inputs.has(id))) return refuseBlock(block, 'svg-path-taken', `${svg} is ${kind === 'file' ? 'an input' : 'not a regular file'}: give this block another name=`)
      const text = await current(block.svgPath, io)
      if (text?.includes(marker(block.svgPath, markdown))) return block
      const owner = /<!-- lifeline md: ([^>]*) -->/.exec(text ?? '')?.[1]
      const whose = owner === undefined ? 'was not written by lifeline md' : `is the picture of another Markdown file (${owner})`
      return refuseBlock(block, 'svg-path-taken', `${svg} ${whose}: give this block another name=, or move that file`)
    }),
  )
  return { ...plan, blocks }
}

/**
 * Blocks whose SVG is out of date but cannot be written there (a symbolic link, a read-only
 * file, a folder that may not be written) are refused before anything is written, as blocks
 * whose SVG path is taken are: the block gets an error and keeps its old link.
 */
async function refuseUnwritable(plan: FilePlan, io: Io): Promise<FilePlan> {
  const blocks = await Promise.all(
    plan.blocks.map(async (block) => {
      if (block.svg === undefined || (await current(block.svgPath, io)) === block.svg) return block
      const refusal = await io.writeRefusal(block.svgPath)
      return refusal === undefined ? block : refuseBlock(block, 'svg-not-writable', refusal)
    }),
  )
  return { ...plan, blocks }
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
  return escapeControls(rel.startsWith('..') ? resolve(io.cwd, path) : rel)
}

async function checkFile(file: string, plan: FilePlan, stale: readonly string[], io: Io): Promise<boolean> {
  const problems: string[] = []
  const name = escapeControls(file)
  for (const block of plan.blocks.filter(rendered)) {
    const existing = await current(block.svgPath, io)
    if (existing !== block.svg) problems.push(`${name}:${block.line}: ${shown(block.svgPath, io)} is ${existing === undefined ? 'missing' : 'out of date'}`)
    if (block.linkIndex === undefined) problems.push(`${name}:${block.line}: no image link after the block`)
    else if (plan.lines[block.linkIndex]?.text !== block.link) problems.push(`${name}:${block.linkIndex + 1}: the image link is out of date`)
  }
  for (const path of stale) problems.push(`${shown(path, io)}: stale: no block in ${name} renders it (lifeline md --prune removes it)`)
  for (const p of problems) io.stdout(`${p}\n`)
  return problems.length === 0
}

/** Brings the SVGs and the Markdown file up to date; false (with one line said) if a write failed. */
async function updateFile(file: string, read: Uint8Array, plan: FilePlan, stale: readonly string[], prune: boolean, io: Io): Promise<boolean> {
  try {
    return await writeUpdates(file, read, plan, stale, prune, io)
  } catch (e) {
    io.stderr(`${escapeControls(file)}: error: ${writeFailure(e)}\n`)
    return false
  }
}

async function writeUpdates(file: string, read: Uint8Array, plan: FilePlan, stale: readonly string[], prune: boolean, io: Io): Promise<boolean> {
  const text = linkedText(plan)
  const relink = text !== new TextDecoder().decode(read)
  // Asked before any SVG is written: SVGs without their links would be half the work.
  const refusal = relink ? await io.writeRefusal(file, { inPlace: true }) : undefined
  if (refusal !== undefined) return (io.stderr(`${escapeControls(file)}: error: ${escapeControls(refusal)}, so none of its SVGs was written\n`), false)
  for (const block of plan.blocks.filter(rendered)) {
    if ((await current(block.svgPath, io)) === block.svg) continue
    await io.writeFileAtomic(block.svgPath, block.svg)
    io.stdout(`wrote ${shown(block.svgPath, io)}\n`)
  }
  if (relink) {
    if (!(await rewriteOrSay(file, read, text, io, 'lifeline md', 'its links were not updated'))) return false
    io.stdout(`updated ${escapeControls(file)}\n`)
  }
  // An edited block's previous SVG (its link pointed there) goes with the link; other leftovers wait for --prune.
  const replaced = new Set(plan.blocks.filter(rendered).map((b) => b.linkedPath && resolve(io.cwd, b.linkedPath)))
  for (const path of stale) {
    if (prune || replaced.has(path)) {
      await io.removeFile(path)
      io.stdout(`removed ${shown(path, io)}\n`)
    } else io.stderr(`${shown(path, io)}: warning: stale: no block in ${escapeControls(file)} renders it (lifeline md --prune removes it)\n`)
  }
  return true
}
