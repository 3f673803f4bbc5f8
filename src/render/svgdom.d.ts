// svgdom ships no types; this is the part Lifeline uses: a window whose document creates
// elements, and elements that take attributes, children and text and serialise themselves.
declare module 'svgdom' {
  export interface SvgNode {
    setAttribute(name: string, value: string): void
    appendChild<T extends SvgNode>(child: T): T
    textContent: string
    readonly outerHTML: string
    readonly ownerDocument: SvgDocument
  }
  export interface SvgDocument {
    readonly documentElement: SvgNode
    createElementNS(namespace: string, tag: string): SvgNode
  }
  export interface SvgWindow {
    readonly document: SvgDocument
  }
  export function createSVGWindow(): SvgWindow
}
