import type { Access } from 'payload'

import { hasRole, isStaffUser, selfServiceRoles } from '@/lib/roles'

/**
 * Admins create any account; staff and guests (self-registration) create only advocate or expert
 * accounts. A request naming a privileged role is refused outright rather than silently downgraded.
 */
export const canCreateAccount: Access = ({ req, data }) => {
  if (hasRole(req.user, 'admin')) return true
  const requested = (data as { role?: unknown } | undefined)?.role
  const isSelfServiceRole =
    requested === undefined || (selfServiceRoles as readonly unknown[]).includes(requested)
  if (!isSelfServiceRole) return false
  // A signed-in advocate or expert has no reason to create other accounts.
  return !req.user || isStaffUser(req.user)
}
