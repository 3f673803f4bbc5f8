// Fuzz: every example with lines and characters deleted, duplicated and swapped, so layout and
// render see almost-valid diagrams, not only the parser.
import { test } from '@fast-check/vitest'
import { afterAll, describe, expect } from 'vitest'
import { applyEdits, edits, EXAMPLES, type Edit } from './arbitraries.js'
import { checkCompile, fuzzParams, fuzzTimeout, keepFailures, reportTried } from './property.js'

describe('fuzz: mutated examples', () => {
  keepFailures()
  afterAll(() => reportTried('mutated examples'))
  for (const example of EXAMPLES) {
    test.prop([edits], fuzzParams(480, EXAMPLES.length))(`${example.name}: compile returns safe SVG or diagnostics inside the input`, (list) => {
      checkCompile(applyEdits(example.text, list))
    }, fuzzTimeout())
  }
  test.each([
    { edit: { op: 'delete', unit: 'line', at: 1, other: 0 }, out: 'a\nc' },
    { edit: { op: 'duplicate', unit: 'line', at: 4, other: 0 }, out: 'a\nb\nb\nc' },
    { edit: { op: 'swap', unit: 'line', at: 0, other: 2 }, out: 'c\nb\na' },
    { edit: { op: 'delete', unit: 'char', at: 0, other: 0 }, out: '\nb\nc' },
    { edit: { op: 'swap', unit: 'char', at: 0, other: 2 }, out: 'b\na\nc' },
  ] as { edit: Edit; out: string }[])('edit $edit.op $edit.unit', ({ edit, out }) => {
    expect(applyEdits('a\nb\nc', [edit])).toBe(out)
  })
})
