import type { CollectionBeforeOperationHook } from 'payload'
import { AuthenticationError } from 'payload'

import { spendPasswordCheckTime } from '@/lib/auth/password-hashing'
import type { User } from '@/payload-types'

/**
 * Makes a failed login look the same whether or not the email has an account.
 *
 * Payload's login (node_modules/payload/dist/auth/operations/login.js) answers an unknown email at
 * once, before any hashing, and a locked account with a different message ("This user is locked…"),
 * also before hashing; a wrong password for a real account costs a full PBKDF2 run (600,000
 * iterations). Both differences reveal which addresses are registered. For an unknown or locked
 * account this hook spends the same hashing time and throws the very error a wrong password gets.
 */
export const hideAccountExistenceAtLogin: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Missing fields get Payload's own "required" errors, which say nothing about any account.
  if (typeof email !== 'string' || email.trim() === '') return args
  if (typeof password !== 'string' || password.trim() === '') return args
  const user = await req.payload.db.findOne<User>({
    collection: 'users',
    req,
    select: { lockUntil: true },
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  const isLocked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (user && !isLocked) return args
  await spendPasswordCheckTime(password)
  throw new AuthenticationError(req.t)
}
