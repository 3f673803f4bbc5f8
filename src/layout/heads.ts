// Participant heads: the size each shape needs for its label, and where its parts go.
//
//   participant  collections   database     queue          actor  boundary control entity
//   +-------+    +-------+-+   .-------.    .-----------.    o      |-( )    (<)     ( )
//   | label |    | label | |   |~~~~~~~|   ( label      )   /|\     label    label   ---
//   +-------+    +-------+ |   | label |    '-----------'   / \                     label
//                 +--------+   '-------'                   label
import type { Shape } from '../model/model.js'
import {
  ACTOR_HEIGHT, ACTOR_WIDTH, COLLECTION_OFFSET, CYLINDER_CAP, HEAD_MIN_WIDTH, HEAD_PAD_X, HEAD_PAD_Y, ICON_LABEL_GAP, ICON_SIZE,
} from './constants.js'
import { placeText, type MeasuredText } from './text.js'
import type { HeadLayout } from './types.js'

const ICON_SHAPES: ReadonlySet<Shape> = new Set(['actor', 'boundary', 'control', 'entity'])
const ICON_WIDTH: Partial<Record<Shape, number>> = { actor: ACTOR_WIDTH, boundary: 42, control: 34, entity: 34 }
const ICON_HEIGHT: Partial<Record<Shape, number>> = { actor: ACTOR_HEIGHT }

export interface HeadSize {
  readonly width: number
  readonly height: number
}

export function isIconShape(shape: Shape): boolean {
  return ICON_SHAPES.has(shape)
}

export function headSize(shape: Shape, label: MeasuredText): HeadSize {
  if (isIconShape(shape)) {
    return { width: Math.max(label.width + 8, ICON_WIDTH[shape] ?? ICON_SIZE), height: (ICON_HEIGHT[shape] ?? ICON_SIZE) + ICON_LABEL_GAP + label.height }
  }
  const box = { width: Math.max(label.width + 2 * HEAD_PAD_X, HEAD_MIN_WIDTH), height: label.height + 2 * HEAD_PAD_Y }
  switch (shape) {
    case 'database':
      return { width: box.width, height: box.height + 2 * CYLINDER_CAP }
    case 'queue':
      return { width: box.width + 2 * CYLINDER_CAP, height: box.height }
    case 'collections':
      return { width: box.width + COLLECTION_OFFSET, height: box.height + COLLECTION_OFFSET }
    default:
      return box
  }
}

/** Lays out a head of `size` centred on `x` with its bottom at `bottom`. */
export function placeHead(shape: Shape, label: MeasuredText, size: HeadSize, x: number, bottom: number): HeadLayout {
  const top = bottom - size.height
  const bounds = { x: x - size.width / 2, y: top, width: size.width, height: size.height }
  if (isIconShape(shape)) {
    const iconWidth = ICON_WIDTH[shape] ?? ICON_SIZE
    const iconHeight = ICON_HEIGHT[shape] ?? ICON_SIZE
    const symbol = { x: x - iconWidth / 2, y: top, width: iconWidth, height: iconHeight }
    return { symbol, label: placeText(label, x, top + iconHeight + ICON_LABEL_GAP, 'middle'), bounds }
  }
  const symbol =
    shape === 'collections'
      ? { x: bounds.x, y: top + COLLECTION_OFFSET, width: size.width - COLLECTION_OFFSET, height: size.height - COLLECTION_OFFSET }
      : bounds
  const labelCentreY = shape === 'database' ? symbol.y + symbol.height / 2 + CYLINDER_CAP / 2 : symbol.y + symbol.height / 2
  const labelX = symbol.x + symbol.width / 2
  return { symbol, label: placeText(label, labelX, labelCentreY - label.height / 2, 'middle'), bounds }
}
