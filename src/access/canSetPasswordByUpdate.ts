import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from '@/lib/roles'

/**
 * Marks a Local API update made by the change-password endpoint after it checked the current
 * password. Request context is server-side only: REST and GraphQL callers cannot set it.
 */
export const verifiedPasswordChangeContext = 'verifiedPasswordChange'

/**
 * Whether an update (not `overrideAccess`) may set `password` on account `id`: an admin on someone
 * else's account, or the change-password endpoint once it verified the current password.
 */
export const isPasswordUpdateAllowed = ({
  req,
  id,
}: {
  req: PayloadRequest
  id: number | string | undefined
}): boolean => {
  if (req.context?.[verifiedPasswordChangeContext] === true) return true
  if (id === undefined || !req.user) return false
  return hasRole(req.user, 'admin') && String(req.user.id) !== String(id)
}

/**
 * Admins set another account's password; nobody sets their own through an update (they use
 * change-password, which asks for the current one). Guests choose one when they register (create).
 */
export const canSetPasswordByUpdate: FieldAccess = ({ req, id, doc }) =>
  // Payload's document-permission check (the admin panel's) passes the document but no `id`.
  isPasswordUpdateAllowed({ req, id: id ?? (doc?.id as number | string | undefined) })
