import type { Access, AccessResult } from 'payload'

import { hasRole, isStaffUser } from '@/lib/roles'

/**
 * Admins update any account; staff update their own and advocate or expert accounts (never another
 * staff member's or an admin's); everyone else only their own.
 */
export const canUpdateAccount: Access = ({ req }): AccessResult => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  if (isStaffUser(req.user)) {
    return { or: [{ id: { equals: req.user.id } }, { role: { in: ['advocate', 'expert'] } }] }
  }
  return { id: { equals: req.user.id } }
}
