// Message geometry. A message leaves its sender's lifeline (or activation bar) at its row's
// anchor and reaches the target at its arrival row's anchor: level when both rows are the
// same, slanted down when it is delayed. Its label sits above the line's highest point, so a
// slanted line always runs below and clear of its own label.
import type { Message, Route } from '../model/model.js'
import { arrivalMoment, lineOf } from '../model/moment.js'
import { routeEnds } from '../model/route.js'
import { BOX_SIDE_CLEARANCE, LABEL_GAP, LABEL_PAD, LOST_RADIUS, SELF_HEIGHT, SELF_LABEL_INSET, SELF_WIDTH } from './constants.js'
import { arrowhead, lostShare } from './geometry.js'
import type { PlacementContext } from './context.js'
import { placeText } from './text.js'
import type { Arrowhead, MessageFlag, MessageLayout, Point, TextBlock } from './types.js'

/** The drawn parts of a message, apart from what it copies from the model. */
type Geometry = Pick<MessageLayout, 'paths' | 'arrowheads' | 'lostAt' | 'label'>

export function placeMessage(m: Message, ctx: PlacementContext): MessageLayout {
  const y1 = ctx.anchor(m.row) + ctx.laneOffset(m)
  const y2 = m.arrivalRow > m.row ? ctx.anchor(m.arrivalRow) + ctx.drop(m) : y1
  const filled = m.kind === 'sync'
  const geometry = m.route.kind === 'self' ? selfMessage(m, m.route.participant, ctx, [y1, y2], filled) : lineMessage(m, ctx, y1, y2, filled)
  const ends = routeEnds(m.route)
  // One literal, not a spread of a shared base: spreading into a literal with more keys was
  // the costliest line of the whole layout (V8 builds such objects the slow way).
  return {
    type: 'message', kind: m.kind, flags: flagsOf(m), from: ends.from, to: ends.to, line: m.line, style: m.style,
    // A headless message (`a -- b`) is its line alone, and one that destroys its target ends in
    // the cross; the label still clears where a head would be.
    paths: geometry.paths, arrowheads: m.headless || m.destroys ? [] : geometry.arrowheads, lostAt: geometry.lostAt, label: geometry.label, link: m.link,
  }
}

/** The route's class for the SVG (OUTPUT.md), and `slanted` for a delayed one. */
const ROUTE_FLAG: Record<Route['kind'], MessageFlag | undefined> = {
  between: undefined, self: 'self', found: 'found', outgoing: 'outgoing', lost: 'lost', broadcast: 'broadcast',
}

function flagsOf(m: Message): MessageFlag[] {
  const flags: MessageFlag[] = []
  const flag = ROUTE_FLAG[m.route.kind]
  if (flag) flags.push(flag)
  if (m.arrivalRow > m.row) flags.push('slanted')
  if (m.headless) flags.push('headless')
  if (m.destroys) flags.push('destroy')
  return flags
}

/** A line's two ends as x positions: where it leaves and the lifeline (or edge) it reaches. */
interface LineEnds {
  readonly startX: number
  readonly endX: number
}

/** A message along a line: between two lifelines (or to every other one), or through an edge; level or slanted. */
function lineMessage(m: Message, ctx: PlacementContext, y1: number, y2: number, filled: boolean): Geometry {
  const paths: Point[][] = []
  const arrowheads: Arrowhead[] = []
  let lostAt: Point | undefined
  for (const ends of lineEnds(m, ctx)) {
    const start = { x: ends.startX, y: y1 }
    const end = { x: ends.endX, y: y2 }
    let tip = end
    if (m.route.kind === 'lost') {
      const dx = end.x - start.x
      const keep = lostShare(dx)
      // Short of its target, but on its arrival row's line, where its row made room for the dot.
      tip = { x: start.x + dx * keep, y: end.y }
      const dir = Math.sign(dx) || 1
      lostAt = { x: tip.x + dir * (LOST_RADIUS + 1), y: tip.y }
    }
    paths.push([start, tip])
    arrowheads.push(arrowhead(start, tip, filled))
  }
  return { paths, arrowheads, lostAt, label: messageLabel(m, ctx, paths) }
}

/** One pair of ends per line the message draws (a broadcast draws one per receiver). */
function lineEnds(m: Message, ctx: PlacementContext): LineEnds[] {
  const r = m.route
  const edgeX = (side: 'left' | 'right'): number => (side === 'left' ? ctx.leftEdge : ctx.rightEdge)
  switch (r.kind) {
    case 'between':
    case 'lost':
      return [toLifeline(m, ctx.x(r.from), r.to, ctx, r.from)]
    case 'found':
      return [toLifeline(m, edgeX(r.side), r.to, ctx, undefined)]
    case 'outgoing': {
      const endX = edgeX(r.side)
      const x = ctx.x(r.from)
      const dir: 1 | -1 = endX >= x ? 1 : -1
      return [{ startX: x + dir * ctx.activations.edge(r.from, lineOf(m.row), dir), endX }]
    }
    case 'broadcast':
      return ctx.participantIds.filter((id) => id !== r.from).map((id) => toLifeline(m, ctx.x(r.from), id, ctx, r.from))
    case 'self':
      return []
  }
}

/**
 * From x (a lifeline's, when `sender` is set, or an edge's) to `target`'s lifeline, at the
 * innermost bars' edges, a created head's side, or the cross of a target it destroys.
 */
function toLifeline(m: Message, fromX: number, target: string, ctx: PlacementContext, sender: string | undefined): LineEnds {
  const toX = ctx.x(target)
  const dir: 1 | -1 = toX >= fromX ? 1 : -1
  const startX = sender === undefined ? fromX : fromX + dir * ctx.activations.edge(sender, lineOf(m.row), dir)
  const head = ctx.createdHead(target, m.arrivalRow)
  const endX = head ? (dir > 0 ? head.x : head.x + head.width) : toX - dir * arrivalEdge(m, target, ctx, dir === 1 ? -1 : 1)
  return { startX, endX }
}

/** How far from `target`'s lifeline a message arrives on side `dir`: at its innermost bar, or at the centre of the cross it ends in. */
function arrivalEdge(m: Message, target: string, ctx: PlacementContext, dir: 1 | -1): number {
  return m.destroys ? 0 : ctx.activations.edge(target, arrivalMoment(m), dir)
}

function selfMessage(m: Message, p: string, ctx: PlacementContext, [y1, y2Arrival]: [number, number], filled: boolean): Geometry {
  const x = ctx.x(p)
  const startX = x + ctx.activations.edge(p, lineOf(m.row), 1)
  const y2 = m.arrivalRow > m.row ? y2Arrival : y1 + SELF_HEIGHT
  const endX = x + arrivalEdge(m, p, ctx, 1)
  const outer = Math.max(startX, endX) + SELF_WIDTH
  const path: Point[] = [
    { x: startX, y: y1 },
    { x: outer, y: y1 },
    { x: outer, y: y2 },
    { x: endX, y: y2 },
  ]
  const text = ctx.labels.of(m)
  const label: TextBlock | undefined = text && placeText(text, startX + SELF_LABEL_INSET + ctx.shift(m), y1 - LABEL_GAP - text.height - ctx.lift(m), 'start')
  return { paths: [path], arrowheads: [arrowhead({ x: outer, y: y2 }, { x: endX, y: y2 }, filled)], lostAt: undefined, label }
}

function messageLabel(m: Message, ctx: PlacementContext, paths: readonly Point[][]): TextBlock | undefined {
  const text = ctx.labels.of(m)
  const first = paths[0]
  if (!text || !first) return undefined
  const [start, end] = [first[0], first[first.length - 1]]
  if (!start || !end) return undefined
  const top = Math.min(start.y, end.y) - LABEL_GAP - text.height - ctx.lift(m)
  if (end.y > start.y && m.route.kind !== 'broadcast') {
    // Slanted: the label starts at the sender, where the line is highest and still close.
    const dir = end.x >= start.x ? 1 : -1
    return placeText(text, start.x + dir * LABEL_PAD + ctx.shift(m), top, dir > 0 ? 'start' : 'end')
  }
  // A broadcast labels the segment towards its nearest target.
  const near = m.route.kind === 'broadcast' ? nearestEnd(paths, start) : end
  const stretch: [number, number] = [Math.min(start.x, near.x) + LABEL_PAD, Math.max(start.x, near.x) - LABEL_PAD]
  return placeText(text, clearOfBoxSides((start.x + near.x) / 2 + ctx.shift(m), text.width, stretch, ctx.boxSides), top, 'middle')
}

/**
 * A label's centre moved off a participant box's side, which would run through its text, to
 * the nearer place beside that side where the label's stretch of line still holds it.
 */
function clearOfBoxSides(centre: number, width: number, [low, high]: [number, number], sides: readonly number[]): number {
  const reach = width / 2 + BOX_SIDE_CLEARANCE
  // A place computed as side ± reach is clear of that side, rounding aside.
  const clear = (c: number): boolean => sides.every((side) => Math.abs(side - c) >= reach - 1e-9)
  if (clear(centre)) return centre
  const places = sides.flatMap((side) => [side - reach, side + reach]).filter((c) => c - width / 2 >= low && c + width / 2 <= high && clear(c))
  return places.sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre))[0] ?? centre
}

function nearestEnd(paths: readonly Point[][], start: Point): Point {
  let best = start
  let bestDistance = Infinity
  for (const p of paths) {
    const end = p[p.length - 1]
    if (!end) continue
    // Prefer the right-hand side, as the column solver made room there.
    const d = Math.abs(end.x - start.x) + (end.x < start.x ? 1e6 : 0)
    if (d < bestDistance) {
      best = end
      bestDistance = d
    }
  }
  return best
}
