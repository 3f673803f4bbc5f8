// The diagram kept in the page's address, so a link reopens it: `#src=` and the source,
// deflated and base64url-encoded (a diagram of a hundred lines stays a link that chat tools
// and browsers accept), then `&theme=` when not auto. The fragment never reaches a server.
import type { ThemeName } from '../../browser/index.js'

export interface Shared {
  readonly source: string
  readonly theme: ThemeName
}

const THEMES: readonly string[] = ['auto', 'light', 'dark']

async function transform(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Blob([bytes]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(out).arrayBuffer())
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** The fragment (with its `#`) that holds `shared`. */
export async function encodeFragment(shared: Shared): Promise<string> {
  const packed = toBase64Url(await transform(new TextEncoder().encode(shared.source), new CompressionStream('deflate-raw')))
  return `#src=${packed}${shared.theme === 'auto' ? '' : `&theme=${shared.theme}`}`
}

/** What a fragment holds, or undefined when it holds no diagram (or a damaged one). */
export async function decodeFragment(fragment: string): Promise<Shared | undefined> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''))
  const packed = params.get('src')
  if (!packed) return undefined
  try {
    const source = new TextDecoder('utf-8', { fatal: true }).decode(await transform(fromBase64Url(packed), new DecompressionStream('deflate-raw')))
    const theme = params.get('theme') ?? 'auto'
    return { source, theme: THEMES.includes(theme) ? (theme as ThemeName) : 'auto' }
  } catch {
    return undefined
  }
}
