// Fuzz: arbitrary text (any UTF-16, lone surrogates, control characters, every line break).
import { test } from '@fast-check/vitest'
import { afterAll, describe } from 'vitest'
import { anyText } from './arbitraries.js'
import { checkCompile, fuzzParams, fuzzTimeout, keepFailures, reportTried } from './property.js'

describe('fuzz: arbitrary strings', () => {
  keepFailures()
  afterAll(() => reportTried('arbitrary strings'))
  test.prop([anyText], fuzzParams(1000))('compile returns safe SVG or diagnostics inside the input', (source) => {
    checkCompile(source)
  }, fuzzTimeout())
})
