// The preview's page: the diagram's SVG (compiled by the language server, the same compiler as
// the command line) on the editor's background, and the errors, if any, above the last good
// picture. A pure function of its inputs, so the page can be rendered outside VS Code too
// (scripts/screenshot.mjs renders it in Chromium for docs/editors.md).

export interface PreviewContent {
  /** The last SVG compiled without errors, if there ever was one. */
  readonly svg: string | undefined
  /** The current text's errors, as `line:column: message`. */
  readonly errors: readonly string[]
  readonly title: string
  /** The webview's source for the Content-Security-Policy (`webview.cspSource`); none outside VS Code. */
  readonly cspSource?: string
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * VS Code sets its theme's colours as CSS variables on the webview's body; outside VS Code the
 * fallbacks (a light editor) apply. No scripts run in the page.
 */
const STYLE = `
  body { margin: 0; padding: 16px; background: var(--vscode-editor-background, #ffffff); color: var(--vscode-editor-foreground, #1f2328);
         font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px); }
  .diagram svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
  .diagram.stale { opacity: 0.45; }
  .errors { margin: 0 0 12px; padding: 8px 12px; border-left: 3px solid var(--vscode-editorError-foreground, #d1242f);
            background: var(--vscode-inputValidation-errorBackground, #ffebe9); list-style: none; }
  .errors li { font-family: var(--vscode-editor-font-family, monospace); white-space: pre-wrap; }
  .empty { opacity: 0.7; }
`

export function previewHtml(content: PreviewContent): string {
  const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data: ${content.cspSource ?? ''}; font-src ${content.cspSource ?? "'none'"}`
  const errors = content.errors.length === 0 ? '' : `<ul class="errors">${content.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`
  const picture = content.svg === undefined
    ? '<p class="empty">Nothing to show until the diagram compiles.</p>'
    : `<div class="diagram${content.errors.length > 0 ? ' stale' : ''}">${content.svg}</div>`
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${errors}${picture}
</body>
</html>
`
}
