// Heads, lifelines (dotted through `...` delays, ended by `destroy`), activation bars, the
// repeated heads at the bottom of tall diagrams, and participant boxes.
import type { Box, Item, Participant, SequenceModel } from '../model/model.js'
import { ACTIVATION_NEST, ACTIVATION_OVERHANG, ACTIVATION_WIDTH, BOX_PAD, DELAY_HEIGHT, DESTROY_SIZE } from './constants.js'
import type { PlacementContext } from './context.js'
import { placeHead, type HeadSize } from './heads.js'
import type { Labels } from './labels.js'
import { placeText } from './text.js'
import { styleField, type ActivationLayout, type BoxLayout, type LifelineSegment, type ParticipantLayout, type Rect } from './types.js'
import { forEachItem } from './walk.js'
import { momentYs } from './moment-ys.js'
import { union, pad } from './geometry.js'

export interface ParticipantFrame {
  readonly headsBottom: number
  /** Where lifelines end (unless destroyed earlier). */
  readonly bottom: number
  /** Whether to repeat heads below the last row. */
  readonly feet: boolean
}

export function placeParticipant(
  p: Participant,
  size: HeadSize,
  labels: Labels,
  ctx: PlacementContext,
  frame: ParticipantFrame,
  delays: readonly number[],
): ParticipantLayout {
  const x = ctx.x(p.id)
  const label = labels.participant(p)
  const head = p.createdAt === undefined
    ? placeHead(p.shape, label, size, x, frame.headsBottom)
    : placeHead(p.shape, label, size, x, ctx.anchor(p.createdAt) + size.height / 2)
  const start = head.bounds.y + head.bounds.height
  const destroyedAt = p.destroyedAt === undefined ? undefined : { x, y: ctx.anchor(p.destroyedAt) }
  const end = destroyedAt ? destroyedAt.y : frame.bottom
  const foot = frame.feet && !destroyedAt ? placeHead(p.shape, label, size, x, frame.bottom + size.height) : undefined
  return { id: p.id, shape: p.shape, style: p.style, x, head, foot, lifeline: lifeline(start, end, delays), destroyedAt, line: p.line, link: p.link }
}

/** Solid lifeline pieces with dotted stretches through delays. */
function lifeline(start: number, end: number, delays: readonly number[]): LifelineSegment[] {
  const segments: LifelineSegment[] = []
  let y = start
  for (const centre of delays) {
    const [from, to] = [centre - DELAY_HEIGHT / 2, centre + DELAY_HEIGHT / 2]
    if (from <= y || to >= end) continue
    segments.push({ y1: y, y2: from, dotted: false }, { y1: from, y2: to, dotted: true })
    y = to
  }
  segments.push({ y1: y, y2: Math.max(y, end), dotted: false })
  return segments
}

/** Y of the centre of every `...` delay, for the dotted parts of lifelines. */
export function delayCentres(items: readonly Item[], ctx: PlacementContext): number[] {
  const ys: number[] = []
  forEachItem(items, (item) => {
    if (item.type === 'delay') ys.push(ctx.anchor(item.row))
  })
  return ys.sort((a, b) => a - b)
}

/**
 * Bars from the top of their start moment to the bottom of their end moment, overhanging both
 * a little. The bars of a destroyed participant end where its cross begins, so the cross is
 * drawn whole below them instead of half hidden under them.
 */
export function placeActivations(model: SequenceModel, ctx: PlacementContext): ActivationLayout[] {
  const ys = momentYs(model.items, ctx)
  const crossTop = new Map(model.participants.flatMap((p) => (p.destroyedAt === undefined ? [] : [[p.id, ctx.anchor(p.destroyedAt) - DESTROY_SIZE] as const])))
  // The message that creates a participant reaches its new head's side: a bar it opens
  // (`a -> +b` after `create b`) starts below that head instead of across its name.
  const headBottom = new Map(
    model.participants.flatMap((p) => {
      const head = p.createdAt === undefined ? undefined : ctx.createdHead(p.id, p.createdAt)
      return head ? [[p.id, head.y + head.height] as const] : []
    }),
  )
  return model.activations.map((a) => {
    const y1 = Math.max(ys.top(a.start) - ACTIVATION_OVERHANG, headBottom.get(a.participant) ?? -Infinity)
    const natural = Math.max(ys.bottom(a.end) + ACTIVATION_OVERHANG, y1 + 2 * ACTIVATION_OVERHANG + DESTROY_SIZE)
    const y2 = Math.max(y1, Math.min(natural, crossTop.get(a.participant) ?? Infinity))
    const x = ctx.x(a.participant) - ACTIVATION_WIDTH / 2 + a.depth * ACTIVATION_NEST
    return { participant: a.participant, rect: { x, y: y1, width: ACTIVATION_WIDTH, height: y2 - y1 }, line: a.line }
  })
}

export function placeBox(box: Box, placed: ReadonlyMap<string, ParticipantLayout>, labels: Labels, top: number, bottom: number): BoxLayout | undefined {
  const heads = box.participants.flatMap((id) => {
    const p = placed.get(id)
    return p ? [p.head.bounds] : []
  })
  const around = union(heads)
  if (!around) return undefined
  const text = box.label ? labels.small(box.label) : undefined
  const x = around.x - BOX_PAD
  const rect: Rect = { x, y: top, width: around.width + 2 * BOX_PAD, height: bottom - top }
  const label = text && placeText(text, rect.x + rect.width / 2, top + BOX_PAD / 2, 'middle')
  return { rect: label ? union([rect, pad(label.box, 2)]) ?? rect : rect, label, ...styleField({ fill: box.fill, stroke: box.stroke }), line: box.line }
}
