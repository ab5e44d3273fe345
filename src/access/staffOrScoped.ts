import type { Access, Where } from 'payload'

import { hasRole, isStaffUser, type Role } from '@/lib/roles'

/**
 * Staff get every document; a user with `role` gets the documents `scope` matches for them;
 * everyone else, guests included, none. The shape of the "their own, or staff" rules.
 */
export const staffOrScoped =
  (role: Role, scope: (user: { id: number | string }) => Where): Access =>
  ({ req }) => {
    if (isStaffUser(req.user)) return true
    if (!req.user || !hasRole(req.user, role)) return false
    return scope(req.user)
  }
