// A message statement's ends → its Route: resolves each end (a participant, a diagram edge or
// everyone), checks that the pair can make a message, and reports what cannot.
import { error, warning, type Diagnostic, type Span } from '../diagnostics/diagnostic.js'
import type * as Ast from '../syntax/ast.js'
import { destroyedError, type ParticipantRegistry } from './participants.js'
import type { EdgeSide, Route } from './route.js'

/**
 * A message end as written: a participant, a diagram edge, or everyone. `?` is an edge whose
 * side its place decides (the left as a sender, the right as a receiver); `[` and `]` name it.
 */
type End = { readonly kind: 'name'; readonly id: string } | { readonly kind: 'edge'; readonly side: EdgeSide | undefined } | { readonly kind: 'everyone' }

const EDGE_SIDES: Record<'outside' | 'left-edge' | 'right-edge', EdgeSide | undefined> = { outside: undefined, 'left-edge': 'left', 'right-edge': 'right' }

function endpointSpan(e: Ast.Endpoint): Span {
  return e.kind === 'name' ? e.name.span : e.span
}

/** What an endpoint stands for: a participant (checked that it may take part here), an edge or everyone. */
function endpoint(e: Ast.Endpoint, line: number, participants: ParticipantRegistry, diagnostics: Diagnostic[]): End | undefined {
  if (e.kind === 'everyone') return { kind: 'everyone' }
  if (e.kind !== 'name') return { kind: 'edge', side: EDGE_SIDES[e.kind] }
  // A message after the destroying statement, on whatever row: it cannot reach the cross.
  const destroyLine = participants.destroyLineBefore(e.name.value, Infinity)
  if (destroyLine !== undefined) {
    diagnostics.push(destroyedError(e.name, destroyLine))
    return undefined
  }
  const draft = participants.mention(e.name.value, line)
  draft.used = true
  draft.takesPart = true
  return { kind: 'name', id: draft.id }
}

/** The message's route, or undefined (reported) when its ends cannot make one. */
export function resolveRoute(
s: Ast.MessageStatement,
line: number,
lost: boolean,
participants: ParticipantRegistry,
diagnostics: Diagnostic[],
): Route | undefined {
  const from = endpoint(s.from, line, participants, diagnostics)
  const to = endpoint(s.to, line, participants, diagnostics)
  if (from === undefined || to === undefined) return undefined
  if (from.kind === 'everyone') {
    diagnostics.push(error('broadcast-sender', "'*' (everyone) can only receive a message", endpointSpan(s.from)))
    return undefined
  }
  if (from.kind === 'edge') {
    if (to.kind !== 'name') {
      diagnostics.push(error('outside-to-outside', 'a message from the outside world must reach a participant', s.arrowSpan))
      return undefined
    }
    return unlost(s, lost, { kind: 'found', to: to.id, side: from.side ?? 'left' }, diagnostics)
  }
  if (to.kind === 'edge') return unlost(s, lost, { kind: 'outgoing', from: from.id, side: to.side ?? 'right' }, diagnostics)
  if (to.kind === 'everyone') return unlost(s, lost, { kind: 'broadcast', from: from.id }, diagnostics)
  if (to.id === from.id) return unlost(s, lost, { kind: 'self', participant: from.id }, diagnostics)
  return { kind: lost ? 'lost' : 'between', from: from.id, to: to.id }
}

/** A route that cannot be lost: `lost: true` on it is reported and left out. */
function unlost(s: Ast.MessageStatement, lost: boolean, route: Route, diagnostics: Diagnostic[]): Route {
  if (lost) {
    const span = s.attributes.find((a) => a.key === 'lost')?.span ?? s.arrowSpan
    diagnostics.push(warning('lost-without-target', 'only a message between two participants can be lost (it stops short of its target): `lost` is ignored here', span))
  }
  return route
}
