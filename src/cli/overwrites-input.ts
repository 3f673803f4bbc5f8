// The one check every command that writes beside its inputs makes (render, import): an output
// never lands on an input. Paths are compared resolved against the command's folder, and files
// by device and inode, so no symbolic link, hard link or `./` spelling lets an output land on
// its own input (`x.seq -o x.seq`) or another one (`a.seq a.svg`).
import { resolve } from 'node:path'
import type { Io } from './io.js'

/** The inputs of one run, each by its resolved path and by its identity on disk (device and inode). */
export type InputIdentities = ReadonlyMap<string, string>

export async function inputIdentities(files: readonly string[], io: Io): Promise<InputIdentities> {
  const inputs = new Map<string, string>()
  for (const file of files) {
    inputs.set(`path:${resolve(io.cwd, file)}`, file)
    const id = await io.identity(file)
    if (id !== undefined && !inputs.has(`id:${id}`)) inputs.set(`id:${id}`, file)
  }
  return inputs
}

/** Why writing `target` (the output of `file`) would overwrite an input, or undefined. */
export async function overwritesInput(file: string, target: string, inputs: InputIdentities, io: Io): Promise<string | undefined> {
  const id = await io.identity(target)
  const victim = inputs.get(`path:${resolve(io.cwd, target)}`) ?? (id === undefined ? undefined : inputs.get(`id:${id}`))
  if (victim === undefined) return undefined
  const itself = resolve(io.cwd, target) === resolve(io.cwd, file) || (id !== undefined && (await io.identity(file)) === id)
  return `its output ${target} would overwrite ${itself ? 'the input itself' : 'another input'}; name another output with -o`
}
