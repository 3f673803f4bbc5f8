// The glob subset lifeline expands itself, for shells that pass patterns through.
import { describe, expect, test } from 'vitest'
import { expandBraces, segmentRegExp } from '../../src/cli/glob.js'

describe('glob patterns', () => {
  test.each([
    { pattern: '*.seq', yes: ['a.seq', 'a.b.seq'], no: ['.a.seq', 'a.seqx', 'a/b.seq'] },
    { pattern: '.*.seq', yes: ['.a.seq'], no: ['a.seq'] },
    { pattern: 'd??.seq', yes: ['d01.seq'], no: ['d1.seq', 'd001.seq'] },
    { pattern: '[ab]*', yes: ['a', 'bc'], no: ['c'] },
    { pattern: '[!ab]*', yes: ['c'], no: ['a', 'b'] },
    { pattern: 'a+(b).seq', yes: ['a+(b).seq'], no: ['ab.seq'] },
  ])('$pattern', ({ pattern, yes, no }) => {
    const re = segmentRegExp(pattern)
    for (const name of yes) expect(re.test(name), name).toBe(true)
    for (const name of no) expect(re.test(name), name).toBe(false)
  })

  test('braces expand, nested too, and a lone brace stays literal', () => {
    expect(expandBraces('docs/{a,b}/*.seq')).toEqual(['docs/a/*.seq', 'docs/b/*.seq'])
    expect(expandBraces('{x,y{1,2}}')).toEqual(['x', 'y1', 'y2'])
    expect(expandBraces('{x}')).toEqual(['{x}'])
  })
})
