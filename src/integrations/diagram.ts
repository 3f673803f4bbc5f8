// The one core behind the remark, rehype and markdown-it plugins (and the browser build's
// renderDiagrams): a diagram block compiled in process by the compile it is given (Node's
// or the browser's, so this imports neither), its diagnostics moved onto the host file's lines (diagnostics/embedded.ts) and
// written as the CLI writes them (path:line:col, the line, a caret), and the HTML the page
// gets: the SVG in a wrapper, or the error box when the build is told not to fail.
import { formatDiagnostics } from '../diagnostics/format.js'
import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js'
import type { CompileOptions, CompileResult } from '../pipeline.js'
import { inHost, type Embedding } from '../diagnostics/embedded.js'
import { errorBoxHtml } from './error-box.js'
import type { ResolvedOptions } from './options.js'
import { PageIds } from './page-ids.js'

/** Info strings (and `language-` classes) of blocks the plugins render, as `lifeline md` does. */
export const LANGUAGES: ReadonlySet<string> = new Set(['lifeline', 'seq'])

/** Where a block sits. */
export interface BlockSite {
  /** The host file's path as the build names it, for messages. */
  readonly file: string
  readonly at: Embedding
  /** The host's text, for the source line under each message; without it the block's own lines are shown there. */
  readonly hostText: string | undefined
}

export interface BlockOutcome {
  /** The diagram in its wrapper, or the error box; undefined when the block has errors and the build is to fail. */
  readonly html: string | undefined
  /** Every diagnostic, at the host's lines and columns. */
  readonly diagnostics: readonly LocatedDiagnostic[]
  /** The diagnostics as the command line prints them; '' when there are none. */
  readonly report: string
  readonly failed: boolean
}

/** `compile` of the main entry or of the browser entry. */
export type Compile = (source: string, options: CompileOptions) => CompileResult

/** The diagrams of one page: ids stay unique however often a diagram repeats. */
export class DiagramPage {
  private readonly ids = new PageIds()

  constructor(
    private readonly options: ResolvedOptions,
    private readonly compile: Compile,
  ) {}

  render(source: string, site: BlockSite): BlockOutcome {
    const { theme, className, onError } = this.options
    const result = this.compile(source, { ...this.options.compile, ...(theme ? { theme } : {}), idPrefix: this.ids.next(source) })
    const diagnostics = result.diagnostics.map((d) => inHost(d, site.at))
    const report = formatDiagnostics(diagnostics, site.hostText ?? blockInPlace(source, site.at), site.file)
    if (result.svg !== undefined) return { html: `<div class="${className}">\n${result.svg}</div>\n`, diagnostics, report, failed: false }
    return { html: onError === 'box' ? errorBoxHtml(report, className) : undefined, diagnostics, report, failed: onError === 'fail' }
  }
}

/** Text whose lines at the block's place are the block's own (indented as in the host), for the report. */
function blockInPlace(source: string, at: Embedding): string {
  const lines = source.split('\n').map((line, i) => ' '.repeat(at.removed(i + 1)) + line)
  return '\n'.repeat(at.line - 1) + lines.join('\n')
}

/** The message a failed build ends with: every broken diagram's report. */
export function failureMessage(reports: readonly string[]): string {
  const count = reports.length
  return `lifeline-diagrams: ${count} diagram${count === 1 ? '' : 's'} with errors\n${reports.join('')}`
}
