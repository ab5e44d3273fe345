import type { Endpoint } from 'payload'
import {
  addDataAndFileToRequest,
  APIError,
  headersWithCors,
  UnauthorizedError,
  ValidationError,
} from 'payload'

import { changePassword } from '../services/changePassword'

/**
 * POST /api/users/change-password `{ currentPassword, newPassword }` for the signed-in user
 * (src/collections/Users/services/changePassword.ts). Refusals keep Payload's own error shapes:
 * 401 as UnauthorizedError, input problems as a ValidationError listing each one, a locked
 * account as 403.
 */
export const changePasswordEndpoint: Endpoint = {
  path: '/change-password',
  method: 'post',
  handler: async (req) => {
    if (!req.user || req.user.collection !== 'users') throw new UnauthorizedError(req.t)
    await addDataAndFileToRequest(req)
    const { currentPassword, newPassword } = (req.data ?? {}) as Record<string, unknown>
    const result = await changePassword({ req, currentPassword, newPassword })
    if (!result.ok) {
      if (result.status === 401) throw new UnauthorizedError(req.t)
      if (result.issues)
        throw new ValidationError({ collection: 'users', errors: result.issues, req })
      throw new APIError(result.message, result.status)
    }
    return Response.json(result.value, {
      headers: headersWithCors({ headers: new Headers(), req }),
      status: 200,
    })
  },
}
