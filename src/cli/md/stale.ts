// SVGs that `lifeline md` wrote for blocks that are gone: files named like this Markdown
// file's SVGs that carry its marker, in the folders its SVGs go to, and that no current block
// renders. A file still linked after a block with errors is kept: that block keeps its old picture.
// Paths come back absolute, resolved against the command's folder (io.cwd).
import { dirname, join, resolve } from 'node:path'
import type { Io } from '../io.js'
import { looksOwned, marker } from './names.js'
import type { FilePlan } from './plan.js'

export async function findStale(markdown: string, plan: FilePlan, outDir: string | undefined, io: Io): Promise<string[]> {
  // Absolute against the command's folder (io.cwd), which need not be this process's.
  const at = (path: string): string => resolve(io.cwd, path)
  const folders = new Set([at(outDir ?? dirname(markdown)), ...plan.blocks.map((b) => dirname(at(b.svgPath)))])
  const kept = new Set(plan.blocks.map((b) => at(b.svgPath)))
  for (const b of plan.blocks) if (b.svg === undefined && b.linkedPath) kept.add(at(b.linkedPath))
  const stale: string[] = []
  for (const folder of [...folders].sort()) {
    for (const name of (await io.readDir(folder)).filter((e) => e.kind === 'file').map((e) => e.name).sort()) {
      const path = join(folder, name)
      if (!looksOwned(markdown, name) || kept.has(path)) continue
      const text = new TextDecoder().decode(await io.readFile(path))
      if (text.includes(marker(path, at(markdown)))) stale.push(path)
    }
  }
  return stale
}
