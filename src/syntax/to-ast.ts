// CST → AST, typed against the generated CST (grammar/cst.d.ts): renaming a rule or a label in
// the grammar is a compile error here, and a new kind of statement must be added to
// STATEMENT_BUILDERS before this compiles. The CST may still be partial (the parser recovers
// from errors, leaving out children the types call required), so each child is read through
// `first`, and a statement that lacks an essential part is dropped: its syntax error has
// already been reported.
import type { IToken } from 'chevrotain'
import type * as Cst from '../../grammar/cst.js'
import { error, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'
import type * as Ast from './ast.js'
import { labelWarnings } from './label-warnings.js'
import { strayStatement } from './syntax-errors.js'
import { textBlock } from './text-block.js'

const tokenSpan = (t: IToken): Span => ({ start: t.startOffset, end: t.startOffset + t.image.length })
const nodeSpan = (n: { readonly location?: { readonly startOffset: number; readonly endOffset?: number } }): Span => ({
  start: n.location?.startOffset ?? 0,
  end: (n.location?.endOffset ?? n.location?.startOffset ?? 0) + 1,
})

/** The first of a CST child list; undefined when recovery left it out. */
function first<T>(list: readonly T[] | undefined): T | undefined {
  return list?.[0]
}
/** The first token of a list that the input really holds (recovery inserts tokens without a position). */
function tok(list: readonly IToken[] | undefined): IToken | undefined {
  const t = list?.[0]
  return t && !Number.isNaN(t.startOffset) ? t : undefined
}

/** Applies the escapes a label may use: `\n` everywhere, `\"` and `\\` inside quotes. */
export function unescape(raw: string, quoted: boolean): string {
  if (!quoted) return raw.replace(/\\n/g, '\n')
  return raw.replace(/\\(.)/g, (all, c: string) => (c === 'n' ? '\n' : c === '"' || c === '\\' ? c : all))
}

function textOf(t: IToken): Ast.Name {
  const quoted = t.image.startsWith('"')
  if (quoted) return { value: unescape(t.image.slice(1, t.image.endsWith('"') && t.image.length > 1 ? -1 : undefined), true), span: tokenSpan(t), quoted }
  // Bare text is its words: the blanks around them (before a ' {' or a comment) are no part
  // of it, so a diagnostic underlines the words alone.
  const start = t.startOffset + (t.image.length - t.image.trimStart().length)
  const end = Math.max(start, t.startOffset + t.image.trimEnd().length)
  return { value: unescape(t.image.trim(), false), span: { start, end }, quoted }
}

const ARROWS: Record<string, Ast.ArrowKind> = {
  SyncArrow: 'sync', AsyncArrow: 'async', ReplyArrow: 'reply', HeadlessArrow: 'headless', CrossArrow: 'cross', DashedCrossArrow: 'dashed-cross',
}

type StatementBuilders = {
  readonly [K in keyof Cst.StatementCstChildren]-?: (b: AstBuilder, child: NonNullable<Cst.StatementCstChildren[K]>[number], span: Span) => Ast.Statement | undefined
}

/** One builder per alternative of the `statement` rule: the compiler checks none is missing. */
const STATEMENT_BUILDERS: StatementBuilders = {
  setting: (b, n) => b.setting(n),
  note: (b, n) => b.note(n),
  ref: (b, n) => b.ref(n),
  activation: (b, n) => b.activation(n),
  lifecycle: (b, n) => b.lifecycle(n),
  returnStatement: (b, n) => ({ kind: 'return', label: b.label(first(n.children.label)), span: nodeSpan(n) }),
  fragment: (b, n) => b.fragment(n),
  branch: (b, n) => b.branch(n),
  box: (b, n) => ({ kind: 'box', label: b.label(first(n.children.label)), body: b.block(n.children.block), span: nodeSpan(n) }),
  highlight: (b, n) => ({ kind: 'highlight', label: b.label(first(n.children.label)), body: b.block(n.children.block), span: nodeSpan(n) }),
  property: (b, n) => b.property(n),
  Divider: (_, t, span) => ({ kind: 'divider', text: t.image.slice(2, -2).trim(), span }),
  Delay: (_, t, span) => ({ kind: 'delay', text: t.image.replace(/^\.\.\.|\.\.\.$/g, '').trim(), span }),
  message: (b, n) => b.message(n),
}
const STATEMENT_KINDS = Object.keys(STATEMENT_BUILDERS) as (keyof Cst.StatementCstChildren)[]

export class AstBuilder {
  readonly diagnostics: Diagnostic[] = []

  constructor(private readonly source: string) {}

  diagram(cst: Cst.DiagramCstNode, comments: readonly IToken[]): Ast.Diagram {
    const body = first(cst.children.statements)
    return {
      statements: body ? this.statements(body) : [],
      comments: comments.map((c) => ({ text: c.image, span: tokenSpan(c) })),
    }
  }

  private statements(node: Cst.StatementsCstNode): Ast.Statement[] {
    for (const stray of node.children.stray ?? []) {
      const start = tok(stray.children.StrayStart)
      if (start) this.diagnostics.push(strayStatement(start))
    }
    const out: Ast.Statement[] = []
    for (const statement of node.children.statement ?? []) {
      const built = this.statement(statement)
      if (built) out.push(built)
    }
    return out
  }

  private statement(node: Cst.StatementCstNode): Ast.Statement | undefined {
    const span = nodeSpan(node)
    for (const kind of STATEMENT_KINDS) {
      // Exactly one alternative is present; each builder takes that alternative's own node type.
      const child = (node.children[kind] as readonly unknown[] | undefined)?.[0]
      if (child) return (STATEMENT_BUILDERS[kind] as (b: AstBuilder, c: unknown, s: Span) => Ast.Statement | undefined)(this, child, span)
    }
    return undefined
  }

  setting(node: Cst.SettingCstNode): Ast.SettingStatement | undefined {
    const key = tok(node.children.key)
    if (!key) return undefined
    return {
      kind: 'setting',
      key: key.image as Ast.SettingKey,
      keySpan: tokenSpan(key),
      value: this.labelPart(first(node.children.labelPart)),
      attributes: this.attributes(first(node.children.attributes)),
      span: nodeSpan(node),
    }
  }

  property(node: Cst.PropertyCstNode): Ast.PropertyStatement | undefined {
    const key = tok(node.children.DottedKey)
    if (!key) return undefined
    return { kind: 'property', key: key.image, keySpan: tokenSpan(key), value: this.labelPart(first(node.children.labelPart)), span: nodeSpan(node) }
  }

  note(node: Cst.NoteCstNode): Ast.NoteStatement | undefined {
    const placement = tok(node.children.placement)
    const targets = this.nameList(first(node.children.nameList))
    if (!placement || targets.length === 0) return undefined
    return {
      kind: 'note',
      parallel: tok(node.children.Ampersand) !== undefined,
      placement: placement.image as Ast.NoteStatement['placement'],
      targets,
      label: this.labelPart(first(node.children.labelPart)),
      attributes: this.attributes(first(node.children.attributes)),
      span: nodeSpan(node),
    }
  }

  ref(node: Cst.RefCstNode): Ast.RefStatement | undefined {
    const targets = this.nameList(first(node.children.nameList))
    if (targets.length === 0) return undefined
    return { kind: 'ref', targets, label: this.labelPart(first(node.children.labelPart)), span: nodeSpan(node) }
  }

  activation(node: Cst.ActivationCstNode): Ast.ActivationStatement | undefined {
    const keyword = tok(node.children.keyword)
    const target = this.nameOf(first(node.children.name))
    if (!keyword || !target) return undefined
    return { kind: 'activation', action: keyword.image as Ast.ActivationStatement['action'], target, span: nodeSpan(node) }
  }

  lifecycle(node: Cst.LifecycleCstNode): Ast.LifecycleStatement | undefined {
    const keyword = tok(node.children.keyword)
    const target = this.nameOf(first(node.children.name))
    if (!keyword || !target) return undefined
    return { kind: 'lifecycle', action: keyword.image as Ast.LifecycleStatement['action'], target, span: nodeSpan(node) }
  }

  block(list: readonly Cst.BlockCstNode[] | undefined): Ast.Statement[] {
    const statements = first(first(list)?.children.statements)
    return statements ? this.statements(statements) : []
  }

  fragment(node: Cst.FragmentCstNode): Ast.FragmentStatement | undefined {
    const keyword = tok(node.children.keyword)
    if (!keyword) return undefined
    return {
      kind: 'fragment',
      keyword: keyword.image as Ast.FragmentKeyword,
      keywordSpan: tokenSpan(keyword),
      label: this.label(first(node.children.label)),
      body: this.block(node.children.block),
      span: nodeSpan(node),
    }
  }

  branch(node: Cst.BranchCstNode): Ast.BranchStatement | undefined {
    const keyword = tok(node.children.keyword)
    if (!keyword) return undefined
    return {
      kind: 'branch',
      keyword: keyword.image as Ast.BranchStatement['keyword'],
      keywordSpan: tokenSpan(keyword),
      label: this.label(first(node.children.label)),
      body: this.block(node.children.block),
      span: nodeSpan(node),
    }
  }

  message(node: Cst.MessageCstNode): Ast.Statement | undefined {
    const c = node.children
    const from = this.endpoint(first(c.from))
    if (!from) return undefined
    const span = nodeSpan(node)
    const parallel = tok(c.Ampersand)
    const label = this.labelPart(first(c.labelPart))
    const attributes = this.attributes(first(c.attributes))
    const arrow = tok(c.Arrow)
    if (!arrow) {
      if (from.kind !== 'name') {
        const shown = this.source.slice(from.span.start, from.span.end)
        this.diagnostics.push(error('expected-arrow', `expected an arrow (->, ->> or -->) after '${shown}'`, from.span))
        return undefined
      }
      if (parallel) this.diagnostics.push(error('misplaced-parallel', "'&' only goes before a message or a note", tokenSpan(parallel)))
      return { kind: 'participant', name: from.name, label, attributes, span }
    }
    const to = this.endpoint(first(c.to))
    if (!to) return undefined
    const mark = tok(c.activation)
    return {
      kind: 'message',
      parallel: parallel !== undefined,
      from,
      to,
      arrow: ARROWS[arrow.tokenType.name] ?? 'sync',
      arrowSpan: tokenSpan(arrow),
      activation: mark ? (mark.image === '+' ? 'activate' : 'deactivate') : undefined,
      label,
      attributes,
      span,
    }
  }

  private endpoint(node: Cst.EndpointCstNode | undefined): Ast.Endpoint | undefined {
    if (!node) return undefined
    const c = node.children
    const special: [IToken | undefined, Exclude<Ast.Endpoint['kind'], 'name'>][] = [
      [tok(c.Question), 'outside'], [tok(c.LeftEdge), 'left-edge'], [tok(c.RightEdge), 'right-edge'], [tok(c.Star), 'everyone'],
    ]
    for (const [t, kind] of special) if (t) return { kind, span: tokenSpan(t) }
    const name = this.nameOf(first(c.name))
    return name ? { kind: 'name', name } : undefined
  }

  private nameList(list: Cst.NameListCstNode | undefined): Ast.Name[] {
    return (list?.children.name ?? []).flatMap((n) => this.nameOf(n) ?? [])
  }

  private nameOf(node: Cst.NameCstNode | undefined): Ast.Name | undefined {
    const t = node && (tok(node.children.Identifier) ?? tok(node.children.QuotedString))
    if (!t) return undefined
    const name = textOf(t)
    if (name.value === '') this.diagnostics.push(error('empty-name', 'a name cannot be empty', name.span))
    return name
  }

  private labelPart(part: Cst.LabelPartCstNode | undefined): Ast.Text | undefined {
    return part ? this.label(first(part.children.label)) : undefined
  }

  label(node: Cst.LabelCstNode | undefined): Ast.Text | undefined {
    if (!node) return undefined
    const block = tok(node.children.TextBlock)
    if (block) return { value: textBlock(block.image), span: tokenSpan(block), block: true }
    const quoted = tok(node.children.QuotedString)
    if (quoted) {
      const { value, span } = textOf(quoted)
      return { value, span }
    }
    const bare = tok(node.children.LabelText)
    if (!bare) return undefined
    for (const d of labelWarnings(bare.image, bare.startOffset)) this.diagnostics.push(d)
    const { value, span } = textOf(bare)
    return { value, span }
  }

  private attributes(node: Cst.AttributesCstNode | undefined): Ast.Attribute[] {
    return (node?.children.attribute ?? []).flatMap((a) => {
      const key = tok(a.children.key)
      if (!key) return []
      return [{ key: key.image, keySpan: tokenSpan(key), value: this.labelPart(first(a.children.labelPart)), span: nodeSpan(a) }]
    })
  }
}
