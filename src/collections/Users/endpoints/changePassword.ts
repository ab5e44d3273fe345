import type { Endpoint, PayloadRequest } from 'payload'
import {
  addDataAndFileToRequest,
  APIError,
  headersWithCors,
  UnauthorizedError,
  ValidationError,
} from 'payload'

import { verifiedPasswordChangeContext } from '@/access/canSetPasswordByUpdate'
import { checkPassword } from '@/lib/auth/password-policy'
import type { User } from '@/payload-types'

export const changePasswordMessages = {
  missingCurrent: 'Enter your current password.',
  wrongCurrent: 'Your current password is not correct.',
  locked:
    'Too many wrong passwords: your account is locked for 15 minutes. Try again later or reset your password by email.',
  unchanged: 'Choose a new password that is different from your current one.',
  changed: 'Your password has been changed. You have been signed out everywhere else.',
} as const

const invalid = ({
  req,
  path,
  messages,
}: {
  req: PayloadRequest
  path: string
  messages: string[]
}) =>
  new ValidationError({
    collection: 'users',
    errors: messages.map((message) => ({ path, message })),
    req,
  })

const hasStatus = (error: unknown, status: number) =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status

/**
 * POST /api/users/change-password `{ currentPassword, newPassword }` for the signed-in user.
 *
 * The current password is checked by Payload's own login operation, so wrong guesses count towards
 * the account lockout like any failed login. The new password is then set by a normal update, which
 * (with `auth.useSessions`, Payload's default) keeps only the session making the request and ends
 * every other one (payload/dist/collections/operations/utilities/update.js). The caller's token
 * stays valid.
 */
export const changePasswordEndpoint: Endpoint = {
  path: '/change-password',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user || user.collection !== 'users') throw new UnauthorizedError(req.t)
    await addDataAndFileToRequest(req)
    const { currentPassword, newPassword } = (req.data ?? {}) as Record<string, unknown>
    if (typeof currentPassword !== 'string' || currentPassword === '') {
      throw invalid({
        req,
        path: 'currentPassword',
        messages: [changePasswordMessages.missingCurrent],
      })
    }
    const problems = checkPassword({ password: newPassword, email: user.email })
    if (problems.length > 0) throw invalid({ req, path: 'newPassword', messages: problems })
    if (newPassword === currentPassword) {
      throw invalid({ req, path: 'newPassword', messages: [changePasswordMessages.unchanged] })
    }

    try {
      // Its own request: a successful login adds a session, which the update below ends again.
      // overrideAccess only governs reading back the user, which is discarded.
      await req.payload.login({
        collection: 'users',
        data: { email: user.email, password: currentPassword },
        depth: 0,
        overrideAccess: true,
      })
    } catch (error) {
      if (!hasStatus(error, 401)) throw error
      const stored = await req.payload.db.findOne<User>({
        collection: 'users',
        req,
        select: { lockUntil: true },
        where: { id: { equals: user.id } },
      })
      if (stored?.lockUntil && new Date(stored.lockUntil).getTime() > Date.now()) {
        throw new APIError(changePasswordMessages.locked, 403)
      }
      throw invalid({
        req,
        path: 'currentPassword',
        messages: [changePasswordMessages.wrongCurrent],
      })
    }

    await req.payload.update({
      collection: 'users',
      id: user.id,
      data: { password: newPassword as string },
      req,
      overrideAccess: false,
      context: { [verifiedPasswordChangeContext]: true },
      depth: 0,
    })
    return Response.json(
      { message: changePasswordMessages.changed },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
