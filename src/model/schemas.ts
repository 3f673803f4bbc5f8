// The attributes each statement takes, with the parser of each value, and the styles read from
// them. The model checks statements against these; the language service completes from them.
import type { AttributeSchema } from './attributes.js'
import type { BlockStyle, MessageStyle } from './model.js'
import { parseBoolean, parseColor, parseCount, parseDash, parseLink, parseNumberFormat, parseText } from './values.js'

const LINK_ATTRIBUTES: AttributeSchema = { link: parseLink, tooltip: parseText }
export const NOTE_ATTRIBUTES: AttributeSchema = { 'style.fill': parseColor, 'style.stroke': parseColor }
export const AUTONUMBER_ATTRIBUTES: AttributeSchema = { step: (text) => parseCount(text, 'step', 1), format: parseNumberFormat }

export const MESSAGE_ATTRIBUTES: AttributeSchema = {
  delay: (text) => parseCount(text, 'delay'),
  lost: parseBoolean,
  'style.stroke': parseColor,
  'style.stroke-dash': parseDash,
  'style.font-color': parseColor,
  ...LINK_ATTRIBUTES,
}

/** The style of a message without style attributes: one object shared by all of them. */
export const PLAIN: MessageStyle = Object.freeze({})

export function messageStyle(attrs: ReadonlyMap<string, unknown>): MessageStyle {
  if (attrs.size === 0) return PLAIN
  const style: { stroke?: string; strokeDash?: string; fontColor?: string } = {}
  if (attrs.has('style.stroke')) style.stroke = attrs.get('style.stroke') as string
  if (attrs.has('style.stroke-dash')) style.strokeDash = attrs.get('style.stroke-dash') as string
  if (attrs.has('style.font-color')) style.fontColor = attrs.get('style.font-color') as string
  return style
}

export function blockStyle(attrs: ReadonlyMap<string, unknown>): BlockStyle {
  if (attrs.size === 0) return PLAIN
  const style: { fill?: string; stroke?: string } = {}
  if (attrs.has('style.fill')) style.fill = attrs.get('style.fill') as string
  if (attrs.has('style.stroke')) style.stroke = attrs.get('style.stroke') as string
  return style
}
