// Every input that ever made a fuzz test fail, replayed: test/fuzz/corpus/ (the fuzz tests
// add a file there when they find a new failure; commit it with the fix).
import { describe, expect, test } from 'vitest'
import { checkCompile, readCorpus } from './property.js'

const cases = readCorpus()

describe('fuzz corpus: inputs that once failed', () => {
  test('the corpus is not empty', () => {
    expect(cases.length).toBeGreaterThan(0)
  })
  test.each(cases)('$name', ({ source }) => {
    checkCompile(source)
  })
})
