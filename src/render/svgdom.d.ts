// svgdom ships no types; this is the part Lifeline uses.
declare module 'svgdom' {
  export interface SvgWindow {
    readonly document: { readonly documentElement: unknown }
  }
  export function createSVGWindow(): SvgWindow
}
