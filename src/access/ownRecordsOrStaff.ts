import type { Access } from 'payload'

import { isStaffUser } from '@/lib/roles'

/** Staff get every record; a signed-in user gets the records they submitted (`submittedBy`). */
export const ownRecordsOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user) return false
  return { submittedBy: { equals: req.user.id } }
}
