import type { Endpoint } from 'payload'
import { addDataAndFileToRequest, APIError, headersWithCors } from 'payload'

import { requestPasswordReset } from '@/lib/auth/password-reset'

/**
 * POST /api/users/forgot-password, replacing Payload's own route (collection endpoints are matched
 * before the built-in ones). Same request and answer as Payload's, `{ message: "Success" }` for
 * every address, but in the same fixed time whether or not the address has an account.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
    if (!email) throw new APIError('Missing email.', 400)
    await requestPasswordReset({ payload: req.payload, collection: 'users', email })
    return Response.json(
      { message: req.t('general:success') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
