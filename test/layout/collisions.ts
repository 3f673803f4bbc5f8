// Finds collisions of geometry in a layout, beyond text against text (overlap.ts): another
// message's line through a label, an arrowhead or lost dot touching another message's line or
// head, two message lines lying on each other, another message's line through a self-message's
// loop, an arrival on a frame edge, and a message sent inside a frame that ends outside it.
// Each finding is a sentence naming the source lines.
import type { DiagramLayout, FragmentLayout, ItemLayout, MessageLayout, Point, Rect } from '../../src/layout/types.js'

/** Closer than this (px) counts as touching. */
const TOUCH = 1
/** A label's box may be grazed by this much (its ink is inside the padding). */
const GRAZE = 0.5
/** An arrival this close (px) to a frame edge reads as landing on it. */
const EDGE_CLEARANCE = 3

type Segment = readonly [Point, Point]

interface Drawn {
  readonly m: MessageLayout
  readonly segments: readonly Segment[]
  /** Arrowheads and the lost dot, as polygons (the dot as its bounding square). */
  readonly heads: readonly (readonly Point[])[]
}

interface Framed {
  readonly frame: FragmentLayout
  readonly messages: readonly MessageLayout[]
}

function segmentsOf(points: readonly Point[]): Segment[] {
  const out: Segment[] = []
  for (let i = 1; i < points.length; i++) out.push([points[i - 1] as Point, points[i] as Point])
  return out
}

function drawn(m: MessageLayout): Drawn {
  const heads: Point[][] = m.arrowheads.map((a) => [...a.points])
  if (m.lostAt) {
    const r = 4
    const { x, y } = m.lostAt
    heads.push([{ x: x - r, y: y - r }, { x: x + r, y: y - r }, { x: x + r, y: y + r }, { x: x - r, y: y + r }])
  }
  return { m, segments: m.paths.flatMap(segmentsOf), heads }
}

function collect(layout: DiagramLayout): { messages: Drawn[]; frames: Framed[] } {
  const messages: Drawn[] = []
  const frames: Framed[] = []
  const visit = (items: readonly ItemLayout[], into: MessageLayout[][]): void => {
    for (const item of items) {
      if (item.type === 'message') {
        messages.push(drawn(item))
        for (const list of into) list.push(item)
      } else if (item.type === 'fragment' && item.kind !== 'ref') {
        const inside: MessageLayout[] = []
        frames.push({ frame: item, messages: inside })
        for (const b of item.branches) visit(b.items, [...into, inside])
      }
    }
  }
  visit(layout.items, [])
  return { messages, frames }
}

const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y })
const cross = (a: Point, b: Point): number => a.x * b.y - a.y * b.x
const dot = (a: Point, b: Point): number => a.x * b.x + a.y * b.y

function pointSegmentDistance(p: Point, [a, b]: Segment): number {
  const ab = sub(b, a)
  const length2 = dot(ab, ab)
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, dot(sub(p, a), ab) / length2))
  return Math.hypot(p.x - (a.x + ab.x * t), p.y - (a.y + ab.y * t))
}

function segmentsCross([a, b]: Segment, [c, d]: Segment): boolean {
  const d1 = cross(sub(b, a), sub(c, a))
  const d2 = cross(sub(b, a), sub(d, a))
  const d3 = cross(sub(d, c), sub(a, c))
  const d4 = cross(sub(d, c), sub(b, c))
  return d1 * d2 < 0 && d3 * d4 < 0
}

function segmentDistance(s: Segment, t: Segment): number {
  if (segmentsCross(s, t)) return 0
  return Math.min(pointSegmentDistance(s[0], t), pointSegmentDistance(s[1], t), pointSegmentDistance(t[0], s), pointSegmentDistance(t[1], s))
}

function inside(p: Point, polygon: readonly Point[]): boolean {
  let sign = 0
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i] as Point
    const b = polygon[(i + 1) % polygon.length] as Point
    const c = cross(sub(b, a), sub(p, a))
    if (c === 0) continue
    if (sign === 0) sign = Math.sign(c)
    else if (Math.sign(c) !== sign) return false
  }
  return true
}

/** The distance between a polygon (filled) and a segment. */
function polygonSegmentDistance(polygon: readonly Point[], s: Segment): number {
  if (inside(s[0], polygon) || inside(s[1], polygon)) return 0
  const edges = segmentsOf([...polygon, polygon[0] as Point])
  return Math.min(...edges.map((e) => segmentDistance(e, s)))
}

function segmentThroughRect(s: Segment, r: Rect): boolean {
  const inner = { x: r.x + GRAZE, y: r.y + GRAZE, width: r.width - 2 * GRAZE, height: r.height - 2 * GRAZE }
  if (inner.width <= 0 || inner.height <= 0) return false
  const corners = [
    { x: inner.x, y: inner.y }, { x: inner.x + inner.width, y: inner.y },
    { x: inner.x + inner.width, y: inner.y + inner.height }, { x: inner.x, y: inner.y + inner.height },
  ]
  return polygonSegmentDistance(corners, s) === 0
}

/** Whether two segments lie on one line and share more than a point. */
function collinearOverlap([a, b]: Segment, [c, d]: Segment): boolean {
  const ab = sub(b, a)
  const length = Math.hypot(ab.x, ab.y)
  if (length === 0) return false
  const off = (p: Point): number => Math.abs(cross(ab, sub(p, a))) / length
  if (off(c) > TOUCH / 2 || off(d) > TOUCH / 2) return false
  const along = (p: Point): number => dot(sub(p, a), ab) / length
  const [lo, hi] = [Math.min(along(c), along(d)), Math.max(along(c), along(d))]
  return Math.min(hi, length) - Math.max(lo, 0) > TOUCH
}

/** A head whose tip is where the other line starts, continuing away from it: a relay, not a collision. */
function relays(head: readonly Point[], s: Segment): boolean {
  const tip = head[1]
  if (!tip || head.length !== 3) return false
  const back = { x: ((head[0] as Point).x + (head[2] as Point).x) / 2, y: ((head[0] as Point).y + (head[2] as Point).y) / 2 }
  const forward = sub(tip, back)
  return [s, [s[1], s[0]] as Segment].some(([start, end]) => Math.hypot(start.x - tip.x, start.y - tip.y) < TOUCH && dot(sub(end, start), forward) > 0)
}

/** The box a level self-message's loop encloses. */
function loopOf(m: MessageLayout): Rect | undefined {
  const path = m.paths[0]
  if (!m.flags.includes('self') || m.flags.includes('slanted') || !path) return undefined
  const xs = path.map((p) => p.x)
  const ys = path.map((p) => p.y)
  const [x, y] = [Math.min(...xs), Math.min(...ys)]
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

const name = (m: MessageLayout): string => `the message on line ${m.line} (${m.from} -> ${m.to})`

function messageCollisions(messages: readonly Drawn[], problems: string[]): void {
  for (const a of messages) {
    for (const b of messages) {
      if (a === b) continue
      const label = a.m.label
      if (label && b.segments.some((s) => segmentThroughRect(s, label.box))) problems.push(`${name(b.m)} passes through the label of ${name(a.m)}`)
      const loop = loopOf(a.m)
      if (loop && b.segments.some((s) => segmentThroughRect(s, loop))) problems.push(`${name(b.m)} passes through the loop of ${name(a.m)}`)
      for (const head of a.heads) {
        if (b.segments.some((s) => polygonSegmentDistance(head, s) < TOUCH && !relays(head, s))) problems.push(`the head of ${name(a.m)} touches the line of ${name(b.m)}`)
        else if (b.heads.some((h) => h.some((p) => inside(p, head)) || head.some((p) => inside(p, h)))) problems.push(`the head of ${name(a.m)} touches the head of ${name(b.m)}`)
      }
      if (a.m.line < b.m.line || (a.m.line === b.m.line && messages.indexOf(a) < messages.indexOf(b))) {
        if (a.segments.some((s) => b.segments.some((t) => collinearOverlap(s, t)))) problems.push(`${name(a.m)} and ${name(b.m)} lie on one line`)
      }
    }
  }
}

/** Where a message ends: the tips of its lines (a lost one's dot). */
function arrivals(m: MessageLayout): Point[] {
  const tips = m.arrowheads.map((a) => a.points[1])
  return m.lostAt ? [...tips, m.lostAt] : tips
}

function frameCollisions(frames: readonly Framed[], messages: readonly Drawn[], problems: string[]): void {
  for (const { frame, messages: within } of frames) {
    const r = frame.rect
    const edges = [r.y, r.y + r.height, ...frame.branches.flatMap((b) => (b.separatorY === undefined ? [] : [b.separatorY]))]
    for (const { m } of messages) {
      for (const p of arrivals(m)) {
        const onEdge = p.x >= r.x - EDGE_CLEARANCE && p.x <= r.x + r.width + EDGE_CLEARANCE && edges.some((y) => Math.abs(p.y - y) < EDGE_CLEARANCE)
        if (onEdge) problems.push(`${name(m)} arrives on an edge of the ${frame.kind} frame on line ${frame.line}`)
      }
    }
    for (const m of within) {
      const points = [...m.paths.flat(), ...arrivals(m)]
      const outside = points.some((p) => p.y < r.y || p.y > r.y + r.height || p.x < r.x || p.x > r.x + r.width)
      if (outside) problems.push(`${name(m)} is sent inside the ${frame.kind} frame on line ${frame.line} but ends outside it`)
    }
  }
}

/** Sentences for every collision in the layout; empty when it is clean. */
export function findCollisions(layout: DiagramLayout): string[] {
  const { messages, frames } = collect(layout)
  const problems: string[] = []
  messageCollisions(messages, problems)
  frameCollisions(frames, messages, problems)
  return [...new Set(problems)]
}
