// Test helper: tokenizes text with the extension's TextMate grammars through vscode-textmate
// and vscode-oniguruma, the engine VS Code itself uses.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as oniguruma from 'vscode-oniguruma'
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate'

const SYNTAXES = 'editors/vscode/syntaxes'
const require = createRequire(import.meta.url)

export interface Token {
  readonly text: string
  readonly scopes: readonly string[]
}

export interface TokenizedLine {
  readonly tokens: readonly Token[]
  /** The grammar's state after the line: the root unless a construct is still open. */
  readonly closed: boolean
}

/** Markdown's own grammar is VS Code's; a host with its scope name is all an injection needs. */
const MARKDOWN_HOST = JSON.stringify({ scopeName: 'text.html.markdown', patterns: [] })

let registry: Registry | undefined

function loadRegistry(): Registry {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'))
  const ready = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer)
  const files: Record<string, string> = {
    'source.lifeline': `${SYNTAXES}/lifeline.tmLanguage.json`,
    'markdown.lifeline.codeblock': `${SYNTAXES}/lifeline.markdown.tmLanguage.json`,
  }
  return new Registry({
    onigLib: ready.then(() => ({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) })),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') return parseRawGrammar(MARKDOWN_HOST, 'markdown.json')
      const file = files[scope]
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? ['markdown.lifeline.codeblock'] : undefined),
  })
}

export async function grammarFor(scope: 'source.lifeline' | 'text.html.markdown'): Promise<IGrammar> {
  registry ??= loadRegistry()
  const grammar = await registry.loadGrammar(scope)
  if (!grammar) throw new Error(`no grammar for ${scope}`)
  return grammar
}

export function tokenize(grammar: IGrammar, text: string): TokenizedLine[] {
  // The grammar's root state, as it stands after a line that opened nothing.
  const root = grammar.tokenizeLine('', INITIAL).ruleStack
  let state: StateStack = INITIAL
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state)
    state = result.ruleStack
    return {
      tokens: result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })),
      closed: state.equals(root),
    }
  })
}
