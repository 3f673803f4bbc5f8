// Every example, construct snippet and fixture is free of geometric collisions (collisions.ts),
// and the checker itself finds each kind of collision it looks for.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { arrowhead } from '../../src/layout/geometry.js'
import type { DiagramLayout, FragmentLayout, MessageLayout } from '../../src/layout/types.js'
import type { SequenceModel } from '../../src/model/model.js'
import { stages } from '../helpers.js'
import { findBarProblems } from './bar-checks.js'
import { findCollisions } from './collisions.js'

const files = ['examples', 'test/fixtures', 'docs/constructs'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.seq')).map((f) => `${dir}/${f}`),
)

describe('no collisions of lines, heads, labels and frames', () => {
  test.each(files)('%s', (file) => {
    const { layout, model } = stages(readFileSync(file, 'utf8'))
    expect([...findCollisions(layout as DiagramLayout), ...findBarProblems(layout as DiagramLayout, model as SequenceModel)]).toEqual([])
  })
})

/** A layout of `source` with its messages replaced by `edit`'s. */
function edited(source: string, edit: (messages: MessageLayout[]) => MessageLayout[]): DiagramLayout {
  const layout = stages(source).layout as DiagramLayout
  const messages = layout.items.filter((i): i is MessageLayout => i.type === 'message')
  return { ...layout, items: edit(messages) }
}

describe('the checker finds what it looks for', () => {
  test('a line through a label', () => {
    const layout = edited('a -> b: a label\nb -> c', ([m, n]) => {
      const box = m!.label!.box
      const y = box.y + box.height / 2
      return [m!, { ...n!, paths: [[{ x: box.x - 10, y }, { x: box.x + box.width + 10, y }]] }]
    })
    expect(findCollisions(layout).join()).toContain('passes through the label')
  })

  test('a head touching another line, and two lines on one line', () => {
    const layout = edited('a -> b\na -> b', ([m, n]) => [m!, { ...n!, paths: m!.paths, arrowheads: m!.arrowheads }])
    const found = findCollisions(layout).join()
    expect(found).toContain('touches the line')
    expect(found).toContain('lie on one line')
  })

  test('an arrival on a frame edge, and a message leaving its frame', () => {
    const layout = stages('a -> b\nopt x {\n b ->> a: later { delay: 1 }\n}').layout as DiagramLayout
    const frame = layout.items.find((i): i is FragmentLayout => i.type === 'fragment')!
    const inner = frame.branches[0]!.items[0] as MessageLayout
    const bottom = frame.rect.y + frame.rect.height
    const moved = (y: number): MessageLayout => ({
      ...inner,
      paths: [[inner.paths[0]![0]!, { ...inner.paths[0]![1]!, y }]],
      arrowheads: [{ ...inner.arrowheads[0]!, points: [inner.arrowheads[0]!.points[0], { ...inner.arrowheads[0]!.points[1], y }, inner.arrowheads[0]!.points[2]] }],
    })
    const withInner = (m: MessageLayout): DiagramLayout =>
      ({ ...layout, items: layout.items.map((i) => (i === frame ? { ...frame, branches: [{ ...frame.branches[0]!, items: [m] }] } : i)) })
    expect(findCollisions(withInner(moved(bottom))).join()).toContain('arrives on an edge of the opt frame')
    expect(findCollisions(withInner(moved(bottom + 40))).join()).toContain('ends outside it')
  })
})

describe('the bar checker finds what it looks for', () => {
  const problems = (layout: DiagramLayout, source: string): string => findBarProblems(layout, stages(source).model as SequenceModel).join()

  test('a message that ends on the lifeline while a bar is open there', () => {
    const source = 'a -> +b: call\na -> b: more'
    const layout = edited(source, ([m, n]) => {
      const tip = { ...n!.paths[0]![1]!, x: layoutOf(source).participants[1]!.x }
      return [m!, { ...n!, paths: [[n!.paths[0]![0]!, tip]] }]
    })
    expect(problems(layout, source)).toContain('not at the edge of the innermost bar of b')
  })

  test('a bar that ends before a note written before its deactivate', () => {
    const source = 'a -> +b\nb -> c\nnote right of b: n\ndeactivate b'
    const layout = layoutOf(source)
    const [bar] = layout.activations
    const short = { ...layout, activations: [{ ...bar!, rect: { ...bar!.rect, height: bar!.rect.height / 2 } }] }
    expect(problems(short, source)).toContain('does not span the note on line 3')
  })

  test('a bar across a head', () => {
    const source = 'a -> b\ncreate c\na -> +c: new\nc --> -a'
    const layout = layoutOf(source)
    const [bar] = layout.activations
    const head = layout.participants[2]!.head.bounds
    const raised = { ...layout, activations: [{ ...bar!, rect: { ...bar!.rect, y: head.y + head.height / 2 } }] }
    expect(problems(layout, source)).toBe('')
    expect(problems(raised, source)).toContain('is drawn across the head of c')
  })

  test('a head on a destroyed participant', () => {
    const source = 'a -> +b\na -x b'
    // The head a plain message would have, at the end of the destroying one.
    const layout = edited(source, ([m, n]) => [m!, { ...n!, arrowheads: [arrowhead(n!.paths[0]![0]!, n!.paths[0]![1]!, true)] }])
    expect(problems(layout, source)).toContain('is drawn on b, which is destroyed')
  })
})

function layoutOf(source: string): DiagramLayout {
  return stages(source).layout as DiagramLayout
}

describe('the loop check', () => {
  test('a line through a self-message loop', () => {
    const layout = edited('a -> a: think\na -> b: go', ([m, n]) => {
      const [start, , corner] = m!.paths[0]!
      const y = (start!.y + corner!.y) / 2
      return [m!, { ...n!, paths: [[{ x: start!.x - 20, y }, { x: corner!.x + 20, y }]] }]
    })
    expect(findCollisions(layout).join()).toContain('passes through the loop of the message on line 1')
  })
})
