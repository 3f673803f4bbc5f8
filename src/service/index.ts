// The language service: what an editor asks about a Lifeline document, independent of how it
// asks. The language server (src/lsp) and the browser playground adapt it to their transport.
// Every answer is computed from one DocumentAnalysis (document.ts), which works on text with
// errors too. No Node built-ins here: the service runs in a browser as well.
export { complete } from './completion.js'
export { diagnostics } from './diagnostics.js'
export { analyseDocument, type DocumentAnalysis } from './document.js'
export { foldingRanges } from './folding.js'
export { formatDocument } from './formatting.js'
export { hover } from './hover.js'
export { definition, references, rename, renameRange } from './navigation.js'
export { documentSymbols } from './symbols.js'
export type * from './types.js'
