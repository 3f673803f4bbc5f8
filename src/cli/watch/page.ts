// The preview page `lifeline watch` serves: one self-contained HTML file whose script listens
// to the server's events and swaps the picture in place (no reload, so no flicker), shows the
// diagnostics with their caret snippets, and keeps the last good picture, dimmed, below them.

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

export function previewPage(fileName: string): string {
  const name = escapeHtml(fileName)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} · lifeline watch</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: #f6f8fa; color: #1f2328; }
  header { display: flex; gap: 12px; align-items: baseline; padding: 8px 16px; background: #fff; border-bottom: 1px solid #d0d7de; }
  #status { color: #57606a; }
  #status.problem { color: #cf222e; }
  #diagnostics { margin: 16px; padding: 12px 16px; border: 1px solid #ff8182; border-radius: 6px; background: #fff5f5;
    font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; white-space: pre; overflow-x: auto; }
  #diagnostics.warnings { border-color: #d4a72c; background: #fff8c5; }
  #stale-note { margin: 0 16px; color: #57606a; }
  #picture { margin: 16px; }
  #picture.stale { opacity: 0.45; }
  #picture svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<header><strong>${name}</strong><span id="status">connecting…</span></header>
<pre id="diagnostics" hidden></pre>
<p id="stale-note" hidden>The last picture that compiled:</p>
<main id="picture"></main>
<script>
  const picture = document.getElementById('picture')
  const diagnostics = document.getElementById('diagnostics')
  const staleNote = document.getElementById('stale-note')
  const status = document.getElementById('status')
  let shown = null
  const events = new EventSource('/events')
  events.onmessage = (event) => {
    const state = JSON.parse(event.data)
    if (state.svg !== shown) {
      picture.innerHTML = state.svg ?? ''
      shown = state.svg
    }
    diagnostics.textContent = state.report
    diagnostics.hidden = state.report === ''
    diagnostics.classList.toggle('warnings', state.ok)
    const stale = !state.ok && state.svg !== null
    picture.classList.toggle('stale', stale)
    staleNote.hidden = !stale
    status.textContent = state.ok ? 'up to date, ' + new Date().toLocaleTimeString() : 'has errors'
    status.classList.toggle('problem', !state.ok)
  }
  events.onerror = () => {
    status.textContent = 'disconnected: is lifeline watch still running?'
    status.classList.add('problem')
  }
</script>
</body>
</html>
`
}
