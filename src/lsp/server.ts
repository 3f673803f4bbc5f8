// The language server: `lifeline lsp --stdio` speaks the Language Server Protocol through
// vscode-languageserver and answers every request from the language service (src/service).
// This file only adapts: it keeps the open documents, one analysis per document version, and
// maps the service's answers to the protocol's shapes. One request beyond the protocol,
// `lifeline/render`, hands the compiled SVG of an open document to a preview: the compiler is
// handed in by the command that starts the server (it has it loaded already), so this bundle
// (dist/bundle/lifeline.lsp.cjs) carries no layout or renderer of its own.
import {
  createConnection, DocumentHighlightKind, ErrorCodes, InsertTextFormat, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind,
  type CompletionItem, type Connection, type DocumentSymbol, type InitializeResult, type ReferenceParams, type RenameParams,
  type TextDocumentChangeEvent, type TextDocumentPositionParams,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { CompileOptions, CompileResult } from '../check.js'
import type { ThemeName } from '../model/model.js'
import * as service from '../service/index.js'
import { COMPLETION_KINDS, FOLDING_KINDS, SEVERITIES, SYMBOL_KINDS } from './kinds.js'

export const RENDER_REQUEST = 'lifeline/render'

export interface RenderParams {
  readonly uri: string
  readonly theme: ThemeName
}

export interface RenderResult {
  readonly svg: string | undefined
  /** Errors as `line:column: message`, for the preview to show when there is no SVG. */
  readonly errors: readonly string[]
}

const CAPABILITIES: InitializeResult = {
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    // Completion opens by itself after an arrow, a `:`, a `{`, a `,` and at a space.
    completionProvider: { triggerCharacters: ['>', ':', '{', ',', ' ', ';'] },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    documentFormattingProvider: true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
  },
  serverInfo: { name: 'lifeline' },
}

/** Source text to SVG: the library's compile. */
export type Compile = (source: string, options: CompileOptions) => CompileResult

/** Serves one client over the streams until it exits (vscode-languageserver then ends the process). */
export function serveLanguage(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, compile: Compile): Connection {
  const connection = createConnection(ProposedFeatures.all, input, output)
  const documents = new TextDocuments(TextDocument)
  const analyses = new Map<string, { readonly version: number; readonly analysis: service.DocumentAnalysis }>()

  const analysisOf = (uri: string): service.DocumentAnalysis | undefined => {
    const document = documents.get(uri)
    if (!document) return undefined
    const cached = analyses.get(uri)
    if (cached && cached.version === document.version) return cached.analysis
    const analysis = service.analyseDocument(document.getText())
    analyses.set(uri, { version: document.version, analysis })
    return analysis
  }
  /** A handler for a request about one document: nothing when the document is not open. */
  const about = <P extends { textDocument: { uri: string } }, R>(answer: (doc: service.DocumentAnalysis, params: P) => R) =>
    (params: P): R | null => {
      const doc = analysisOf(params.textDocument.uri)
      return doc ? answer(doc, params) : null
    }

  connection.onInitialize(() => CAPABILITIES)
  documents.onDidChangeContent(({ document }: TextDocumentChangeEvent<TextDocument>) => {
    const doc = analysisOf(document.uri)
    if (!doc) return
    const diagnostics = service.diagnostics(doc).map((d) => ({ range: d.range, severity: SEVERITIES[d.severity], code: d.code, source: 'lifeline', message: d.message }))
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics })
  })
  documents.onDidClose(({ document }: TextDocumentChangeEvent<TextDocument>) => {
    analyses.delete(document.uri)
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
  })
  connection.onCompletion(about((doc, p: TextDocumentPositionParams) => service.complete(doc, p.position).map(completionItem)))
  connection.onHover(about((doc, p: TextDocumentPositionParams) => {
    const found = service.hover(doc, p.position)
    return found ? { contents: { kind: 'markdown' as const, value: found.contents }, range: found.range } : null
  }))
  connection.onDefinition(about((doc, p: TextDocumentPositionParams) => {
    const found = service.definition(doc, p.position)
    return found ? { uri: p.textDocument.uri, range: found.range } : null
  }))
  connection.onReferences(about((doc, p: ReferenceParams) => service.references(doc, p.position, p.context.includeDeclaration).map((l) => ({ uri: p.textDocument.uri, range: l.range }))))
  // The editor marks every mention of the participant under the cursor: its references.
  connection.onDocumentHighlight(about((doc, p: TextDocumentPositionParams) =>
    service.references(doc, p.position, true).map((l) => ({ range: l.range, kind: DocumentHighlightKind.Text }))))
  connection.onPrepareRename(about((doc, p: TextDocumentPositionParams) => service.renameRange(doc, p.position) ?? null))
  connection.onRenameRequest(about((doc, p: RenameParams) => {
    const result = service.rename(doc, p.position, p.newName)
    if (!result.ok) return new ResponseError(ErrorCodes.InvalidRequest, result.reason)
    return { changes: { [p.textDocument.uri]: [...result.edits] } }
  }))
  connection.onDocumentFormatting(about((doc) => service.formatDocument(doc)))
  connection.onDocumentSymbol(about((doc) => service.documentSymbols(doc).map(documentSymbol)))
  connection.onFoldingRanges(about((doc) => service.foldingRanges(doc).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: FOLDING_KINDS[r.kind] }))))
  connection.onRequest(RENDER_REQUEST, (params: RenderParams): RenderResult => {
    const document = documents.get(params.uri)
    if (!document) return { svg: undefined, errors: ['the document is not open'] }
    const result = compile(document.getText(), { theme: params.theme })
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range.start.line}:${d.range.start.column}: ${d.message}`)
    return { svg: result.svg, errors }
  })
  documents.listen(connection)
  connection.listen()
  return connection
}

function completionItem(c: service.Completion): CompletionItem {
  return {
    label: c.label,
    kind: COMPLETION_KINDS[c.kind],
    ...(c.detail === undefined ? {} : { detail: c.detail }),
    ...(c.filterText === undefined ? {} : { filterText: c.filterText }),
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: c.replace, newText: c.insertText ?? c.label },
  }
}

function documentSymbol(s: service.DocumentSymbol): DocumentSymbol {
  return { name: s.name, detail: s.detail, kind: SYMBOL_KINDS[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(documentSymbol) }
}
