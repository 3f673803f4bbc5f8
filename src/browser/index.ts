// `lifeline-diagrams/browser`: the library for web pages and browser bundlers. The same
// `compile` and `check` as the main entry, drawing with svg.js on the page's own DOM instead
// of svgdom, and importing nothing of Node's (test/architecture.test.ts holds it to that);
// and `renderDiagrams`, which turns a page's diagram code blocks into pictures.
// The SVG is byte for byte the one the Node build writes (test/browser/browser-build.e2e.test.ts).
export * from '../api.js'
export { compile } from './compile.js'
export { renderDiagrams, type RenderDiagramsOptions, type RenderedDiagram } from './render-page.js'
