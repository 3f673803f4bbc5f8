// The drawing surface in a browser: a detached <svg> element of the page's own document, and
// the page's window for svg.js. Nothing is added to the page; the element is dropped once the
// SVG text is written.
import type { Surface, SvgDocument, SvgWindow } from '../render/surface.js'

const SVG_NS = 'http://www.w3.org/2000/svg'

// The page's globals, typed as the part of the DOM the renderer uses (the library is compiled
// without the DOM's type declarations, which would claim they exist under Node too).
const page = globalThis as unknown as { window: SvgWindow; document: SvgDocument }

export function pageSurface(): Surface {
  return { window: page.window, root: page.document.createElementNS(SVG_NS, 'svg') }
}
