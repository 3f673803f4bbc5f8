// Colours of the light and dark themes. Elements carry the chosen theme's colours as
// presentation attributes (so every renderer draws them); `auto` adds a prefers-color-scheme
// stylesheet that repaints the same classes with the dark colours.

export interface Palette {
  readonly background: string
  readonly text: string
  readonly line: string
  readonly headFill: string
  readonly headStroke: string
  readonly lifeline: string
  readonly activationFill: string
  readonly noteFill: string
  readonly noteStroke: string
  readonly frame: string
  readonly tabFill: string
  readonly boxFill: string
  readonly boxStroke: string
  readonly highlightFill: string
  readonly muted: string
}

export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1f2328',
  line: '#2f3542',
  headFill: '#eef3ff',
  headStroke: '#3b5bdb',
  lifeline: '#aab2bf',
  activationFill: '#dbe4ff',
  noteFill: '#fff8c5',
  noteStroke: '#c9a227',
  frame: '#6e7781',
  tabFill: '#f1f3f5',
  boxFill: '#f6f8fa',
  boxStroke: '#d0d7de',
  highlightFill: '#eaf2fe',
  muted: '#57606a',
}

export const DARK: Palette = {
  background: '#0d1117',
  text: '#e6edf3',
  line: '#c9d1d9',
  headFill: '#1b2440',
  headStroke: '#7b96ff',
  lifeline: '#4a5362',
  activationFill: '#263459',
  noteFill: '#3a3218',
  noteStroke: '#b8972c',
  frame: '#8b949e',
  tabFill: '#21262d',
  boxFill: '#161b22',
  boxStroke: '#30363d',
  highlightFill: '#17223a',
  muted: '#9198a1',
}

/**
 * Which palette colour each class's fill and stroke take: the one table that both the
 * presentation attributes and the dark-mode stylesheet are written from.
 */
export const PAINT: Readonly<Record<string, { fill?: keyof Palette; stroke?: keyof Palette }>> = {
  background: { fill: 'background' },
  text: { fill: 'text' },
  'label-bg': { fill: 'background' },
  'head-shape': { fill: 'headFill', stroke: 'headStroke' },
  'head-icon': { fill: 'background', stroke: 'headStroke' },
  'lifeline-line': { stroke: 'lifeline' },
  'lifeline-gap': { stroke: 'lifeline' },
  'message-line': { stroke: 'line' },
  'arrowhead filled': { fill: 'line', stroke: 'line' },
  'arrowhead open': { stroke: 'line' },
  'lost-end': { fill: 'line' },
  destroy: { stroke: 'line' },
  'activation-bar': { fill: 'activationFill', stroke: 'headStroke' },
  'note-shape': { fill: 'noteFill', stroke: 'noteStroke' },
  'frame-line': { stroke: 'frame' },
  'frame-tab': { fill: 'tabFill', stroke: 'frame' },
  'divider-line': { stroke: 'frame' },
  'box-shape': { fill: 'boxFill', stroke: 'boxStroke' },
  'highlight-band': { fill: 'highlightFill' },
  muted: { fill: 'muted' },
}

export function darkStylesheet(scope: string): string {
  const rules = Object.entries(PAINT).map(([cls, paint]) => {
    const decl = [
      paint.fill ? `fill:${DARK[paint.fill]}` : '',
      paint.stroke ? `stroke:${DARK[paint.stroke]}` : '',
    ].filter(Boolean).join(';')
    return `#${scope} .${cls.replace(' ', '.')}{${decl}}`
  })
  return `@media (prefers-color-scheme: dark){${rules.join('')}}`
}
