// One statement's canonical text, without its block body: `a -> b: label { key: value }`,
// `note over a, b: text`, `alt label {`. Attributes come in one fixed key order.
import type * as Ast from '../syntax/ast.js'
import { label, name } from './quote.js'

const ARROWS: Record<Ast.ArrowKind, string> = { sync: '->', async: '->>', reply: '-->', headless: '--', cross: '-x', 'dashed-cross': '--x' }
const ENDPOINTS: Record<Exclude<Ast.Endpoint['kind'], 'name'>, string> = { outside: '?', 'left-edge': '[', 'right-edge': ']', everyone: '*' }

/**
 * Attribute keys in print order: what a thing is, then how it behaves in time, then its style.
 * Unknown keys follow in their written order (the model reports them; we keep them).
 */
const KEY_ORDER = [
  'shape', 'step', 'format', 'delay', 'lost', 'link', 'tooltip', 'style.fill', 'style.stroke', 'style.stroke-dash', 'style.font-color', 'style.bold',
]

function rank(key: string): number {
  const i = KEY_ORDER.indexOf(key)
  return i === -1 ? KEY_ORDER.length : i
}

/** `{ key: value; key: value }`; the sort is stable, so a repeated key keeps its last-wins order. */
function attributes(attrs: readonly Ast.Attribute[]): string {
  if (attrs.length === 0) return ''
  const sorted = [...attrs].sort((a, b) => rank(a.key) - rank(b.key))
  return ` { ${sorted.map((a) => (a.value ? `${a.key}: ${label(a.value.value)}` : `${a.key}:`)).join('; ')} }`
}

/** A label as written: a `"""` block stays one, its lines indented one level below `pad`. */
function text(value: Ast.Text, pad: string): string {
  if (!value.block || value.value.includes('"""')) return label(value.value)
  const lines = value.value.split('\n').map((l) => (l === '' ? '' : `${pad}  ${l}`))
  return `"""\n${lines.join('\n')}\n${pad}"""`
}

const labelPart = (value: Ast.Text | undefined, pad = ''): string => (value ? `: ${text(value, pad)}` : '')
const names = (list: readonly Ast.Name[]): string => list.map((n) => name(n.value)).join(', ')

function endpoint(e: Ast.Endpoint): string {
  return e.kind === 'name' ? name(e.name.value) : ENDPOINTS[e.kind]
}

function message(s: Ast.MessageStatement, pad: string): string {
  const mark = s.activation === 'activate' ? '+' : s.activation === 'deactivate' ? '-' : ''
  return `${s.parallel ? '& ' : ''}${endpoint(s.from)} ${ARROWS[s.arrow]} ${mark}${endpoint(s.to)}${labelPart(s.label, pad)}${attributes(s.attributes)}`
}

/** The header of a statement with a body, up to and including its `{`. */
export function blockHeader(s: Ast.FragmentStatement | Ast.BranchStatement | Ast.BoxStatement | Ast.HighlightStatement): string {
  const keyword = s.kind === 'box' || s.kind === 'highlight' ? s.kind : s.keyword
  return `${keyword}${s.label ? ` ${label(s.label.value)}` : ''} {`
}

/** A statement without a body; on one line unless it holds a `"""` block (`pad` indents the block's lines). */
export function simpleStatement(s: Exclude<Ast.Statement, { body: unknown }>, pad = ''): string {
  switch (s.kind) {
    case 'setting':
      return `${s.key}${labelPart(s.value)}${attributes(s.attributes ?? [])}`
    case 'property':
      return `${s.key}${labelPart(s.value)}`
    case 'participant':
      return `${name(s.name.value)}${labelPart(s.label, pad)}${attributes(s.attributes)}`
    case 'message':
      return message(s, pad)
    case 'note': {
      const where = s.placement === 'over' ? 'over' : `${s.placement} of`
      return `${s.parallel ? '& ' : ''}note ${where} ${names(s.targets)}:${s.label ? ` ${text(s.label, pad)}` : ''}${attributes(s.attributes ?? [])}`
    }
    case 'ref':
      return `ref over ${names(s.targets)}:${s.label ? ` ${text(s.label, pad)}` : ''}`
    case 'return':
      return `return${s.label ? ` ${label(s.label.value)}` : ''}`
    case 'activation':
    case 'lifecycle':
      return `${s.action} ${name(s.target.value)}`
    case 'divider':
      return s.text ? `== ${s.text} ==` : '===='
    case 'delay':
      return s.text ? `... ${s.text} ...` : '...'
  }
}
