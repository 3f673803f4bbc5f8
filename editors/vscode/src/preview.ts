// The preview command: a webview beside the editor showing the diagram as it is typed. The
// language server compiles it (`lifeline/render`), in the theme matching the editor's (dark
// and high-contrast-dark themes get the dark diagram), and the page is re-rendered when the
// text or the colour theme changes.
import * as vscode from 'vscode'
import type { LanguageClient } from 'vscode-languageclient/node'
import type { RenderParams, RenderResult } from '../../../src/lsp/server.js'
import { previewHtml } from './preview-html.js'

/** Typing pauses this long before the preview is compiled again. */
const DEBOUNCE_MS = 150

function diagramTheme(kind: vscode.ColorThemeKind): RenderParams['theme'] {
  return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light'
}

export function showPreview(client: LanguageClient, document: vscode.TextDocument): vscode.Disposable {
  const title = `Preview ${document.uri.path.split('/').pop() ?? ''}`
  const panel = vscode.window.createWebviewPanel('lifeline.preview', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false })
  let lastSvg: string | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const update = async (): Promise<void> => {
    const params: RenderParams = { uri: document.uri.toString(), theme: diagramTheme(vscode.window.activeColorTheme.kind) }
    const result = await client.sendRequest<RenderResult>('lifeline/render', params)
    if (result.svg !== undefined) lastSvg = result.svg
    panel.webview.html = previewHtml({ svg: lastSvg, errors: result.errors, title, cspSource: panel.webview.cspSource })
  }
  const later = (): void => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void update(), DEBOUNCE_MS)
  }
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === document.uri.toString()) later()
    }),
    vscode.window.onDidChangeActiveColorTheme(later),
  ]
  panel.onDidDispose(() => {
    if (timer) clearTimeout(timer)
    for (const s of subscriptions) s.dispose()
  })
  void update()
  return panel
}
