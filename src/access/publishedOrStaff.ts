import type { Access } from 'payload'

import { isStaffUser } from '@/lib/roles'

/** Staff get drafts and published documents; everyone else, guests included, only published ones. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
