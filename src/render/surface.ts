// Where the renderer draws: a window for svg.js and an <svg> root element of that window's
// document. Node draws on svgdom (svgdom-surface.ts), a browser on the page's own DOM
// (src/browser/page-surface.ts); the renderer is the same code on both, and the bytes it
// writes are the same (test/browser/browser-build.e2e.test.ts compares every example).
import type { SvgDocument, SvgNode, SvgWindow } from 'svgdom'

/** The DOM interface the renderer uses (svgdom.d.ts): what a browser's DOM provides too. */
export type { SvgDocument, SvgNode, SvgWindow }

export interface Surface {
  /** The window svg.js registers, so its `SVG()` adopts elements of this document. */
  readonly window: SvgWindow
  /** A fresh <svg> element with no attributes and no children, used for one diagram. */
  readonly root: SvgNode
}

/** Makes a fresh surface for each diagram: nothing is carried from one diagram to the next. */
export type SurfaceFactory = () => Surface
