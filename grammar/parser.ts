// The grammar of the Lifeline language: rules only, no actions. It builds a concrete syntax
// tree (CST) that src/syntax/to-ast.ts turns into the typed AST. One instance serves every
// parse (construction analyses the grammar and is the expensive part).
//
//   diagram    := statements EOF
//   statements := ( separator | statement statementEnd | stray )*
//   statement  := setting | note | ref | activation | lifecycle | return | fragment | branch
//               | box | highlight | property | divider | delay | message
//   message    := '&'? endpoint ( arrow ('+'|'-')? endpoint )? ( ':' label? )? attributes?
//                 (without an arrow it declares a participant)
//   property   := dotted-key ':' label?    (`style.fill: red` inside a box or a highlight)
import { CstParser, EOF, tokenMatcher, type CstNode, type IToken } from 'chevrotain'
import { countingErrorProvider, ErrorBudgetSpent, type CountingErrorProvider } from './error-provider.js'
import type { DiagramCstNode } from './cst.js'
import * as T from './tokens.js'

const ENDS_WITHOUT_SEPARATOR = [T.RCurly, EOF, ...T.BRANCH_KEYWORDS]

export class LifelineParser extends CstParser {
  private readonly errorBudget: CountingErrorProvider

  /**
   * `validate` checks the grammar itself (ambiguities, left recursion) while analysing it: the
   * grammar tests do, production skips it, since the grammar does not change at run time.
   * `recover: false` builds a parser that stops at the first error: cheaper to construct (no
   * follow sets for resynchronising), and it builds the same tree for valid input.
   */
  constructor(options: { readonly validate?: boolean; readonly recover?: boolean } = {}, errorProvider = countingErrorProvider()) {
    super(T.allTokens, {
      skipValidations: options.validate !== true,
      recoveryEnabled: options.recover !== false,
      // The AST reads only offsets from CST nodes (lines come from a LineIndex), so tracking
      // lines and columns of every node as well would be wasted work.
      nodeLocationTracking: 'onlyOffset',
      maxLookahead: 2,
      errorMessageProvider: errorProvider,
    })
    this.errorBudget = errorProvider
    this.performSelfAnalysis()
  }

  /**
   * Parses a whole token stream. After `maxErrors` syntax errors it stops and returns
   * undefined: the errors so far are in `errors`.
   */
  parseDiagram(tokens: IToken[], maxErrors: number): DiagramCstNode | undefined {
    this.input = tokens
    this.errorBudget.reset(maxErrors)
    try {
      return this.diagram() as DiagramCstNode
    } catch (e) {
      if (e instanceof ErrorBudgetSpent) return undefined
      throw e
    }
  }

  public diagram = this.RULE('diagram', () => {
    this.SUBRULE(this.statements)
  })

  private statements = this.RULE('statements', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.separator) },
        {
          ALT: () => {
            this.SUBRULE(this.statement)
            this.SUBRULE(this.statementEnd)
          },
        },
        { ALT: () => this.SUBRULE(this.stray) },
      ])
    })
  })

  /** A statement that starts with a token no statement starts with: kept whole, reported once. */
  private stray = this.RULE('stray', () => {
    this.CONSUME(T.StrayStart)
    this.MANY(() => this.CONSUME(T.InStatement))
  })

  private separator = this.RULE('separator', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Newline) }, { ALT: () => this.CONSUME(T.Semicolon) }])
  })

  /**
   * A statement ends at a line end, a `;`, the `}` of its block or the end of the file; an
   * `else` / `and` may follow the `}` of the block before it on the same line.
   */
  private statementEnd = this.RULE('statementEnd', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.separator) },
      { GATE: () => ENDS_WITHOUT_SEPARATOR.some((t) => tokenMatcher(this.LA(1), t)), ALT: () => undefined },
    ])
  })

  private statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.setting) },
      { ALT: () => this.SUBRULE(this.note) },
      { ALT: () => this.SUBRULE(this.ref) },
      { ALT: () => this.SUBRULE(this.activation) },
      { ALT: () => this.SUBRULE(this.lifecycle) },
      { ALT: () => this.SUBRULE(this.returnStatement) },
      { ALT: () => this.SUBRULE(this.fragment) },
      { ALT: () => this.SUBRULE(this.branch) },
      { ALT: () => this.SUBRULE(this.box) },
      { ALT: () => this.SUBRULE(this.highlight) },
      { ALT: () => this.SUBRULE(this.property) },
      { ALT: () => this.CONSUME(T.Divider) },
      { ALT: () => this.CONSUME(T.Delay) },
      { ALT: () => this.SUBRULE(this.message) },
    ])
  })

  private setting = this.RULE('setting', () => {
    this.OR(T.SETTING_KEYWORDS.map((kw) => ({ ALT: () => this.CONSUME(kw, { LABEL: 'key' }) })))
    this.OPTION(() => this.SUBRULE(this.labelPart))
    this.OPTION2(() => this.SUBRULE(this.attributes))
  })

  /** `& note ...` shares the row of the message before it. */
  private note = this.RULE('note', () => {
    this.OPTION(() => this.CONSUME(T.Ampersand))
    this.CONSUME(T.Note)
    this.OR([
      { ALT: () => this.CONSUME(T.Over, { LABEL: 'placement' }) },
      {
        ALT: () => {
          this.CONSUME(T.Left, { LABEL: 'placement' })
          this.CONSUME(T.Of)
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Right, { LABEL: 'placement' })
          this.CONSUME2(T.Of)
        },
      },
    ])
    this.SUBRULE(this.nameList)
    this.SUBRULE(this.labelPart)
    this.OPTION2(() => this.SUBRULE(this.attributes))
  })

  private ref = this.RULE('ref', () => {
    this.CONSUME(T.Ref)
    this.CONSUME(T.Over)
    this.SUBRULE(this.nameList)
    this.SUBRULE(this.labelPart)
  })

  private nameList = this.RULE('nameList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.name) })
  })

  private activation = this.RULE('activation', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Activate, { LABEL: 'keyword' }) },
      { ALT: () => this.CONSUME(T.Deactivate, { LABEL: 'keyword' }) },
    ])
    this.SUBRULE(this.name)
  })

  private lifecycle = this.RULE('lifecycle', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Create, { LABEL: 'keyword' }) },
      { ALT: () => this.CONSUME(T.Destroy, { LABEL: 'keyword' }) },
    ])
    this.SUBRULE(this.name)
  })

  /** `return` / `return label`: a reply to the caller of the innermost activation. */
  private returnStatement = this.RULE('returnStatement', () => {
    this.CONSUME(T.Return)
    this.OPTION(() => this.SUBRULE(this.label))
  })

  private fragment = this.RULE('fragment', () => {
    this.OR(T.FRAGMENT_KEYWORDS.map((kw) => ({ ALT: () => this.CONSUME(kw, { LABEL: 'keyword' }) })))
    this.OPTION(() => this.SUBRULE(this.label))
    this.SUBRULE(this.block)
  })

  /** `else` / `and`: attached to the `alt` / `par` before it by the model. */
  private branch = this.RULE('branch', () => {
    this.OR(T.BRANCH_KEYWORDS.map((kw) => ({ ALT: () => this.CONSUME(kw, { LABEL: 'keyword' }) })))
    this.OPTION(() => this.SUBRULE(this.label))
    this.SUBRULE(this.block)
  })

  private box = this.RULE('box', () => {
    this.CONSUME(T.Box)
    this.OPTION(() => this.SUBRULE(this.label))
    this.SUBRULE(this.block)
  })

  private highlight = this.RULE('highlight', () => {
    this.CONSUME(T.Highlight)
    this.OPTION(() => this.SUBRULE(this.label))
    this.SUBRULE(this.block)
  })

  /** A dotted key set as a statement: a box's or a highlight's colour (`style.fill: #eef`). */
  private property = this.RULE('property', () => {
    this.CONSUME(T.DottedKey)
    this.SUBRULE(this.labelPart)
  })

  private block = this.RULE('block', () => {
    this.CONSUME(T.LCurly)
    this.SUBRULE(this.statements)
    this.CONSUME(T.RCurly)
  })

  private message = this.RULE('message', () => {
    this.OPTION(() => this.CONSUME(T.Ampersand))
    this.SUBRULE(this.endpoint, { LABEL: 'from' })
    this.OPTION2(() => {
      this.CONSUME(T.Arrow)
      this.OPTION3(() =>
        this.OR([
          { ALT: () => this.CONSUME(T.Plus, { LABEL: 'activation' }) },
          { ALT: () => this.CONSUME(T.Minus, { LABEL: 'activation' }) },
        ]),
      )
      this.SUBRULE2(this.endpoint, { LABEL: 'to' })
    })
    this.OPTION4(() => this.SUBRULE(this.labelPart))
    this.OPTION5(() => this.SUBRULE(this.attributes))
  })

  private endpoint = this.RULE('endpoint', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.name) },
      { ALT: () => this.CONSUME(T.Question) },
      { ALT: () => this.CONSUME(T.LeftEdge) },
      { ALT: () => this.CONSUME(T.RightEdge) },
      { ALT: () => this.CONSUME(T.Star) },
    ])
  })

  private name = this.RULE('name', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.QuotedString) },
    ])
  })

  private labelPart = this.RULE('labelPart', () => {
    this.CONSUME(T.Colon)
    this.OPTION(() => this.SUBRULE(this.label))
  })

  private label = this.RULE('label', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.LabelText) },
      { ALT: () => this.CONSUME(T.QuotedString) },
      { ALT: () => this.CONSUME(T.TextBlock) },
    ])
  })

  private attributes = this.RULE('attributes', () => {
    this.CONSUME(T.LCurly)
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.separator) },
        { ALT: () => this.SUBRULE(this.attribute) },
      ])
    })
    this.CONSUME(T.RCurly)
  })

  private attribute = this.RULE('attribute', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'key' }) },
      { ALT: () => this.CONSUME(T.DottedKey, { LABEL: 'key' }) },
    ])
    this.SUBRULE(this.labelPart)
  })
}

export type { CstNode, IToken }
