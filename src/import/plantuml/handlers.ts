// Every PlantUML statement handler, in the order they are tried: keywords first, messages
// (which may begin with any name) last.
import { readMessage, readReturn } from './messages.js'
import { autoactivate, autonumber, hide, skinparam, theme, title, unexpressed } from './settings.js'
import { box, branch, delay, divider, end, fragment, lifeline, note, participant, ref, spacing, type Handler } from './structure.js'

export const HANDLERS: readonly Handler[] = [
  participant, lifeline, readReturn, box, end, fragment, branch, note, ref, divider, delay, spacing,
  title, autonumber, autoactivate, theme, hide, skinparam, unexpressed, readMessage,
]
