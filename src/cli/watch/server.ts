// The preview's HTTP side, on node:http alone: GET / is the page, GET /events a server-sent
// event stream that gets the current state on connecting and every new state after. It binds
// to the loopback address only, and answers only requests addressed to it by that name
// (playground/loopback.ts), so a web page elsewhere cannot read the diagram. A
// client that does not read what it is sent is disconnected once MAX_BACKLOG_BYTES wait for
// it, so twenty stuck tabs cost at most twenty backlogs, not memory without bound; a browser's
// EventSource reconnects by itself and gets the current state, which is all that matters.
import { createServer, type ServerResponse } from 'node:http'
import { addressedToUs, listenOnLoopback } from '../../playground/loopback.js'
import { previewPage } from './page.js'

/** Bytes that may wait unsent for one client before it is disconnected: room for a big diagram or two. */
export const MAX_BACKLOG_BYTES = 16 * 1024 * 1024

export interface PreviewState {
  /** The last picture that compiled, or null if none has yet. */
  readonly svg: string | null
  /** The diagnostics of the latest version, as the terminal shows them; '' when none. */
  readonly report: string
  /** False when the latest version has errors (svg is then an older one). */
  readonly ok: boolean
}

export interface PreviewServer {
  readonly url: string
  publish(state: PreviewState): void
  close(): Promise<void>
}

export async function startPreviewServer(port: number, fileName: string, initial: PreviewState): Promise<PreviewServer> {
  let state = initial
  const streams = new Set<ServerResponse>()
  const page = previewPage(fileName)
  const send = (res: ServerResponse): void => {
    if (res.writableLength > MAX_BACKLOG_BYTES) {
      streams.delete(res)
      res.destroy()
      return
    }
    res.write(`data: ${JSON.stringify(state)}\n\n`)
  }
  const server = createServer((req, res) => {
    if (!addressedToUs(req, server)) {
      res.writeHead(403).end('lifeline watch answers only on 127.0.0.1 and localhost\n')
    } else if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end()
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page)
    } else if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      streams.add(res)
      res.on('close', () => streams.delete(res))
      send(res)
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
    }
  })
  const url = await listenOnLoopback(server, port)
  return {
    url,
    publish: (next) => {
      state = next
      for (const res of streams) send(res)
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of streams) res.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
