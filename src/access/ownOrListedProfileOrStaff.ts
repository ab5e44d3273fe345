import type { Access, AccessResult } from 'payload'

import { hasRole, isStaffUser } from '@/lib/roles'

/**
 * Staff get every expert profile; an expert gets their own (drafts included); signed-in advocates
 * get published (approved) profiles only. Listing is Payload's published state: staff approve a
 * profile by publishing it, and an expert's later edits are drafts that stay off the directory
 * until staff decide.
 */
export const ownOrListedProfileOrStaff: Access = ({ req }): AccessResult => {
  if (isStaffUser(req.user)) return true
  if (!req.user) return false
  if (hasRole(req.user, 'expert')) return { user: { equals: req.user.id } }
  if (hasRole(req.user, 'advocate')) return { _status: { equals: 'published' } }
  return false
}
