// `lifeline playground`'s server: the playground's static files (dist/playground/, the same
// files a static host can publish) on 127.0.0.1, read once at start. GET and HEAD only, no
// other paths, nothing written; it opens no browser by itself.
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import { addressedToUs, listenOnLoopback } from './loopback.js'


const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
}

export interface PlaygroundServer {
  readonly url: string
  close(): Promise<void>
}

/** Serves `folder`'s files; throws if it cannot be read or the port cannot be bound. */
/** `folder` is the built site (dist/playground/; the command line finds it in the package). */
export async function startPlaygroundServer(port: number, folder: string): Promise<PlaygroundServer> {
  const files = new Map(readdirSync(folder).filter((name) => TYPES[extname(name)]).map((name) => [`/${name}`, readFileSync(join(folder, name))]))
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname
    const body = files.get(path === '/' ? '/index.html' : path)
    if (!addressedToUs(req, server)) res.writeHead(403).end('lifeline playground answers only on 127.0.0.1 and localhost\n')
    else if (req.method !== 'GET' && req.method !== 'HEAD') res.writeHead(405, { allow: 'GET, HEAD' }).end()
    else if (!body) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
    else res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'], 'cache-control': 'no-cache' }).end(req.method === 'HEAD' ? undefined : body)
  })
  const url = await listenOnLoopback(server, port)
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
