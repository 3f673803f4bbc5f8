// Every example is a golden case: examples/NAME.seq must render to exactly examples/NAME.svg.
// On a difference the new output is written to examples/NAME.got.svg (git-ignored) for
// review; `ACCEPT=1 npm test` (or `npm run accept`) makes it the new golden file.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { compile } from '../../src/index.js'
import { parseXml } from '../helpers.js'

const DIR = 'examples'
const accept = process.env['ACCEPT'] === '1'
const cases = readdirSync(DIR).filter((f) => f.endsWith('.seq')).map((f) => f.slice(0, -4)).sort()

describe('golden SVGs of the examples', () => {
  test('there are examples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })

  test.each(cases)('%s', (name) => {
    const result = compile(readFileSync(`${DIR}/${name}.seq`, 'utf8'))
    expect(result.diagnostics).toEqual([])
    const svg = result.svg ?? ''
    parseXml(svg)
    const expected = `${DIR}/${name}.svg`
    const got = `${DIR}/${name}.got.svg`
    if (existsSync(expected) && readFileSync(expected, 'utf8') === svg) {
      rmSync(got, { force: true })
      return
    }
    writeFileSync(got, svg)
    if (accept) {
      renameSync(got, expected)
      return
    }
    expect.fail(`${expected} differs from the new output in ${got}: review it, then rerun with ACCEPT=1 to accept`)
  })
})
