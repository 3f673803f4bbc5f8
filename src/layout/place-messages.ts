// Message geometry. A message leaves its sender's lifeline (or activation bar) at its row's
// anchor and reaches the target at its arrival row's anchor: level when both rows are the
// same, slanted down when it is delayed. Its label sits above the line's highest point, so a
// slanted line always runs below and clear of its own label.
import { EVERYONE, OUTSIDE, type Message } from '../model/model.js'
import { LABEL_GAP, LABEL_PAD, LOST_RADIUS, LOST_SHORTFALL, SELF_HEIGHT, SELF_WIDTH } from './constants.js'
import { arrowhead } from './geometry.js'
import type { PlacementContext } from './context.js'
import { placeText } from './text.js'
import type { Arrowhead, MessageFlag, MessageLayout, Point, TextBlock } from './types.js'

/** The drawn parts of a message, apart from what it copies from the model. */
type Geometry = Pick<MessageLayout, 'paths' | 'arrowheads' | 'lostAt' | 'label'>

export function placeMessage(m: Message, ctx: PlacementContext): MessageLayout {
  const y1 = ctx.anchor(m.row)
  const y2 = ctx.anchor(m.arrivalRow)
  const filled = m.kind === 'sync'
  const geometry = m.from === m.to ? selfMessage(m, ctx, y1, y2, filled) : lineMessage(m, ctx, y1, y2, filled)
  // One literal, not a spread of a shared base: spreading into a literal with more keys was
  // the costliest line of the whole layout (V8 builds such objects the slow way).
  return {
    type: 'message', kind: m.kind, flags: flagsOf(m), from: m.from, to: m.to, line: m.line, style: m.style,
    paths: geometry.paths, arrowheads: geometry.arrowheads, lostAt: geometry.lostAt, label: geometry.label, link: m.link,
  }
}

function flagsOf(m: Message): MessageFlag[] {
  const flags: MessageFlag[] = []
  if (m.from === m.to) flags.push('self')
  if (m.lost) flags.push('lost')
  if (m.from === OUTSIDE) flags.push('found')
  if (m.to === OUTSIDE) flags.push('outgoing')
  if (m.to === EVERYONE) flags.push('broadcast')
  if (m.arrivalRow > m.row) flags.push('slanted')
  return flags
}

/** A message between two lifelines (or to every other one), level or slanted. */
function lineMessage(m: Message, ctx: PlacementContext, y1: number, y2: number, filled: boolean): Geometry {
  const targets = m.to === EVERYONE ? ctx.participantIds.filter((id) => id !== m.from) : [m.to]
  const paths: Point[][] = []
  const arrowheads: Arrowhead[] = []
  let lostAt: Point | undefined
  for (const target of targets) {
    const [start, end] = endpoints(m, target, ctx, y1, y2)
    let tip = end
    if (m.lost) {
      const dx = end.x - start.x
      const keep = Math.max(0.35, 1 - LOST_SHORTFALL / Math.max(1, Math.abs(dx)))
      tip = { x: start.x + dx * keep, y: start.y + (end.y - start.y) * keep }
      const dir = Math.sign(dx) || 1
      lostAt = { x: tip.x + dir * (LOST_RADIUS + 1), y: tip.y }
    }
    paths.push([start, tip])
    arrowheads.push(arrowhead(start, tip, filled))
  }
  return { paths, arrowheads, lostAt, label: messageLabel(m, ctx, paths) }
}

/** Start and end of the line from the sender to one target, at the bars' edges. */
function endpoints(m: Message, target: string, ctx: PlacementContext, y1: number, y2: number): [Point, Point] {
  const fromX = m.from === OUTSIDE ? ctx.leftEdge : ctx.x(m.from)
  const toX = target === OUTSIDE ? ctx.rightEdge : ctx.x(target)
  const dir: 1 | -1 = toX >= fromX ? 1 : -1
  const startX = m.from === OUTSIDE ? fromX : fromX + dir * ctx.activations.edge(m.from, m.row, dir)
  const head = ctx.createdHead(target, m.arrivalRow)
  const endX =
    target === OUTSIDE ? toX : head ? (dir > 0 ? head.x : head.x + head.width) : toX - dir * ctx.activations.edge(target, m.arrivalRow, dir === 1 ? -1 : 1)
  return [
    { x: startX, y: y1 },
    { x: endX, y: y2 },
  ]
}

function selfMessage(m: Message, ctx: PlacementContext, y1: number, y2Arrival: number, filled: boolean): Geometry {
  const x = ctx.x(m.from)
  const startX = x + ctx.activations.edge(m.from, m.row, 1)
  const y2 = m.arrivalRow > m.row ? y2Arrival : y1 + SELF_HEIGHT
  const endX = x + ctx.activations.edge(m.from, m.arrivalRow, 1)
  const outer = Math.max(startX, endX) + SELF_WIDTH
  const path: Point[] = [
    { x: startX, y: y1 },
    { x: outer, y: y1 },
    { x: outer, y: y2 },
    { x: endX, y: y2 },
  ]
  const text = ctx.labels.of(m)
  const label: TextBlock | undefined = text && placeText(text, startX + 4, y1 - LABEL_GAP - text.height - ctx.lift(m), 'start')
  return { paths: [path], arrowheads: [arrowhead({ x: outer, y: y2 }, { x: endX, y: y2 }, filled)], lostAt: undefined, label }
}

function messageLabel(m: Message, ctx: PlacementContext, paths: readonly Point[][]): TextBlock | undefined {
  const text = ctx.labels.of(m)
  const first = paths[0]
  if (!text || !first) return undefined
  const [start, end] = [first[0], first[first.length - 1]]
  if (!start || !end) return undefined
  const top = Math.min(start.y, end.y) - LABEL_GAP - text.height - ctx.lift(m)
  if (end.y > start.y && m.to !== EVERYONE) {
    // Slanted: the label starts at the sender, where the line is highest and still close.
    const dir = end.x >= start.x ? 1 : -1
    return placeText(text, start.x + dir * LABEL_PAD, top, dir > 0 ? 'start' : 'end')
  }
  // A broadcast labels the segment towards its nearest target.
  const near = m.to === EVERYONE ? nearestEnd(paths, start) : end
  return placeText(text, (start.x + near.x) / 2 + ctx.shift(m), top, 'middle')
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
