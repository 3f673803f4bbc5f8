// Finds overlapping labels in a layout: every text box against every other text box, head,
// note and arrowhead (a label may of course sit inside its own note or head).
import type { DiagramLayout, ItemLayout, Rect, TextBlock } from '../../src/layout/types.js'

interface Shape {
  readonly what: string
  readonly box: Rect
  /** Shapes of one owner (a note and its text) may overlap each other. */
  readonly owner: string
}

/** Touching is fine; overlapping by more than this (px, both ways) is not. */
const TOLERANCE = 0.5

function pointsBox(points: readonly { x: number; y: number }[]): Rect {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) }
}

function collect(layout: DiagramLayout): { labels: Shape[]; obstacles: Shape[] } {
  const labels: Shape[] = []
  const obstacles: Shape[] = []
  const label = (t: TextBlock | undefined, owner: string): void => {
    if (t && t.lines.some((l) => l.trim() !== '')) labels.push({ what: `"${t.lines.join(' ')}"`, box: t.box, owner })
  }
  if (layout.title) label(layout.title, 'title')
  layout.boxes.forEach((b, i) => label(b.label, `box${i}`))
  for (const p of layout.participants) {
    for (const [head, tag] of [[p.head, 'head'], [p.foot, 'foot']] as const) {
      if (!head) continue
      const owner = `${tag}:${p.id}`
      label(head.label, owner)
      obstacles.push({ what: `${tag} of ${p.id}`, box: head.symbol, owner })
    }
  }
  const visit = (item: ItemLayout, index: string): void => {
    const owner = `item${index}`
    switch (item.type) {
      case 'message':
        label(item.label, owner)
        item.arrowheads.forEach((a) => obstacles.push({ what: `arrowhead of line ${item.line}`, box: pointsBox(a.points), owner }))
        break
      case 'note':
        label(item.label, owner)
        obstacles.push({ what: `note on line ${item.line}`, box: item.rect, owner })
        break
      case 'fragment':
        label(item.tab.keyword, owner)
        item.branches.forEach((b, bi) => {
          label(b.label, owner)
          b.items.forEach((child, ci) => visit(child, `${index}.${bi}.${ci}`))
        })
        break
      case 'divider':
      case 'delay':
        label(item.label, owner)
        break
    }
  }
  layout.items.forEach((item, i) => visit(item, String(i)))
  return { labels, obstacles }
}

function overlaps(a: Rect, b: Rect): boolean {
  const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return dx > TOLERANCE && dy > TOLERANCE
}

/** Descriptions of every overlapping pair; empty when the layout is clean. */
export function findOverlaps(layout: DiagramLayout): string[] {
  const { labels, obstacles } = collect(layout)
  const problems: string[] = []
  labels.forEach((a, i) => {
    for (const b of [...labels.slice(i + 1), ...obstacles]) {
      if (a.owner !== b.owner && overlaps(a.box, b.box)) problems.push(`${a.what} overlaps ${b.what}`)
    }
  })
  return problems
}
