import type { FieldAccess } from 'payload'

import { isStaffUser } from '@/lib/roles'

/** The expert a profile belongs to, and staff: for fields such as the review message and the CV. */
export const profileOwnerOrStaffField: FieldAccess = ({ req, doc }) => {
  if (isStaffUser(req.user)) return true
  const owner = doc?.user
  const ownerId = typeof owner === 'object' && owner ? owner.id : owner
  return Boolean(req.user && ownerId === req.user.id)
}
