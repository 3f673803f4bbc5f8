// svgdom ships no types; this is the part Lifeline uses: a window whose document creates
// elements, and elements that take attributes, children and text, read back through the
// standard DOM interface by the serialiser (serialize.ts).
declare module 'svgdom' {
  export interface SvgNode {
    readonly nodeType: number
    readonly nodeName: string
    /** Text nodes only. */
    readonly data?: string
    readonly attributes: readonly { readonly name: string; readonly value: string }[]
    readonly childNodes: readonly SvgNode[]
    setAttribute(name: string, value: string): void
    appendChild<T extends SvgNode>(child: T): T
    removeChild(child: SvgNode): SvgNode
    textContent: string
    readonly ownerDocument: SvgDocument
  }
  export interface SvgDocument {
    readonly documentElement: SvgNode
    createElementNS(namespace: string, tag: string): SvgNode
    createTextNode(data: string): SvgNode
  }
  export interface SvgWindow {
    readonly document: SvgDocument
  }
  export function createSVGWindow(): SvgWindow
}
