import type { Where } from 'payload'

/**
 * The query that limits cases to those the viewer owns or that are shared with them. `prefix` is
 * the path to the case from another collection ('case.'), empty on cases themselves. Pending
 * invitations hold no user, so they never match.
 */
export const caseMemberWhere = (viewer: { id: number | string }, prefix = ''): Where => ({
  or: [
    { [`${prefix}owner`]: { equals: viewer.id } },
    { [`${prefix}shares.user`]: { equals: viewer.id } },
  ],
})
