// Renders the preview's page (src/preview-html.ts) for an example in Chromium, as the VS Code
// webview shows it, in a light and a dark editor theme: docs/editors/preview-light.png and
// preview-dark.png for docs/editors.md. Run after `npm run build`:
//   node editors/vscode/scripts/screenshot.mjs
// The diagram is compiled by the built library, in the theme the extension would ask for.
import { readFileSync, mkdirSync } from 'node:fs'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { compile } from '../../../dist/src/index.js'

const EXAMPLE = 'examples/payment-checkout.seq'
/** A few of the colours VS Code's Light+ and Dark+ themes set as CSS variables on a webview. */
const THEMES = {
  light: '--vscode-editor-background: #ffffff; --vscode-editor-foreground: #3b3b3b;',
  dark: '--vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #cccccc;',
}

const bundled = await build({ entryPoints: ['editors/vscode/src/preview-html.ts'], bundle: true, format: 'esm', write: false, logLevel: 'warning' })
const { previewHtml } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`)

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] })
mkdirSync('docs/editors', { recursive: true })
for (const [theme, variables] of Object.entries(THEMES)) {
  const { svg, diagnostics } = compile(readFileSync(EXAMPLE, 'utf8'), { theme })
  if (!svg) throw new Error(`${EXAMPLE} does not compile: ${diagnostics.map((d) => d.message).join('; ')}`)
  const html = previewHtml({ svg, errors: [], title: 'Preview payment-checkout.seq' }).replace('<html lang="en">', `<html lang="en" style="${variables}">`)
  const page = await browser.newPage({ viewport: { width: 900, height: 200 } })
  await page.setContent(html)
  await page.screenshot({ path: `docs/editors/preview-${theme}.png`, fullPage: true })
  await page.close()
}
await browser.close()
