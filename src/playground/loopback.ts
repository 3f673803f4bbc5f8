// Local servers (the playground's, `lifeline watch`'s preview) bind to the loopback address
// only, and answer only requests addressed to it by that name or `localhost`, so a web page
// elsewhere cannot read them through a DNS name pointed at 127.0.0.1 (DNS rebinding).
import type { IncomingMessage, Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export const HOST = '127.0.0.1'

export function addressedToUs(req: IncomingMessage, server: Server): boolean {
  const { port } = server.address() as AddressInfo
  return req.headers.host === `${HOST}:${port}` || req.headers.host === `localhost:${port}`
}

/** Starts listening on HOST; returns the server's address as a URL. */
export async function listenOnLoopback(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, HOST, () => resolve())
  })
  return `http://${HOST}:${(server.address() as AddressInfo).port}/`
}
