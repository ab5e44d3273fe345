import type { Access } from 'payload'

import { isStaffUser } from '@/lib/roles'

/** Staff get every account; a signed-in user gets only their own; guests get none. */
export const selfOrStaff: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  return { id: { equals: req.user.id } }
}
