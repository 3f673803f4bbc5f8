// The benchmark's tables when the CLI refuses a size (the huge diagram is past the default
// statement limit): the cold cells say so instead of printing a time.
import { expect, test } from 'vitest'
import { SIZES } from '../../scripts/bench/generate.js'
import { lifelineTable, targets, type Run } from '../../scripts/bench/report.js'

test('a size the CLI refuses shows as refused, and its cold target as not measured', () => {
  const huge = SIZES.find((s) => s.name === 'huge')
  const large = SIZES.find((s) => s.name === 'large')
  if (!huge || !large) throw new Error('the bench sizes changed')
  const run: Run = {
    floor: [50],
    sizes: [
      { size: large, inProcess: { median: 40, spread: [30, 50], runs: 9 }, cold: { median: 200, runs: 3 }, peakBytes: 2 ** 27, outputBytes: 2048 },
      { size: huge, inProcess: { median: 500, spread: [450, 600], runs: 3 }, cold: undefined, peakBytes: undefined, outputBytes: 2 ** 21 },
    ],
    batch: undefined,
    pkg: undefined,
    peers: undefined,
  }
  expect(lifelineTable(run)).toContain('| huge | 50 | 10,000 | 500 ms (450 ms–600 ms, 3 runs) | refused (limits) | n/a | n/a | 2.0 MB |')
  const verdicts = new Map(targets(run).map((t) => [t.name, t.verdict]))
  expect(verdicts.get('cold CLI, large ≤ 3× floor')).toBe('NOT met (4.0×)')
  expect(verdicts.get('in-process huge ≤ 1 s')).toBe('met (500 ms)')
})

test('the install and import line, and the import targets against the floor', () => {
  const run: Run = {
    floor: [50],
    sizes: [],
    batch: undefined,
    pkg: { tarballBytes: 400 * 1024, installSeconds: 2.5, installFiles: 40, installBytes: 5 * 2 ** 20, installPackages: 3, requireMs: 90, importMs: 110 },
    peers: undefined,
  }
  expect(lifelineTable(run)).toContain('put 3 packages, 40 files, 5.0 MB into node_modules')
  expect(lifelineTable(run)).toContain("`require('lifeline-diagrams')` 90 ms (1.8× floor), `import 'lifeline-diagrams'` 110 ms (2.2× floor)")
  const verdicts = new Map(targets(run).map((t) => [t.name, t.verdict]))
  expect(verdicts.get('library import ≤ 2× floor (require)')).toBe('met (1.8×)')
  expect(verdicts.get('library import ≤ 2× floor (import)')).toBe('NOT met (2.2×)')
})
