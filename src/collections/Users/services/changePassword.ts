import type { PayloadRequest } from 'payload'

import { verifiedPasswordChangeContext } from '@/access/canSetPasswordByUpdate'
import { checkPassword } from '@/lib/auth/password-policy'
import { done, refuse, refuseInput, type ServiceResult } from '@/lib/services/result'
import type { User } from '@/payload-types'

export const changePasswordMessages = {
  missingCurrent: 'Enter your current password.',
  wrongCurrent: 'Your current password is not correct.',
  locked:
    'Too many wrong passwords: your account is locked for 15 minutes. Try again later or reset your password by email.',
  unchanged: 'Choose a new password that is different from your current one.',
  changed: 'Your password has been changed. You have been signed out everywhere else.',
} as const

const hasStatus = (error: unknown, status: number) =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status

/**
 * The signed-in person changes their password, giving the current one.
 *
 * The current password is checked by Payload's own login operation, so wrong guesses count towards
 * the account lockout like any failed login. The new password is then set by a normal update, which
 * (with `auth.useSessions`, Payload's default) keeps only the session making the request and ends
 * every other one (payload/dist/collections/operations/utilities/update.js). The caller's token
 * stays valid.
 */
export const changePassword = async ({
  req,
  currentPassword,
  newPassword,
}: {
  req: PayloadRequest
  currentPassword: unknown
  newPassword: unknown
}): Promise<ServiceResult<{ message: string }>> => {
  const { user } = req
  if (!user || user.collection !== 'users') {
    return refuse(401, 'not-signed-in', 'You are not allowed to perform this action.')
  }
  if (typeof currentPassword !== 'string' || currentPassword === '') {
    return refuseInput([
      { path: 'currentPassword', message: changePasswordMessages.missingCurrent },
    ])
  }
  const problems = checkPassword({ password: newPassword, email: user.email })
  if (problems.length > 0) {
    return refuseInput(problems.map((message) => ({ path: 'newPassword', message })))
  }
  if (newPassword === currentPassword) {
    return refuseInput([{ path: 'newPassword', message: changePasswordMessages.unchanged }])
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
      return refuse(403, 'account-locked', changePasswordMessages.locked)
    }
    return refuseInput([{ path: 'currentPassword', message: changePasswordMessages.wrongCurrent }])
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
  return done({ message: changePasswordMessages.changed })
}
