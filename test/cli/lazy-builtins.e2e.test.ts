// What a plain render loads of Node: the bundle loads the HTTP server (watch), worker threads
// (large batches) and child processes (commander's executable subcommands) only on first use
// (scripts/bundle.mjs), since each costs milliseconds of every start. Node lists the
// built-in modules it has loaded in process.moduleLoadList; a preloaded script prints it at exit.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { BIN, GOOD, workdir } from './spawn.js'

const PRINT_LOADED = "process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList)))\n"
const LAZY = ['http', 'worker_threads', 'child_process']

function loadedBy(args: string[]): string[] {
  const dir = workdir({ 'a.seq': GOOD, 'print-loaded.cjs': PRINT_LOADED })
  for (let i = 0; i < 20; i++) writeFileSync(join(dir, `many-${i}.seq`), GOOD)
  const r = spawnSync(process.execPath, ['--require', './print-loaded.cjs', BIN, ...args], { cwd: dir, encoding: 'utf8' })
  expect(r.status).toBe(0)
  const list = JSON.parse(r.stderr.slice(r.stderr.indexOf('["'))) as string[]
  return list.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length))
}

test('rendering one file loads no HTTP server, worker threads or child processes', () => {
  const loaded = loadedBy(['a.seq', '-o', 'a.svg'])
  expect(loaded).toContain('fs/promises') // the list is the real one
  expect(LAZY.filter((m) => loaded.includes(m))).toEqual([])
})

test('a batch large enough for worker threads loads them when it needs them', () => {
  expect(loadedBy(['many-*.seq', '-o', 'out/'])).toContain('worker_threads')
})
