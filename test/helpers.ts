// Shared test helpers: run the pipeline stage by stage, and parse SVG as strict XML.
import { SaxesParser } from 'saxes'
import { compileStages, type Stages } from '../src/compile.js'
import { LineIndex } from '../src/diagnostics/position.js'
import { buildModel } from '../src/model/build.js'
import type { SequenceModel } from '../src/model/model.js'
import { parse } from '../src/syntax/parse.js'

/** Builds the model of a source that must have no syntax errors. */
export function model(source: string): { model: SequenceModel; codes: string[] } {
  const parsed = parse(source)
  const syntax = parsed.diagnostics.filter((d) => d.severity === 'error')
  if (syntax.length) throw new Error(`syntax errors: ${syntax.map((d) => d.message).join('; ')}`)
  const built = buildModel(parsed.ast, new LineIndex(source))
  return { model: built.model, codes: built.diagnostics.map((d) => d.code) }
}

export function stages(source: string): Stages {
  return compileStages(source)
}

export interface XmlElement {
  readonly name: string
  readonly attributes: Record<string, string>
  readonly children: XmlElement[]
  text: string
  readonly parent: XmlElement | undefined
}

/** Parses XML strictly (throws on anything not well-formed) into a small element tree. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true })
  let root: XmlElement | undefined
  let current: XmlElement | undefined
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === 'string' ? v : v.value
    const el: XmlElement = { name: tag.local ?? tag.name, attributes, children: [], text: '', parent: current }
    current?.children.push(el)
    root ??= el
    current = el
  })
  parser.on('text', (t) => {
    if (current) current.text += t
  })
  parser.on('closetag', () => {
    current = current?.parent
  })
  parser.write(xml).close()
  if (!root) throw new Error('no root element')
  return root
}

export function all(el: XmlElement, predicate: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = []
  const visit = (e: XmlElement): void => {
    if (predicate(e)) out.push(e)
    e.children.forEach(visit)
  }
  visit(el)
  return out
}

export const hasClass = (cls: string) => (e: XmlElement): boolean => (e.attributes['class'] ?? '').split(' ').includes(cls)

/** All text content below an element. */
export function textOf(el: XmlElement): string {
  return el.text + el.children.map(textOf).join('')
}

/** Elements that run code, embed other documents or fetch something. */
const ACTIVE_ELEMENTS = new Set(['script', 'foreignObject', 'iframe', 'object', 'embed', 'image', 'use', 'animate', 'set', 'animateTransform', 'animateMotion', 'handler', 'listener'])

/** http:, https:, mailto:, or a relative path (no scheme, not `//host`). */
const SAFE_HREF = /^(?:https?:|mailto:|(?![a-z][a-z0-9+.-]*:)(?!\/\/))[^\s"'<>`\\]+$/i

/**
 * OUTPUT.md's "safe to embed", checked on the parsed SVG: no script or other active element,
 * no event handler, no link, and no external reference in any attribute that could fetch one
 * (data-* attributes are inert: they carry names as they were written).
 */
export function assertSafeSvg(svg: string): XmlElement {
  const root = parseXml(svg)
  const elements = all(root, () => true)
  const problems: string[] = []
  for (const e of elements) {
    if (ACTIVE_ELEMENTS.has(e.name)) problems.push(`<${e.name}>`)
    for (const [name, value] of Object.entries(e.attributes)) {
      if (/^on/i.test(name)) problems.push(`event handler ${name}`)
      // A `link:` is an <a> to an http(s), mailto or relative target: nothing else may link.
      const safeLink = e.name === 'a' && /^(href|xlink:href)$/.test(name) && SAFE_HREF.test(value)
      if (/(^|:)href$|^src$/i.test(name) && !safeLink) problems.push(`link ${name}="${value}"`)
      if (e.name === 'a' && !/^(href|xlink:href)$/.test(name)) problems.push(`attribute ${name} on <a>`)
      if (!name.startsWith('data-') && /url\s*\(|javascript:|expression\s*\(/i.test(value)) problems.push(`reference in ${name}="${value}"`)
    }
    if (e.name === 'style' && /@import|url\s*\(/i.test(textOf(e))) problems.push('reference in <style>')
  }
  if (problems.length > 0) throw new Error(`unsafe SVG: ${problems.join(', ')}`)
  return root
}
