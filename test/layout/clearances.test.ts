// Every example, construct snippet and fixture keeps its clearances (clearances.ts), and the
// checker itself finds each fault it looks for.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { DiagramLayout, FragmentLayout, MessageLayout } from '../../src/layout/types.js'
import type { SequenceModel } from '../../src/model/model.js'
import { stages } from '../helpers.js'
import { findClearanceFaults } from './clearances.js'

const files = ['examples', 'test/fixtures', 'docs/constructs'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.seq')).map((f) => `${dir}/${f}`),
)

function laidOut(source: string): { model: SequenceModel; layout: DiagramLayout } {
  const { model, layout } = stages(source)
  return { model: model as SequenceModel, layout: layout as DiagramLayout }
}

describe('frames clear lifelines, guards sit on their keyword, heads clear the edge, boxes clear heads', () => {
  test.each(files)('%s', (file) => {
    const { model, layout } = laidOut(readFileSync(file, 'utf8'))
    expect(findClearanceFaults(model, layout)).toEqual([])
  })
})

describe('the checker finds what it looks for', () => {
  const framed = laidOut('a -> b\nc\nopt ok {\n  a -> b\n}\nb -> c\nc -> ?: out')
  const frame = framed.layout.items.find((i): i is FragmentLayout => i.type === 'fragment')!
  const withFrame = (f: FragmentLayout): DiagramLayout => ({ ...framed.layout, items: framed.layout.items.map((i) => (i === frame ? f : i)) })

  test('a frame side next to a lifeline', () => {
    const c = framed.layout.participants[2]!
    const layout = withFrame({ ...frame, rect: { ...frame.rect, width: c.x + 1 - frame.rect.x } })
    expect(findClearanceFaults(framed.model, layout).join()).toContain('runs 1.0 px from the lifeline of c')
  })

  test('a guard off its keyword baseline', () => {
    const guard = frame.branches[0]!.label!
    const layout = withFrame({ ...frame, branches: [{ ...frame.branches[0]!, label: { ...guard, y: guard.y + 2 } }] })
    expect(findClearanceFaults(framed.model, layout).join()).toContain("2.00 px off its keyword's baseline")
  })

  test('a head at the canvas edge', () => {
    const v = framed.layout.viewBox
    const layout = { ...framed.layout, viewBox: { ...v, width: v.width - 15 } }
    expect(findClearanceFaults(framed.model, layout).join()).toContain("from the canvas's edge")
  })

  test('a box over another head', () => {
    const boxed = laidOut(readFileSync('test/fixtures/box-wide-label.seq', 'utf8'))
    const box = boxed.layout.boxes[0]!
    const layout = { ...boxed.layout, boxes: [{ ...box, rect: { ...box.rect, x: 0, width: box.rect.x + box.rect.width } }] }
    expect(findClearanceFaults(boxed.model, layout).join()).toContain('runs over the head of api')
  })

  test("a box's side through a label that fits beside it", () => {
    const boxed = laidOut(readFileSync('test/fixtures/box-wide-label.seq', 'utf8'))
    const box = boxed.layout.boxes[0]!
    const charge = boxed.layout.items[0] as MessageLayout
    const layout = { ...boxed.layout, boxes: [{ ...box, rect: { ...box.rect, x: charge.label!.box.x + 5 } }] }
    expect(findClearanceFaults(boxed.model, layout).join()).toContain("a box's side runs through the label of the message on line 7")
  })
})
