// `npm run bench` is a measurement, not a test: this only proves it still runs, at the small
// size with two runs of each command, and prints its table. No time is asserted.
import { spawnSync } from 'node:child_process'
import { expect, test } from 'vitest'

test('the benchmark runs at the small size and prints its table; --runs sets the runs', () => {
  const r = spawnSync(process.execPath, ['dist/scripts/bench/bench.js', '--sizes', 'small', '--runs', '2'], { encoding: 'utf8' })
  expect([r.status, r.stderr.includes('bench:')]).toEqual([0, false])
  expect(r.stdout).toMatch(/^\| small \| 6 \| 8 \| [\d.]+ ms \([^)]*, 2 runs\) .*\|$/m)
  expect(r.stdout).toMatch(/^\| cold CLI, small ≤ 2× floor \| (met|NOT met) /m)
  expect(r.stdout).not.toMatch(/^\| medium /m)
}, 120_000)
