// End to end: spawn the built `lifeline lsp --stdio` and speak JSON-RPC to it as an editor
// does. npm test builds dist/ first; the service's answers are tested in detail in test/service.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node'
import { workdir, BIN } from '../cli/spawn.js'

const URI = 'file:///work/diagram.seq'
const TEXT = 'web: Web app { shape: actor }\napi: API\nweb -> api: pay\napi -> -> db\nalt ok {\n  api --> web: done\n}\n'

interface Published {
  readonly uri: string
  readonly diagnostics: readonly { readonly code: string; readonly message: string; readonly range: { start: { line: number } } }[]
}

let server: ChildProcessWithoutNullStreams
let rpc: MessageConnection
const published: Published[] = []

/** The next diagnostics the server publishes after `action`. */
async function nextDiagnostics(action: () => Promise<void>): Promise<Published> {
  const before = published.length
  await action()
  for (let i = 0; i < 200 && published.length === before; i++) await new Promise((r) => setTimeout(r, 25))
  const found = published[before]
  if (!found) throw new Error('the server published no diagnostics')
  return found
}

const at = (line: number, character: number) => ({ textDocument: { uri: URI }, position: { line, character } })

beforeAll(async () => {
  server = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: workdir() })
  rpc = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  rpc.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p)
  })
  rpc.listen()
  const init = await rpc.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} })
  expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, renameProvider: { prepareProvider: true }, documentFormattingProvider: true })
  await rpc.sendNotification('initialized', {})
})

afterAll(async () => {
  await rpc.sendRequest('shutdown')
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve))
  await rpc.sendNotification('exit')
  expect(await exited).toBe(0)
  rpc.dispose()
})

describe('lifeline lsp --stdio', () => {
  test('didOpen with an error publishes the compiler\'s diagnostic on its line', async () => {
    const found = await nextDiagnostics(() => rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'lifeline', version: 1, text: TEXT } }))
    expect(found.uri).toBe(URI)
    expect(found.diagnostics.map((d) => d.range.start.line)).toEqual([3])
  })

  test('completion after an arrow offers the participants, despite the error', async () => {
    const items = await rpc.sendRequest<{ label: string }[]>('textDocument/completion', at(2, 7))
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['web', 'api']))
  })

  test('hover over a participant shows its label and shape', async () => {
    const hover = await rpc.sendRequest<{ contents: { kind: string; value: string } }>('textDocument/hover', at(5, 10))
    expect(hover.contents.kind).toBe('markdown')
    expect(hover.contents.value).toContain('Web app')
    expect(hover.contents.value).toContain('shape: actor')
  })

  test('definition, references and highlights of a participant', async () => {
    const def = await rpc.sendRequest<{ uri: string; range: { start: { line: number; character: number } } }>('textDocument/definition', at(2, 9))
    expect(def).toMatchObject({ uri: URI, range: { start: { line: 1, character: 0 } } })
    const refs = await rpc.sendRequest<{ range: { start: { line: number } } }[]>('textDocument/references', { ...at(2, 9), context: { includeDeclaration: true } })
    // Line 3 does not parse: its statement is dropped, the rest of the file still answers.
    expect(refs.map((r) => r.range.start.line)).toEqual([1, 2, 5])
    const marks = await rpc.sendRequest<{ range: { start: { line: number } } }[]>('textDocument/documentHighlight', at(2, 9))
    expect(marks.map((r) => r.range.start.line)).toEqual([1, 2, 5])
  })

  test('rename edits every mention, and a clash is refused with a reason', async () => {
    const edit = await rpc.sendRequest<{ changes: Record<string, { newText: string }[]> }>('textDocument/rename', { ...at(0, 1), newName: 'browser' })
    expect(edit.changes[URI]?.map((e) => e.newText)).toEqual(['browser', 'browser', 'browser'])
    await expect(rpc.sendRequest('textDocument/rename', { ...at(0, 1), newName: 'api' })).rejects.toThrow(/already a participant/)
  })

  test('document symbols and folding ranges', async () => {
    const symbols = await rpc.sendRequest<{ name: string; children: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri: URI } })
    expect(symbols.map((s) => s.name)).toEqual(['web', 'api', 'alt'])
    const folds = await rpc.sendRequest<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: URI } })
    expect(folds).toEqual([expect.objectContaining({ startLine: 4, endLine: 5 })])
  })

  test('formatting refuses text with errors; didChange clearing the error clears the diagnostics and formats', async () => {
    expect(await rpc.sendRequest('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } })).toEqual([])
    const fixed = await nextDiagnostics(() =>
      rpc.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version: 2 },
        contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 12 } }, text: 'api->db' }],
      }),
    )
    expect(fixed.diagnostics).toEqual([])
    const edits = await rpc.sendRequest<{ newText: string }[]>('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } })
    expect(edits.map((e) => e.newText)).toEqual([TEXT.replace('api -> -> db', 'api -> db')])
  })

  test('lifeline/render hands a preview the SVG in the theme asked for', async () => {
    const result = await rpc.sendRequest<{ svg: string; errors: string[] }>('lifeline/render', { uri: URI, theme: 'dark' })
    expect(result.errors).toEqual([])
    expect(result.svg).toMatch(/^<svg[^>]*>/)
    expect(result.svg).toContain('Web app')
  })
})
