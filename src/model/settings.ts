// Diagram settings (`key: value` at the top level). `autonumber` is positional (it can restart
// part-way), so build.ts handles it; the rest hold for the whole diagram, the last one winning.
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.js'
import type * as Ast from '../syntax/ast.js'
import { styled, type Styled } from './inline-styles.js'
import { THEME_NAMES, type Settings, type ThemeName } from './model.js'
import { didYouMean } from '../diagnostics/suggest.js'
import { parseCount } from './values.js'

export const DEFAULT_WRAP = 240

export interface GlobalSettings extends Settings {
  /** Delay of every `->>` message that has no `delay` of its own. */
  readonly asyncDelay: number
}

/** Defaults a caller may give for settings the file leaves unset; the file's own value wins. */
export interface SettingDefaults {
  readonly asyncDelay?: number
}

export function readSettings(statements: readonly Ast.Statement[], diagnostics: Diagnostic[], defaults: SettingDefaults = {}): GlobalSettings {
  let title: Styled | undefined
  let theme: ThemeName = 'light'
  let wrap = DEFAULT_WRAP
  let asyncDelay = defaults.asyncDelay ?? 0
  let footbox: Settings['footbox'] = 'auto'
  const seen = new Set<string>()
  for (const s of statements) {
    if (s.kind !== 'setting' || s.key === 'autonumber') continue
    if (seen.has(s.key)) diagnostics.push(warning('duplicate-setting', `'${s.key}' is set twice; the last value wins`, s.keySpan))
    seen.add(s.key)
    const text = s.value?.value ?? ''
    const at = s.value?.span ?? s.keySpan
    switch (s.key) {
      case 'title':
        title = styled(text)
        break
      case 'theme': {
        const found = THEME_NAMES.find((t) => t === text)
        if (found) theme = found
        else diagnostics.push(error('invalid-value', `unknown theme '${text}'${didYouMean(text, THEME_NAMES) || `; themes are ${THEME_NAMES.join(', ')}`}`, at))
        break
      }
      case 'footbox':
        if (text === 'auto' || text === 'true' || text === 'false') footbox = text === 'auto' ? 'auto' : text === 'true'
        else diagnostics.push(error('invalid-value', `footbox takes auto, true or false, found '${text}'`, at))
        break
      case 'wrap':
      case 'async-delay': {
        const parsed = parseCount(text, s.key, s.key === 'wrap' ? 40 : 0)
        if (!parsed.ok) diagnostics.push(error('invalid-value', parsed.message, at))
        else if (s.key === 'wrap') wrap = parsed.value
        else asyncDelay = parsed.value
        break
      }
    }
  }
  return { title, theme, wrap, footbox, asyncDelay }
}
