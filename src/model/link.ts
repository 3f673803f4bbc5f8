// Links on participants and messages: the `link:` and `tooltip:` attributes, read into one
// value. The link target was checked by values.ts parseLink (http, https, mailto, relative).
import type { Link } from './model.js'

/** The `link:` / `tooltip:` of a participant or a message, if either is set. */
export function linkOf(attrs: ReadonlyMap<string, unknown>): Link | undefined {
  const href = attrs.get('link') as string | undefined
  const tooltip = attrs.get('tooltip') as string | undefined
  return href === undefined && tooltip === undefined ? undefined : { href, tooltip }
}
