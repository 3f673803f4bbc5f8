// The options every Markdown plugin takes (remark, rehype, markdown-it), their defaults, and
// their check: a wrong option is the site author's mistake, reported when the plugin is set up.
import type { CompileOptions } from '../pipeline.js'
import type { ThemeName } from '../model/model.js'

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

const THEMES = ['auto', 'light', 'dark', 'diagram']
const CLASS_NAME = /^-?[A-Za-z_][A-Za-z0-9_-]*( -?[A-Za-z_][A-Za-z0-9_-]*)*$/

/** The options with defaults filled in; throws a TypeError naming a wrong one. */
export function resolveOptions(options: DiagramOptions | undefined | null, plugin: string): ResolvedOptions {
  const given = options ?? {}
  const wrong = (name: string, expected: string): never => {
    throw new TypeError(`${plugin}: option ${name} must be ${expected}, not ${JSON.stringify((given as Record<string, unknown>)[name])}`)
  }
  const theme = given.theme ?? 'auto'
  if (!THEMES.includes(theme)) wrong('theme', "'auto', 'light', 'dark' or 'diagram'")
  const className = given.className ?? 'lifeline-diagram'
  if (typeof className !== 'string' || !CLASS_NAME.test(className)) wrong('className', 'one or more CSS class names separated by spaces')
  const onError = given.onError ?? 'fail'
  if (onError !== 'fail' && onError !== 'box') wrong('onError', "'fail' or 'box'")
  if (given.compile !== undefined && (typeof given.compile !== 'object' || given.compile === null)) wrong('compile', 'an object of compile options')
  return { theme: theme === 'diagram' ? undefined : theme, className, onError, compile: given.compile ?? {} }
}
