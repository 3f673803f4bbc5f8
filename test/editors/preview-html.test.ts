// The preview page: the compiled SVG inline, errors escaped above a dimmed last good picture,
// no scripts allowed, the editor's theme colours used.
import { describe, expect, test } from 'vitest'
import { previewHtml } from '../../editors/vscode/src/preview-html.js'
import { compile } from '../../src/compile.js'

const SVG = compile('a -> b: hello\n').svg ?? ''

describe('preview page', () => {
  test('shows the SVG, forbids scripts and follows the editor colours', () => {
    const html = previewHtml({ svg: SVG, errors: [], title: 'Preview a.seq', cspSource: 'vscode-resource:' })
    expect(html).toContain(SVG)
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data: vscode-resource:/)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('var(--vscode-editor-background')
    expect(html).not.toContain('class="errors"')
  })

  test('errors are listed, escaped, over the last good picture dimmed', () => {
    const html = previewHtml({ svg: SVG, errors: ['2:3: unknown attribute <shap>'], title: 'Preview', cspSource: '' })
    expect(html).toContain('<li>2:3: unknown attribute &lt;shap&gt;</li>')
    expect(html).toContain('<div class="diagram stale">')
  })

  test('before the first good compile there is a message instead of a picture', () => {
    expect(previewHtml({ svg: undefined, errors: ['1:1: x'], title: 'Preview' })).toContain('Nothing to show until the diagram compiles.')
  })
})
