import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { isPasswordUpdateAllowed } from '@/access/canSetPasswordByUpdate'

export const ownPasswordByUpdateMessage =
  'To change your own password, use Change password (POST /api/users/change-password), which asks for your current password.'
export const othersPasswordByUpdateMessage =
  "Only an administrator can set another user's password."

/**
 * Refuses, loudly, an update through the API that sets `password` without the right to: the field's
 * own access rule (canSetPasswordByUpdate) would drop the value silently and report success.
 * System work with `overrideAccess` is not affected.
 */
export const guardPasswordUpdates: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || overrideAccess) return args
  const password: unknown = (args.data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || password === '') return args
  // updateByID carries `id`; a bulk update (`where`) never may set passwords.
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  if (isPasswordUpdateAllowed({ req, id })) return args
  const isOwnAccount = id !== undefined && req.user && String(req.user.id) === String(id)
  throw new APIError(isOwnAccount ? ownPasswordByUpdateMessage : othersPasswordByUpdateMessage, 403)
}
