// The library's entry points: compile's asyncDelay option, and check (validation only).
import { describe, expect, test } from 'vitest'
import { check, compile } from '../src/index.js'

describe('asyncDelay option', () => {
  test('slants ->> messages of a diagram that sets no async-delay', () => {
    expect(compile('a ->> b: job\n').svg).not.toContain('slanted')
    expect(compile('a ->> b: job\n', { asyncDelay: 2 }).svg).toContain('slanted')
  })
  test("the file's own async-delay wins", () => {
    expect(compile('async-delay: 0\na ->> b: job\n', { asyncDelay: 2 }).svg).not.toContain('slanted')
  })
})

describe('check', () => {
  test('reports syntax and semantic diagnostics, as compile does, without rendering', () => {
    for (const source of ['a -> b\nweb db: x\n', 'a -> b\nnote over zed: hi\n', 'a -> b\ndeactivate a\n', 'a -> b\n']) {
      expect(check(source).diagnostics).toEqual(compile(source).diagnostics)
    }
    expect(check('a -> b\nnote over zed: hi\n').diagnostics.map((d) => d.code)).toEqual(['unknown-participant'])
  })
})
