// The library's public face under Node: `compile` (drawing on svgdom) and what api.ts shares
// with the browser entry.
export * from './api.js'
export { compile } from './compile.js'
