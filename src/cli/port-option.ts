// The --port option of the commands that serve a page on 127.0.0.1 (watch, playground).
import { InvalidArgumentError } from 'commander'

const MAX_PORT = 65535

export const PORT_HELP = 'port to listen on; 0 picks a free one'

export function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > MAX_PORT) throw new InvalidArgumentError(`--port takes a whole number from 0 to ${MAX_PORT}`)
  return port
}
