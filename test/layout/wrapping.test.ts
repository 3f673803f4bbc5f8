// Wrapping by the room available: over every example, snippet and fixture no message label is
// wrapped whose arrow has room for it on one line, no wrapped line is one word stranded below
// lines that could share it, and no token that fits on a line is broken.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { LABEL_PAD } from '../../src/layout/constants.js'
import { createFontMeasurer } from '../../src/layout/measure.js'
import { measureText } from '../../src/layout/text.js'
import type { DiagramLayout, ItemLayout, MessageLayout } from '../../src/layout/types.js'
import { stages } from '../helpers.js'

const measurer = createFontMeasurer()
const font = { size: 14, bold: false }
const files = ['examples', 'test/fixtures', 'docs/constructs'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.seq')).map((f) => `${dir}/${f}`),
)

function messages(items: readonly ItemLayout[]): MessageLayout[] {
  return items.flatMap((i) => (i.type === 'message' ? [i] : i.type === 'fragment' ? i.branches.flatMap((b) => messages(b.items)) : []))
}

/** Wrapped labels of level messages between two lifelines, with their arrow's length. */
function wrapped(layout: DiagramLayout): { lines: readonly string[]; arrow: number }[] {
  return messages(layout.items)
    .filter((m) => m.label && m.label.lines.length > 1 && m.flags.length === 0)
    .map((m) => ({ lines: m.label!.lines, arrow: Math.abs(m.paths[0]!.at(-1)!.x - m.paths[0]![0]!.x) }))
}

describe('message labels wrap by the room they have', () => {
  test.each(files)('%s', (file) => {
    const source = readFileSync(file, 'utf8')
    for (const { lines, arrow } of wrapped(stages(source).layout as DiagramLayout)) {
      const whole = lines.join(' ')
      // Written with a line break in the source: not wrapped by the layout.
      if (source.includes(lines[0]!) && !source.includes(whole)) continue
      expect(measurer.width(whole, font), whole).toBeGreaterThan(arrow - 2 * LABEL_PAD)
    }
  })
})

describe('balanced breaks', () => {
  const fixed = { width: (text: string) => [...text].length * 10 }
  test('no word stranded alone on a last line', () => {
    expect(measureText('aaa bbb ccc ddd eee', font, fixed, { maxWidth: 150 }).lines).toEqual(['aaa bbb ccc', 'ddd eee'])
  })
  test('a token that fits on a line is not broken; times and amounts stay whole', () => {
    expect(measureText('due 2024-05-14T09:00Z', font, fixed, { maxWidth: 170 }).lines).toEqual(['due', '2024-05-14T09:00Z'])
    expect(measureText('charge 129.00 EUR', font, fixed, { maxWidth: 120 }).lines).toEqual(['charge', '129.00 EUR'])
  })
  test('a token too wide alone breaks after / . _ -, not after a colon', () => {
    expect(measureText('flow.session_token_exchange_code', font, fixed, { maxWidth: 200 }).lines).toEqual(['flow.session_token_', 'exchange_code'])
  })
  test('an autonumber stays with the first word', () => {
    const layout = stages('autonumber: 100\nwrap: 130\na -> b: settlement completed on time').layout as DiagramLayout
    expect(messages(layout.items)[0]!.label!.lines[0]).toMatch(/^100\.\u00a0settlement/)
  })
})
