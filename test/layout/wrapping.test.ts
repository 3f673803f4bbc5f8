// Wrapping by the room available: over every example, snippet and fixture no message label,
// guard, note or divider is wrapped whose room holds it on one line, no short word is stranded
// on a line of its own, and no token that fits on a line is broken (wrapped-texts.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { measureText } from '../../src/layout/text.js'
import type { DiagramLayout, ItemLayout, MessageLayout } from '../../src/layout/types.js'
import type { SequenceModel } from '../../src/model/model.js'
import { stages } from '../helpers.js'
import { findWrappingFaults, wrappedTexts } from './wrapped-texts.js'

const font = { size: 14, bold: false }
const files = ['examples', 'test/fixtures', 'docs/constructs'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.seq')).map((f) => `${dir}/${f}`),
)

function messages(items: readonly ItemLayout[]): MessageLayout[] {
  return items.flatMap((i) => (i.type === 'message' ? [i] : i.type === 'fragment' ? i.branches.flatMap((b) => messages(b.items)) : []))
}

function faults(source: string): string[] {
  const { model, layout } = stages(source)
  return findWrappingFaults(wrappedTexts(model as SequenceModel, layout as DiagramLayout))
}

describe('labels, guards, notes and dividers wrap by the room they have', () => {
  test.each(files)('%s', (file) => {
    expect(faults(readFileSync(file, 'utf8'))).toEqual([])
  })
})

describe('the wrapping check finds what it looks for', () => {
  const block = (lines: string[]) => ({ lines, x: 0, y: 0, anchor: 'start' as const, fontSize: 14, lineHeight: 19.6, bold: false, box: { x: 0, y: 0, width: 0, height: 0 } })
  const check = (source: string, lines: string[], room: number) => findWrappingFaults([{ what: 'it', block: block(lines), source, room }])
  test('a guard wrapped inside a frame that would hold it', () => {
    expect(check('[payment ok]', ['[payment', 'ok]'], 400).join()).toContain('is wrapped although its room')
  })
  test('a short word stranded on a line of its own', () => {
    expect(check('window closes at noon sharp today', ['window closes', 'at', 'noon sharp today'], 130).join()).toContain('strands "at"')
  })
  test('a break inside a token that fits on a line', () => {
    expect(check('due 2024-05-14T09:00Z', ['due 2024-05-', '14T09:00Z'], 200).join()).toContain('breaks "2024-05-14T09:00Z"')
  })
  test('a token too wide for its room may break, and a forced break is no wrap', () => {
    expect(check('flow.session_token_exchange_code', ['flow.session_token_', 'exchange_code'], 150)).toEqual([])
    expect(check('first\nsecond', ['first', 'second'], 400)).toEqual([])
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
