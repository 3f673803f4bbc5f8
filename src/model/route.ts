// Where a message goes, decided once in the model: between two participants, to itself, in
// from a diagram edge (found), out to an edge (outgoing), short of its target (lost), or to
// every other participant (broadcast). Layout and the description switch on `kind` and never
// compare names with the `?` and `*` of the source, so a participant may be called "?" or "*".

/** The diagram edge a found message enters from or an outgoing one leaves through. */
export type EdgeSide = 'left' | 'right'

export type Route =
  | { readonly kind: 'between'; readonly from: string; readonly to: string }
  | { readonly kind: 'self'; readonly participant: string }
  | { readonly kind: 'found'; readonly to: string; readonly side: EdgeSide }
  | { readonly kind: 'outgoing'; readonly from: string; readonly side: EdgeSide }
  | { readonly kind: 'lost'; readonly from: string; readonly to: string }
  /** To every participant but the sender (the list is the diagram's, not stored per message). */
  | { readonly kind: 'broadcast'; readonly from: string }

export type RouteKind = Route['kind']

/** The participant that sends, if a participant does (a found message comes from outside). */
export function senderOf(route: Route): string | undefined {
  switch (route.kind) {
    case 'between':
    case 'outgoing':
    case 'lost':
    case 'broadcast':
      return route.from
    case 'self':
      return route.participant
    case 'found':
      return undefined
  }
}

/** The one participant that receives, if exactly one does (a broadcast reaches many). */
export function receiverOf(route: Route): string | undefined {
  switch (route.kind) {
    case 'between':
    case 'found':
    case 'lost':
      return route.to
    case 'self':
      return route.participant
    case 'outgoing':
    case 'broadcast':
      return undefined
  }
}

/** What the SVG's data-from / data-to say (OUTPUT.md): `?` for an edge, `*` for everyone. */
export function routeEnds(route: Route): { readonly from: string; readonly to: string } {
  switch (route.kind) {
    case 'between':
    case 'lost':
      return { from: route.from, to: route.to }
    case 'self':
      return { from: route.participant, to: route.participant }
    case 'found':
      return { from: '?', to: route.to }
    case 'outgoing':
      return { from: route.from, to: '?' }
    case 'broadcast':
      return { from: route.from, to: '*' }
  }
}
