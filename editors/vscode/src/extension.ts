// The VS Code extension: starts `lifeline lsp --stdio` as the language client's server for
// .seq documents, and adds the preview command. Everything the editor shows beyond colours
// comes from the server; the extension only connects it.
import * as vscode from 'vscode'
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'
import { showPreview } from './preview.js'

let client: LanguageClient | undefined

function serverCommand(): string {
  return vscode.workspace.getConfiguration('lifeline').get<string>('server.path') || 'lifeline'
}

function createClient(): LanguageClient {
  // `--stdio` is added by the transport. On Windows an npm-installed command is a .cmd script,
  // which only a shell runs.
  const server: ServerOptions = { command: serverCommand(), args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } }
  const options: LanguageClientOptions = { documentSelector: [{ language: 'lifeline' }] }
  return new LanguageClient('lifeline', 'Lifeline', server, options)
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient()
  context.subscriptions.push(
    vscode.commands.registerCommand('lifeline.showPreview', () => {
      const editor = vscode.window.activeTextEditor
      if (editor?.document.languageId !== 'lifeline' || !client) {
        void vscode.window.showInformationMessage('Open a Lifeline (.seq) file to preview it.')
        return
      }
      context.subscriptions.push(showPreview(client, editor.document))
    }),
    vscode.commands.registerCommand('lifeline.restartServer', async () => {
      await client?.restart()
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('lifeline.server.path')) return
      await client?.stop()
      client = createClient()
      await client.start()
    }),
  )
  try {
    await client.start()
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    void vscode.window.showErrorMessage(`Lifeline: could not start '${serverCommand()} lsp' (${reason}). Install it with 'npm install -g lifeline-diagrams' or set lifeline.server.path.`)
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
