// What `lifeline md` writes and how it recognises its own work again: the SVG's file name
// (from the block's `name=` or a hash of its source, so adding a block elsewhere renames
// nothing), the marker comment inside each SVG it owns, and the image link after a fence.
import { createHash } from 'node:crypto'
import { basename, dirname, extname, relative, sep } from 'node:path'

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
const HASH_LENGTH = 10

export function isValidName(name: string): boolean {
  return NAME.test(name)
}

/** The stem every SVG of one Markdown file shares: `README` for `docs/README.md`. */
export function stemOf(markdown: string): string {
  return basename(markdown, extname(markdown))
}

/** `<stem>-<name>.svg`, or `<stem>-<hash of the source>.svg` for an unnamed block. */
export function svgFileName(markdown: string, name: string | undefined, source: string): string {
  const id = name ?? createHash('sha256').update(source).digest('hex').slice(0, HASH_LENGTH)
  return `${stemOf(markdown)}-${id}.svg`
}

/** Whether a file name has the shape of one of this Markdown file's SVGs. */
export function looksOwned(markdown: string, fileName: string): boolean {
  const stem = stemOf(markdown)
  return fileName.startsWith(`${stem}-`) && fileName.endsWith('.svg') && NAME.test(fileName.slice(stem.length + 1, -'.svg'.length))
}

const posix = (path: string): string => path.split(sep).join('/')

/** The comment inside an SVG that says which Markdown file it was rendered from. */
export function marker(svgPath: string, markdown: string): string {
  return `<!-- lifeline md: ${commentText(posix(relative(dirname(svgPath), markdown)))} -->`
}

/**
 * A file name as XML comment text, well-formed whatever it holds: `%`, characters XML cannot
 * carry (controls, lone surrogates, U+FFFE/U+FFFF) and `-` (so no `--` and no `-` before the
 * closing `-->`) are percent-encoded byte by byte; nothing else changes.
 */
function commentText(name: string): string {
  return name.replace(/[%\-\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    c === '-' ? (name.includes('--') || name.endsWith('-') ? '%2D' : '-') : [...Buffer.from(c.replace(/[\ud800-\udfff]/, '\ufffd'))].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  )
}

/** The SVG with the marker as its second line (after the opening `<svg ...>` tag). */
export function withMarker(svg: string, svgPath: string, markdown: string): string {
  const cut = svg.indexOf('\n') + 1
  return `${svg.slice(0, cut)}${marker(svgPath, markdown)}\n${svg.slice(cut)}`
}

/** The link target, relative to the Markdown file, as a URL path. */
export function linkTarget(markdown: string, svgPath: string): string {
  return posix(relative(dirname(markdown), svgPath))
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
}

/** The image's alt text: the SVG's `<title>`, as Markdown text on one line. */
export function altText(svg: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? 'sequence diagram'
  const text = title.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&')
  return text.replace(/\s+/g, ' ').trim().replace(/[\\[\]]/g, '\\$&')
}

/** Written after every link `lifeline md` puts in a Markdown file: how it knows the line is its own. */
export const LINK_MARKER = '<!-- lifeline md -->'

const IMAGE_LINK = /^!\[(?:[^\]\\]|\\.)*\]\(([^()\s]+)\)(<!-- lifeline md -->)?[ \t]*$/

/**
 * The target of a link line (the containers' prefix removed) that `lifeline md` wrote: one that
 * ends with LINK_MARKER, or (as written before the marker existed) exactly the link it would
 * write now, `expected`. Any other line, a user's own image link included, is never touched.
 */
export function ownLinkTarget(line: string, expected: string): string | undefined {
  const match = IMAGE_LINK.exec(line)
  const target = match?.[1]
  if (target === undefined || (match?.[2] === undefined && target !== expected)) return undefined
  try {
    return decodeURIComponent(target)
  } catch {
    return undefined
  }
}
