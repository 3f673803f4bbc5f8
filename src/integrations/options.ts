// The options every Markdown plugin takes (remark, rehype, markdown-it, and the browser's
// renderDiagrams), their defaults, and their shape for the library's one validator
// (options.ts): a wrong option is the site author's mistake, reported when the plugin is set up.
import type { CompileOptions } from '../pipeline.js'
import type { ThemeName } from '../model/model.js'
import { DIAGRAM_COMPILE_KEYS } from '../compile-options.js'
import { oneOf, readOptions, type OptionShape } from '../diagnostics/read-options.js'

export interface DiagramOptions {
  /** The diagrams' theme, over each diagram's own `theme:`; default `auto`, which follows the reader's dark mode. */
  readonly theme?: ThemeName | 'diagram'
  /** Class of the element around each diagram (and of the error box); default `lifeline-diagram`. */
  readonly className?: string
  /**
   * What a diagram with errors does: `fail` (the default) stops the build with the Markdown
   * file's path, line and column of each error; `box` puts an error box in the page instead.
   */
  readonly onError?: 'fail' | 'box'
  /** Compiler options besides the theme: asyncDelay, limits, maxDiagnostics. */
  readonly compile?: Omit<CompileOptions, 'theme' | 'idPrefix'>
}

export interface ResolvedOptions {
  /** Undefined when each diagram keeps its own `theme:` (the `diagram` option). */
  readonly theme: ThemeName | undefined
  readonly className: string
  readonly onError: 'fail' | 'box'
  readonly compile: Omit<CompileOptions, 'theme' | 'idPrefix'>
}

const CLASS_NAME = /^-?[A-Za-z_][A-Za-z0-9_-]*( -?[A-Za-z_][A-Za-z0-9_-]*)*$/

const PLUGIN_OPTIONS: OptionShape = {
  noun: 'option',
  example: "{ theme: 'dark' }",
  keys: {
    theme: oneOf(['auto', 'light', 'dark', 'diagram']),
    className: (v) => (typeof v === 'string' && CLASS_NAME.test(v) ? undefined : 'must be one or more CSS class names separated by spaces'),
    onError: oneOf(['fail', 'box']),
    compile: { noun: 'compile option', example: '{ asyncDelay: 2 }', keys: DIAGRAM_COMPILE_KEYS },
  },
}

/**
 * The options with defaults filled in, read by the library's one validator
 * (diagnostics/read-options.ts), with `more` keys of the caller's own (renderDiagrams' root),
 * handed back as they are in `more`; a
 * wrong one throws a TypeError naming it and the plugin when the plugin is set up, as a build
 * tool expects of a misconfigured plugin.
 */
export function resolveOptions(options: DiagramOptions | undefined | null, plugin: string, more: OptionShape['keys'] = {}): ResolvedOptions & { readonly more: Readonly<Record<string, unknown>> } {
  const read = readOptions(options ?? undefined, { ...PLUGIN_OPTIONS, keys: { ...PLUGIN_OPTIONS.keys, ...more } })
  if (read.problems.length > 0) throw new TypeError(`${plugin}: ${read.problems.join('; ')}`)
  const { theme = 'auto', className = 'lifeline-diagram', onError = 'fail', compile = {}, ...rest }: DiagramOptions & Record<string, unknown> = read.values
  return { theme: theme === 'diagram' ? undefined : theme, className, onError, compile, more: rest }
}
