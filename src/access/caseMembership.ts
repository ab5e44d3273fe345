import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from '@/lib/roles'

type Viewer = { id: number | string; role?: string | null } | null | undefined

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

/** Staff get every case; an advocate gets the cases they own or that are shared with them. */
export const caseOwnerSharedOrStaff: Access = ({ req }) => {
  const user = req.user as Viewer
  if (isStaffUser(user)) return true
  if (!user || !hasRole(user, 'advocate')) return false
  return caseMemberWhere(user)
}

/** Staff get every case; an advocate gets only the cases they own (shared users cannot edit). */
export const caseOwnerOrStaff: Access = ({ req }) => {
  const user = req.user as Viewer
  if (isStaffUser(user)) return true
  if (!user || !hasRole(user, 'advocate')) return false
  return { owner: { equals: user.id } }
}

/** For records that belong to a case (outcomes, decision documents, requests): the case's members and staff. */
export const relatedCaseMemberOrStaff: Access = ({ req }) => {
  const user = req.user as Viewer
  if (isStaffUser(user)) return true
  if (!user || !hasRole(user, 'advocate')) return false
  return caseMemberWhere(user, 'case.')
}

/** For records that belong to a case: only the case's owner and staff. */
export const relatedCaseOwnerOrStaff: Access = ({ req }) => {
  const user = req.user as Viewer
  if (isStaffUser(user)) return true
  if (!user || !hasRole(user, 'advocate')) return false
  return { 'case.owner': { equals: user.id } }
}
