import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

/**
 * Password resets are requested only through POST /api/users/forgot-password, which answers every
 * address in the same fixed time (see src/lib/auth/password-reset.ts). GraphQL's forgotPasswordUsers
 * mutation would run Payload's operation directly, with its timing difference, so it is refused,
 * the same way for every address.
 */
export const restrictForgotPasswordToRest: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword' || req.payloadAPI !== 'GraphQL') return args
  throw new APIError('Request a password reset with POST /api/users/forgot-password.', 403)
}
