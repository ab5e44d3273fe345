/**
 * What a role rule reads: only who is asking. Payload passes its request; a page or component
 * passes `{ req: { user } }` for its viewer, so the API and the portal ask the same rule.
 */
export type ViewerArgs = { req: { user?: { role?: string | null } | null } }
