// The one safety check only a real process can make: standard output is a full device, so the
// write fails with ENOSPC in the built binary's own stream handling (root only: mknod).
import { spawnSync } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { mknod, scratch } from './in-process.js'

const GOOD = 'a -> b: hello\n'
const isRoot = process.getuid?.() === 0

test.runIf(isRoot)('standard output on a full device (ENOSPC): one line, exit 1 (the built binary)', () => {
  const dir = scratch({ 'x.seq': GOOD })
  const full = openSync(mknod(dir, 'full', 7), 'w')
  try {
    const r = spawnSync(process.execPath, [resolve('bin/lifeline.js'), '-'], { input: GOOD, stdio: ['pipe', full, 'pipe'], encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('lifeline: error: cannot write to standard output (ENOSPC)\n')
  } finally {
    closeSync(full)
  }
})
