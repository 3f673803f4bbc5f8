// CST → AST. The CST may be partial (the parser recovers from errors), so every accessor
// tolerates missing children and a statement that lacks an essential part is dropped: its
// syntax error has already been reported.
import type { CstNode, IToken } from 'chevrotain'
import { error, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'
import type * as Ast from './ast.js'
import { strayStatement } from './syntax-errors.js'

type Children = Record<string, (CstNode | IToken)[] | undefined>

const tokenSpan = (t: IToken): Span => ({ start: t.startOffset, end: t.startOffset + t.image.length })
const nodeSpan = (n: CstNode): Span => ({
  start: n.location?.startOffset ?? 0,
  end: (n.location?.endOffset ?? n.location?.startOffset ?? 0) + 1,
})

function children(node: CstNode): Children {
  return node.children as Children
}
function token(node: CstNode, key: string): IToken | undefined {
  const t = children(node)[key]?.[0]
  return t && 'image' in t && !Number.isNaN(t.startOffset) ? t : undefined
}
function sub(node: CstNode, key: string): CstNode | undefined {
  const n = children(node)[key]?.[0]
  return n && 'children' in n ? n : undefined
}
function subs(node: CstNode, key: string): CstNode[] {
  return (children(node)[key] ?? []).filter((n): n is CstNode => 'children' in n)
}

/** Applies the escapes a label may use: `\n` everywhere, `\"` and `\\` inside quotes. */
export function unescape(raw: string, quoted: boolean): string {
  if (!quoted) return raw.replace(/\\n/g, '\n')
  return raw.replace(/\\(.)/g, (all, c: string) => (c === 'n' ? '\n' : c === '"' || c === '\\' ? c : all))
}

function textOf(t: IToken): Ast.Name {
  const quoted = t.image.startsWith('"')
  const inner = quoted ? t.image.slice(1, t.image.endsWith('"') && t.image.length > 1 ? -1 : undefined) : t.image
  return { value: quoted ? unescape(inner, true) : unescape(inner.trim(), false), span: tokenSpan(t), quoted }
}

export class AstBuilder {
  readonly diagnostics: Diagnostic[] = []

  diagram(cst: CstNode, comments: readonly IToken[]): Ast.Diagram {
    const body = sub(cst, 'statements')
    return {
      statements: body ? this.statements(body) : [],
      comments: comments.map((c) => ({ text: c.image, span: tokenSpan(c) })),
    }
  }

  private statements(node: CstNode): Ast.Statement[] {
    for (const stray of subs(node, 'stray')) {
      const first = token(stray, 'StrayStart')
      if (first) this.diagnostics.push(strayStatement(first))
    }
    const out: Ast.Statement[] = []
    for (const statement of subs(node, 'statement')) {
      const built = this.statement(statement)
      if (built) out.push(built)
    }
    return out
  }

  private statement(node: CstNode): Ast.Statement | undefined {
    const span = nodeSpan(node)
    const divider = token(node, 'Divider')
    if (divider) return { kind: 'divider', text: divider.image.slice(2, -2).trim(), span }
    const delay = token(node, 'Delay')
    if (delay) return { kind: 'delay', text: delay.image.replace(/^\.\.\.|\.\.\.$/g, '').trim(), span }
    const [rule, inner] = Object.entries(children(node))[0] ?? []
    const child = inner?.[0]
    if (!rule || !child || !('children' in child)) return undefined
    switch (rule) {
      case 'setting': return this.setting(child)
      case 'note': return this.note(child)
      case 'ref': return this.ref(child)
      case 'activation': return this.activation(child)
      case 'lifecycle': return this.lifecycle(child)
      case 'fragment': return this.fragment(child)
      case 'branch': return this.branch(child)
      case 'box': return this.box(child)
      case 'message': return this.message(child)
      default: return undefined
    }
  }

  private setting(node: CstNode): Ast.SettingStatement | undefined {
    const key = token(node, 'key')
    if (!key) return undefined
    return { kind: 'setting', key: key.image as Ast.SettingKey, keySpan: tokenSpan(key), value: this.labelPart(node), span: nodeSpan(node) }
  }

  private note(node: CstNode): Ast.NoteStatement | undefined {
    const placement = token(node, 'placement')
    const targets = this.nameList(node)
    if (!placement || targets.length === 0) return undefined
    return {
      kind: 'note',
      placement: placement.image as Ast.NoteStatement['placement'],
      targets,
      label: this.labelPart(node),
      span: nodeSpan(node),
    }
  }

  private ref(node: CstNode): Ast.RefStatement | undefined {
    const targets = this.nameList(node)
    if (targets.length === 0) return undefined
    return { kind: 'ref', targets, label: this.labelPart(node), span: nodeSpan(node) }
  }

  private activation(node: CstNode): Ast.ActivationStatement | undefined {
    const keyword = token(node, 'keyword')
    const target = this.nameOf(sub(node, 'name'))
    if (!keyword || !target) return undefined
    return { kind: 'activation', action: keyword.image as Ast.ActivationStatement['action'], target, span: nodeSpan(node) }
  }

  private lifecycle(node: CstNode): Ast.LifecycleStatement | undefined {
    const keyword = token(node, 'keyword')
    const target = this.nameOf(sub(node, 'name'))
    if (!keyword || !target) return undefined
    return { kind: 'lifecycle', action: keyword.image as Ast.LifecycleStatement['action'], target, span: nodeSpan(node) }
  }

  private block(node: CstNode): Ast.Statement[] {
    const body = sub(node, 'block')
    const list = body && sub(body, 'statements')
    return list ? this.statements(list) : []
  }

  private fragment(node: CstNode): Ast.FragmentStatement | undefined {
    const keyword = token(node, 'keyword')
    if (!keyword) return undefined
    return {
      kind: 'fragment',
      keyword: keyword.image as Ast.FragmentKeyword,
      keywordSpan: tokenSpan(keyword),
      label: this.label(sub(node, 'label')),
      body: this.block(node),
      span: nodeSpan(node),
    }
  }

  private branch(node: CstNode): Ast.BranchStatement | undefined {
    const keyword = token(node, 'keyword')
    if (!keyword) return undefined
    return {
      kind: 'branch',
      keyword: keyword.image as Ast.BranchStatement['keyword'],
      keywordSpan: tokenSpan(keyword),
      label: this.label(sub(node, 'label')),
      body: this.block(node),
      span: nodeSpan(node),
    }
  }

  private box(node: CstNode): Ast.BoxStatement {
    return { kind: 'box', label: this.label(sub(node, 'label')), body: this.block(node), span: nodeSpan(node) }
  }

  private message(node: CstNode): Ast.Statement | undefined {
    const from = this.endpoint(sub(node, 'from'))
    if (!from) return undefined
    const span = nodeSpan(node)
    const parallel = token(node, 'Ampersand')
    const label = this.labelPart(node)
    const attributes = this.attributes(sub(node, 'attributes'))
    const arrow = token(node, 'Arrow')
    if (!arrow) {
      if (from.kind !== 'name') {
        this.diagnostics.push(error('expected-arrow', `expected an arrow (->, ->> or -->) after '${from.kind === 'outside' ? '?' : '*'}'`, from.span))
        return undefined
      }
      if (parallel) this.diagnostics.push(error('misplaced-parallel', "'&' only goes before a message", tokenSpan(parallel)))
      return { kind: 'participant', name: from.name, label, attributes, span }
    }
    const to = this.endpoint(sub(node, 'to'))
    if (!to) return undefined
    const mark = token(node, 'activation')
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

  private endpoint(node: CstNode | undefined): Ast.Endpoint | undefined {
    if (!node) return undefined
    const outside = token(node, 'Question')
    if (outside) return { kind: 'outside', span: tokenSpan(outside) }
    const everyone = token(node, 'Star')
    if (everyone) return { kind: 'everyone', span: tokenSpan(everyone) }
    const name = this.nameOf(sub(node, 'name'))
    return name ? { kind: 'name', name } : undefined
  }

  private nameList(node: CstNode): Ast.Name[] {
    const list = sub(node, 'nameList')
    return list ? subs(list, 'name').flatMap((n) => this.nameOf(n) ?? []) : []
  }

  private nameOf(node: CstNode | undefined): Ast.Name | undefined {
    if (!node) return undefined
    const dotted = token(node, 'DottedKey')
    if (dotted) {
      this.diagnostics.push(
        error('invalid-name', `a name may only hold letters, digits and '_': write "${dotted.image}" in quotes`, tokenSpan(dotted)),
      )
      return { value: dotted.image, span: tokenSpan(dotted), quoted: false }
    }
    const t = token(node, 'Identifier') ?? token(node, 'QuotedString')
    if (!t) return undefined
    const name = textOf(t)
    if (name.value === '') this.diagnostics.push(error('empty-name', 'a name cannot be empty', name.span))
    return name
  }

  private labelPart(node: CstNode): Ast.Text | undefined {
    const part = sub(node, 'labelPart')
    return part ? this.label(sub(part, 'label')) : undefined
  }

  private label(node: CstNode | undefined): Ast.Text | undefined {
    if (!node) return undefined
    const t = token(node, 'LabelText') ?? token(node, 'QuotedString')
    if (!t) return undefined
    const { value, span } = textOf(t)
    return { value, span }
  }

  private attributes(node: CstNode | undefined): Ast.Attribute[] {
    if (!node) return []
    return subs(node, 'attribute').flatMap((a) => {
      const key = token(a, 'key')
      if (!key) return []
      return [{ key: key.image, keySpan: tokenSpan(key), value: this.labelPart(a), span: nodeSpan(a) }]
    })
  }
}

const ARROWS: Record<string, Ast.ArrowKind> = { SyncArrow: 'sync', AsyncArrow: 'async', ReplyArrow: 'reply' }
