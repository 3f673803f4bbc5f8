// render/svg.ts draws each diagram in a fresh svgdom window, and svg.js keeps that window in a
// module-wide global: nothing of one diagram may reach the next. Renders A, then B (another diagram, another
// theme), then A again in one process, and compares A's two renderings with each other and
// with A's golden file (written by another process).
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { compile } from '../../src/index.js'

const example = (name: string): { source: string; golden: string } => ({
  source: readFileSync(`examples/${name}.seq`, 'utf8'),
  golden: readFileSync(`examples/${name}.svg`, 'utf8'),
})

test('A, B, A: the second rendering of A is byte-identical to the first and to its golden', () => {
  const a = example('oauth-login')
  const b = example('kafka-order-pipeline')
  const first = compile(a.source).svg
  const between = compile(`theme: dark\n${b.source}`).svg
  const again = compile(a.source).svg
  expect(first).toBe(a.golden)
  expect(again).toBe(first)
  expect(between).toContain('#0d1117')
  expect(between).not.toContain('oauth')
  expect(compile(b.source).svg).toBe(b.golden)
})
