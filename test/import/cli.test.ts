// `lifeline import`, in process through main(argv, io): files beside their source or at -o,
// standard input, Markdown pages converted in place, errors with positions, usage errors.
import { existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Io } from '../../src/cli/io.js'
import { runMain } from '../cli/in-process.js'

const MERMAID = 'sequenceDiagram\n  Alice->>+Bob: hi\n  Bob-->>-Alice: ok\n'
const LIFELINE = 'Alice -> +Bob: hi\nBob --> -Alice: ok\n'
const PLANTUML = '@startuml\nA -> B ++ : call\nreturn done\n@enduml\n'

async function lifeline(args: string[], stdin = '', io?: Partial<Io>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runMain(args, { cwd: process.cwd(), input: stdin, io })
  return { code, stdout, stderr }
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-import-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

describe('lifeline import', () => {
  test('a diagram file gets a .seq beside it; -o names another', async () => {
    const dir = folder({ 'flow.mmd': MERMAID, 'login.puml': PLANTUML })
    const r = await lifeline(['import', join(dir, 'flow.mmd')])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(readFileSync(join(dir, 'flow.seq'), 'utf8')).toBe(LIFELINE)
    expect((await lifeline(['import', join(dir, 'login.puml'), '-o', join(dir, 'out.seq')])).code).toBe(0)
    expect(readFileSync(join(dir, 'out.seq'), 'utf8')).toBe('A -> +B: call\nreturn done\n')
  })

  test('the language is read from the content when the extension does not say', async () => {
    const dir = folder({ 'a.txt': PLANTUML })
    expect((await lifeline(['import', join(dir, 'a.txt')])).code).toBe(0)
    expect(readFileSync(join(dir, 'a.seq'), 'utf8')).toBe('A -> +B: call\nreturn done\n')
  })

  test("'-' reads standard input and writes standard output; --from says the language", async () => {
    expect(await lifeline(['import', '-', '--from', 'mermaid'], MERMAID)).toEqual({ code: 0, stdout: LIFELINE, stderr: '' })
    const unknown = await lifeline(['import', '-'], 'A -> B\n')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('<stdin>:1:1: error: cannot tell whether this is Mermaid or PlantUML')
  })

  test('errors are printed with file:line:col and a caret, all at once, and nothing is written', async () => {
    const dir = folder({ 'bad.mmd': 'sequenceDiagram\n  A->>B: x\n  nonsense here\n  end\n' })
    const r = await lifeline(['import', join(dir, 'bad.mmd')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'bad.mmd')}:3:3: error: Mermaid has no statement 'nonsense here'\n    3 |   nonsense here\n      |   ^~~~~~~~~~~~~`)
    expect(r.stderr).toContain(':4:3: error: this \'end\' closes nothing')
    expect(() => readFileSync(join(dir, 'bad.seq'))).toThrow()
  })

  test('warnings are printed and the diagram is still written', async () => {
    const dir = folder({ 'w.mmd': 'sequenceDiagram\n  A<<->>B: both\n' })
    const r = await lifeline(['import', join(dir, 'w.mmd')])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(":2:4: warning: the two-headed arrow '<<->>' is drawn with one head")
    expect(readFileSync(join(dir, 'w.seq'), 'utf8')).toBe("A -> B: both # import: the two-headed arrow '<<->>' is drawn with one head\n")
  })

  test('a Markdown page: sequence blocks converted in place, other diagrams left and reported, every other byte kept', async () => {
    const page = '# Page\r\n\r\n```mermaid\r\nsequenceDiagram\r\n  A->>B: hi\r\n```\r\n\r\n- item\r\n\r\n  ```puml\r\n  @startuml\r\n  A -> B : x\r\n  @enduml\r\n  ```\r\n\r\n```mermaid\r\nflowchart LR\r\n  A --> B\r\n```\r\ntext\r\n'
    const dir = folder({ 'page.md': page })
    const r = await lifeline(['import', join(dir, 'page.md')])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`updated ${join(dir, 'page.md')}: 2 diagrams converted\n`)
    expect(r.stderr).toContain(":16:1: warning: left this mermaid block as it is: it is not a Mermaid sequence diagram: it starts with 'flowchart'")
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe(
      '# Page\r\n\r\n```lifeline\r\nA -> B: hi\r\n```\r\n\r\n- item\r\n\r\n  ```lifeline\r\n  A -> B: x\r\n  ```\r\n\r\n```mermaid\r\nflowchart LR\r\n  A --> B\r\n```\r\ntext\r\n',
    )
    // Converted once: a second run finds nothing left to convert.
    expect((await lifeline(['import', join(dir, 'page.md')])).stdout).toContain('no Mermaid or PlantUML sequence diagram to convert')
  })

  test('a block inside a blockquote keeps its marks', async () => {
    const dir = folder({ 'quote.md': '> Flow:\n>\n> ```mermaid\n> sequenceDiagram\n>   A->>B: hi\n>\n>   B->>A: ho\n> ```\n' })
    expect((await lifeline(['import', join(dir, 'quote.md')])).code).toBe(0)
    expect(readFileSync(join(dir, 'quote.md'), 'utf8')).toBe('> Flow:\n>\n> ```lifeline\n> A -> B: hi\n>\n> B -> A: ho\n> ```\n')
  })

  test('an edit made while import runs is never lost: the page is left alone, exit 1', async () => {
    const page = '# Flow\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n'
    const dir = folder({ 'page.md': page })
    const file = join(dir, 'page.md')
    let reads = 0
    const r = await lifeline(['import', file], '', {
      readFile: async (path) => {
        const bytes = readFileSync(path)
        if (path === file && reads++ === 0) writeFileSync(file, `${page}\nA line typed meanwhile.\n`)
        return bytes
      },
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`${file}: error: it changed while lifeline import ran, so it was not converted: run lifeline import again\n`)
    expect(readFileSync(file, 'utf8')).toBe(`${page}\nA line typed meanwhile.\n`)
  })

  test('a page with an error in one block is left unchanged, the error on the page\'s line', async () => {
    const page = '```mermaid\nsequenceDiagram\n  A->>B: ok\n```\n\n```mermaid\nsequenceDiagram\n  what\n```\n'
    const dir = folder({ 'page.md': page })
    const r = await lifeline(['import', join(dir, 'page.md')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'page.md')}:8:3: error: Mermaid has no statement 'what'`)
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe(page)
  })

  test('usage errors: - mixed with files, -o one file for several inputs, an unknown --from', async () => {
    expect((await lifeline(['import', '-', 'a.mmd'])).code).toBe(2)
    expect((await lifeline(['import', 'a.mmd', 'b.mmd', '-o', 'one.seq'])).code).toBe(2)
    expect((await lifeline(['import', '-', '--from', 'd2'])).code).toBe(2)
  })

  test('an output never lands on an input, whatever it is called: a symbolic link, a hard link, another input', async () => {
    const dir = folder({ 'flow.mmd': MERMAID, 'other.mmd': MERMAID, 'notes.seq': 'a -> b\n' })
    symlinkSync('flow.mmd', join(dir, 'soft.seq'))
    linkSync(join(dir, 'flow.mmd'), join(dir, 'hard.seq'))
    for (const alias of ['soft.seq', 'hard.seq']) {
      const r = await runMain(['import', 'flow.mmd', '-o', alias], { cwd: dir })
      expect([r.code, r.stderr]).toEqual([1, `flow.mmd: error: its output ${alias} would overwrite the input itself; name another output with -o\n`])
    }
    writeFileSync(join(dir, 'notes.mmd'), MERMAID)
    const r = await runMain(['import', 'notes.mmd', 'notes.seq', '-o', './'], { cwd: dir })
    expect(r.stderr).toContain('notes.mmd: error: its output notes.seq would overwrite another input; name another output with -o\n')
    expect(readFileSync(join(dir, 'flow.mmd'), 'utf8')).toBe(MERMAID)
    expect(readFileSync(join(dir, 'notes.seq'), 'utf8')).toBe('a -> b\n')
  })

  test('inputs as every command takes them: patterns expanded, -o - is standard output, empty standard input is a usage error', async () => {
    const dir = folder({ 'a.mmd': MERMAID, 'b.mmd': MERMAID })
    const globbed = await runMain(['import', '*.mmd'], { cwd: dir })
    expect([globbed.code, globbed.stdout]).toEqual([0, 'wrote a.seq\nwrote b.seq\n'])
    const none = await runMain(['import', '*.puml'], { cwd: dir })
    expect([none.code, none.stderr]).toEqual([1, '*.puml: error: no files match this pattern\n'])
    const out = await runMain(['import', 'a.mmd', '-o', '-'], { cwd: dir })
    expect([out.code, out.stdout]).toEqual([0, LIFELINE])
    expect(existsSync(join(dir, '-'))).toBe(false)
    const empty = await runMain(['import', '-'], { cwd: dir, input: '' })
    expect([empty.code, empty.stderr]).toEqual([2, 'lifeline import: no input: standard input is empty (pass a file, or pipe a diagram in)\n'])
  })
})
