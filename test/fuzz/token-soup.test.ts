// Fuzz: "token soup", the language's own keywords, arrows, braces, quotes and line breaks in
// random order, which reaches deeper into the parser and its error recovery than random text.
import { test } from '@fast-check/vitest'
import { afterAll, describe } from 'vitest'
import { tokenSoup } from './arbitraries.js'
import { checkCompile, fuzzParams, fuzzTimeout, keepFailures, reportTried } from './property.js'

describe('fuzz: token soup', () => {
  keepFailures()
  afterAll(() => reportTried('token soup'))
  test.prop([tokenSoup], fuzzParams(1000))('compile returns safe SVG or diagnostics inside the input', (source) => {
    checkCompile(source)
  }, fuzzTimeout())
})
