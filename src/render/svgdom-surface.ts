// The drawing surface under Node: a new svgdom window per diagram, drawing on its document's
// root <svg>. A window costs about 0.03 ms: too little to be worth sharing between diagrams.
// Only the Node entry points import this module (svgdom reads fonts through node:fs).
import { createSVGWindow } from 'svgdom'
import type { Surface } from './surface.js'

export function svgdomSurface(): Surface {
  const window = createSVGWindow()
  return { window, root: window.document.documentElement }
}
