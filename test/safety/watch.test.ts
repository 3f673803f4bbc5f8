// `lifeline watch` stays bounded and awake: a client that never reads is disconnected once its
// backlog is full (the others keep up), and a watched folder that is removed and re-created
// is watched again. In process, on the real file system and the loopback network.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { nodeIo } from '../../src/cli/io.js'
import { MAX_BACKLOG_BYTES, startPreviewServer } from '../../src/cli/watch/server.js'
import { watchFile } from '../../src/cli/watch/watch-file.js'

/** Resolves once `condition` holds, checking on each call of the returned poke (no clock in the assertion). */
function until(condition: () => boolean): { reached: Promise<void>; poke: () => void } {
  let done: () => void = () => undefined
  const reached = new Promise<void>((resolve) => (done = resolve))
  const poke = (): void => {
    if (condition()) done()
  }
  return { reached, poke }
}

describe('a client that never reads', () => {
  test('is disconnected once its backlog passes the bound; a reading client gets every state', async () => {
    const server = await startPreviewServer(0, 'd.seq', { svg: null, report: '', ok: true })
    const { port } = new URL(server.url)
    // The stuck client: sends its request, then never reads a byte until the end.
    const stuck = connect(Number(port), '127.0.0.1')
    stuck.pause()
    stuck.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)
    let stuckClosed = false
    stuck.on('close', () => (stuckClosed = true))
    // A well-behaved client, reading everything.
    let received = 0
    const states = 40
    let waiting: (() => void) | undefined
    const reader = { poke: () => waiting?.() }
    const res = await new Promise<import('node:http').IncomingMessage>((resolve) =>
      request({ host: '127.0.0.1', port, path: '/events', headers: { host: `127.0.0.1:${port}` } }, resolve).end(),
    )
    let buffered = ''
    res.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const events = buffered.split('\n\n')
      buffered = events.pop() ?? ''
      received += events.length
      reader.poke()
    })
    await new Promise((resolve) => setTimeout(resolve, 100)) // let both connections be accepted
    const svg = `<svg>${'x'.repeat(1024 * 1024)}</svg>` // 1 MB a state: 40 MB in all
    // The reading client keeps up (each state arrives before the next is published); the stuck one falls behind.
    for (let i = 0; i < states; i++) {
      const arrived = new Promise<void>((resolve) => (waiting = () => received >= i + 2 && resolve()))
      server.publish({ svg: `${svg}${i}`, report: '', ok: true })
      await arrived
    }
    expect(received).toBe(states + 1)
    // Drain what the stuck client was sent: bounded by the backlog and the kernel's buffers, then closed.
    let stuckBytes = 0
    stuck.on('data', (chunk: Buffer) => (stuckBytes += chunk.length))
    const closed = new Promise((resolve) => stuck.on('close', resolve))
    stuck.resume()
    await closed
    expect(stuckClosed).toBe(true)
    expect(stuckBytes).toBeLessThan(MAX_BACKLOG_BYTES + 8 * 1024 * 1024)
    res.destroy()
    await server.close()
  }, 30_000)
})

describe('the watched folder', () => {
  test('removed and re-created: the watch follows the new folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lifeline-safety-watch-'))
    const folder = join(root, 'docs')
    mkdirSync(folder)
    const file = join(folder, 'd.seq')
    writeFileSync(file, 'a -> b\n')
    let calls = 0
    let afterRecreate = false
    let seenAfterRecreate = 0
    const changed = until(() => seenAfterRecreate >= 1)
    const stop = watchFile(nodeIo(), file, () => {
      calls++
      if (afterRecreate) seenAfterRecreate++
      changed.poke()
    })
    await new Promise((resolve) => setTimeout(resolve, 200)) // the watch starts
    rmSync(folder, { recursive: true })
    await new Promise((resolve) => setTimeout(resolve, 400))
    mkdirSync(folder)
    afterRecreate = true
    writeFileSync(file, 'a -> b: again\n')
    await changed.reached
    // And it keeps watching the new folder: one more save is seen too.
    const before = seenAfterRecreate
    const again = until(() => seenAfterRecreate > before)
    const interval = setInterval(again.poke, 50)
    writeFileSync(file, 'a -> b: third\n')
    await again.reached
    clearInterval(interval)
    stop()
    expect(calls).toBeGreaterThanOrEqual(2)
    rmSync(root, { recursive: true })
  }, 30_000)
})
