// Found and outgoing messages honour the edge their route names (the syntax for the other
// sides comes from the language; here the model is edited to ask for them).
import { describe, expect, test } from 'vitest'
import { layoutDiagram } from '../../src/layout/layout.js'
import { createFontMeasurer } from '../../src/layout/measure.js'
import type { Item, Message, SequenceModel } from '../../src/model/model.js'
import type { EdgeSide } from '../../src/model/route.js'
import type { MessageLayout } from '../../src/layout/types.js'
import { model } from '../helpers.js'

function withSide(source: string, side: EdgeSide): SequenceModel {
  const m = model(source).model
  const items = m.items.map((i): Item => {
    if (i.type !== 'message') return i
    const r = i.route
    const route = r.kind === 'found' || r.kind === 'outgoing' ? { ...r, side } : r
    return { ...i, route } as Message
  })
  return { ...m, items }
}

const path = (m: SequenceModel): { start: number; end: number; left: number; right: number } => {
  const layout = layoutDiagram(m, createFontMeasurer())
  const message = layout.items.filter((i): i is MessageLayout => i.type === 'message').at(-1)
  const points = message?.paths[0] ?? []
  const xs = layout.participants.map((p) => p.x)
  return { start: points[0]?.x ?? NaN, end: points.at(-1)?.x ?? NaN, left: Math.min(...xs), right: Math.max(...xs) }
}

describe('diagram edges', () => {
  test.each(['left', 'right'] as const)('a found message enters from the %s edge', (side) => {
    const p = path(withSide('a -> b\n? ->> a: in', side))
    if (side === 'left') expect(p.start).toBeLessThan(p.left)
    else expect(p.start).toBeGreaterThan(p.right)
  })

  test.each(['left', 'right'] as const)('an outgoing message leaves through the %s edge', (side) => {
    const p = path(withSide('a -> b\nb ->> ?: out', side))
    if (side === 'left') expect(p.end).toBeLessThan(p.left)
    else expect(p.end).toBeGreaterThan(p.right)
  })
})
