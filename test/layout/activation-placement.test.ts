// Where activation bars are drawn against the statements around them (issue 10.6).
import { describe, expect, test } from 'vitest'
import { ACTIVATION_OVERHANG, DESTROY_SIZE, SELF_HEIGHT } from '../../src/layout/constants.js'
import type { ActivationLayout, DiagramLayout, FragmentLayout, ItemLayout, MessageLayout, NoteLayout, Point } from '../../src/layout/types.js'
import { stages } from '../helpers.js'

const layoutOf = (source: string): DiagramLayout => stages(source).layout as DiagramLayout

function flat(items: readonly ItemLayout[]): ItemLayout[] {
  return items.flatMap((i) => (i.type === 'fragment' ? [i, ...i.branches.flatMap((b) => flat(b.items))] : [i]))
}
const byLine = <T extends ItemLayout>(layout: DiagramLayout, line: number): T => flat(layout.items).find((i) => i.line === line) as T
const top = (b: ActivationLayout): number => b.rect.y
const bottom = (b: { rect: { y: number; height: number } }): number => b.rect.y + b.rect.height
const tip = (m: MessageLayout): Point => m.paths[0]!.at(-1)!
const start = (m: MessageLayout): Point => m.paths[0]![0]!

describe('activation bars', () => {
  test('activate inside a frame starts inside it, at the first statement after it', () => {
    const layout = layoutOf('a -> b: call\nopt x {\n  activate b\n  b -> c: read\n  deactivate b\n}')
    const frame = byLine<FragmentLayout>(layout, 2)
    const [bar] = layout.activations
    expect(top(bar!)).toBeGreaterThan(frame.rect.y)
    expect(top(bar!)).toBe(start(byLine<MessageLayout>(layout, 4)).y - ACTIVATION_OVERHANG)
    expect(bottom(bar!)).toBeLessThan(bottom(frame))
  })

  test('deactivate as the first statement of a frame ends the bar inside the frame', () => {
    const layout = layoutOf('a -> +b: x\nopt o {\n  deactivate b\n}')
    const frame = byLine<FragmentLayout>(layout, 2)
    const [bar] = layout.activations
    expect(bottom(bar!)).toBeGreaterThan(frame.rect.y)
    expect(bottom(bar!)).toBeLessThan(bottom(frame))
  })

  test('a note written before deactivate is covered; one written before activate is not', () => {
    const layout = layoutOf('a -> b\nnote left of b: before\nactivate b\nb -> c\nnote right of b: inside\ndeactivate b')
    const [bar] = layout.activations
    expect(top(bar!)).toBeGreaterThan(bottom(byLine<NoteLayout>(layout, 2)))
    expect(bottom(bar!)).toBeGreaterThan(bottom(byLine<NoteLayout>(layout, 5)))
  })

  test('a nested self-activation starts where the call returns, and its reply leaves the nested bar for the outer one', () => {
    const layout = layoutOf('a -> +b: call\nb -> +b: validate\nb --> -b: ok\nb --> -a: done')
    const [outer, nested] = layout.activations
    const call = byLine<MessageLayout>(layout, 2)
    const reply = byLine<MessageLayout>(layout, 3)
    expect(start(call).x).toBe(outer!.rect.x + outer!.rect.width)
    expect(tip(call)).toEqual({ x: nested!.rect.x + nested!.rect.width, y: start(call).y + SELF_HEIGHT })
    expect(top(nested!)).toBe(tip(call).y - ACTIVATION_OVERHANG)
    expect(start(reply).x).toBe(nested!.rect.x + nested!.rect.width)
    // The reply's head touches the outer bar, below the nested one.
    expect(tip(reply).x).toBe(outer!.rect.x + outer!.rect.width)
    expect(tip(reply).y).toBeGreaterThan(bottom(nested!))
    expect(tip(reply).y).toBeLessThan(bottom(outer!))
  })

  test('with stacked bars, messages from the left end at and leave from the innermost bar', () => {
    const layout = layoutOf('a -> +b: call\nb -> +b: nested\na -> b: ping\nb --> a: pong\nb --> -b\nb --> -a')
    const nested = layout.activations[1]!
    expect(tip(byLine<MessageLayout>(layout, 3)).x).toBe(nested.rect.x)
    expect(start(byLine<MessageLayout>(layout, 4)).x).toBe(nested.rect.x)
  })

  test('a destroying message ends in the cross alone, and the bars end where the cross begins', () => {
    const layout = layoutOf('a -> +b: open\nb -> +b: nested\na -x b: close')
    const close = byLine<MessageLayout>(layout, 3)
    const b = layout.participants.find((p) => p.id === 'b')!
    expect(close.arrowheads).toEqual([])
    expect(close.flags).toContain('destroy')
    expect(tip(close)).toEqual(b.destroyedAt)
    for (const bar of layout.activations) expect(bottom(bar)).toBe(b.destroyedAt!.y - DESTROY_SIZE)
  })
})
