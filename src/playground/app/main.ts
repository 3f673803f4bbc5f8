// The playground page's script: compiles the editor's text on every change with the browser
// build of the compiler (nothing leaves the page), shows the picture (the last good one,
// dimmed, while the text has errors) and the problems at their positions, keeps the diagram
// and theme in the address for sharing, and saves the picture as SVG or PNG.
import { compile, type ThemeName } from '../../browser/index.js'
import { DEFAULT_SOURCE } from './default-source.js'
import { downloadPng, downloadSvg } from './downloads.js'
import { Editor } from './editor.js'
import { decodeFragment, encodeFragment } from './share.js'

/** How long typing pauses before the address is rewritten (history entries are not made). */
const URL_DELAY_MS = 300

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T

const editor = new Editor({ source: byId('source'), marks: byId('marks'), gutter: byId('gutter'), problems: byId('problems') })
const themeMenu = byId<HTMLSelectElement>('theme')
const picture = byId('picture')
const staleNote = byId('stale-note')
const status = byId('status')
let lastSvg: string | undefined
let urlTimer: ReturnType<typeof setTimeout> | undefined

function theme(): ThemeName {
  return themeMenu.value as ThemeName
}

function update(): void {
  const result = compile(editor.text, { theme: theme() })
  editor.show(result.diagnostics)
  if (result.svg !== undefined && result.svg !== lastSvg) {
    picture.innerHTML = result.svg
    lastSvg = result.svg
  }
  const broken = result.svg === undefined
  picture.classList.toggle('stale', broken && lastSvg !== undefined)
  staleNote.hidden = !(broken && lastSvg !== undefined)
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length
  const warnings = result.diagnostics.length - errors
  status.textContent = errors ? `${errors} error${errors === 1 ? '' : 's'}` : warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : 'ok'
  status.classList.toggle('problem', errors > 0)
  document.documentElement.dataset['theme'] = theme()
  clearTimeout(urlTimer)
  urlTimer = setTimeout(() => void keepInAddress(), URL_DELAY_MS)
}

async function keepInAddress(): Promise<void> {
  const shared = { source: editor.text, theme: theme() }
  const fragment = await encodeFragment(shared)
  // An older encoding finishing late must not overwrite a newer one.
  if (shared.source !== editor.text || shared.theme !== theme()) return
  if (fragment !== location.hash) history.replaceState(null, '', fragment)
}

/** The file name for downloads: the diagram's title, made safe, or `diagram`. */
function fileName(): string {
  const title = /^title:\s*(.+)$/m.exec(editor.text)?.[1] ?? ''
  return title.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'diagram'
}

async function open(): Promise<void> {
  const shared = await decodeFragment(location.hash)
  editor.text = shared?.source ?? DEFAULT_SOURCE
  themeMenu.value = shared?.theme ?? 'auto'
  update()
}

byId('source').addEventListener('input', update)
themeMenu.addEventListener('change', update)
window.addEventListener('hashchange', () => void open())
byId('copy-link').addEventListener('click', async () => {
  await keepInAddress()
  await navigator.clipboard?.writeText(location.href).catch(() => undefined)
  status.textContent = 'link copied'
})
byId('download-svg').addEventListener('click', () => lastSvg && downloadSvg(lastSvg, fileName()))
byId('download-png').addEventListener('click', () => void (lastSvg && downloadPng(lastSvg, fileName())))
window.addEventListener('resize', () => editor.fit())
await open()
document.body.dataset['ready'] = 'true'
