import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
} from 'payload'
import { ValidationError } from 'payload'

import { checkPassword } from '@/lib/auth/password-policy'
import type { User } from '@/payload-types'

const policyError = ({ problems, req }: { problems: string[]; req: PayloadRequest }) =>
  new ValidationError({
    collection: 'users',
    errors: problems.map((message) => ({ path: 'password', message })),
    req,
  })

/**
 * Applies the password policy (src/lib/auth/password-policy.ts) whenever a create or an update
 * carries a password, whoever makes it, seeding and operator scripts included.
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const password: unknown = data?.password
  // Payload only sets a password when the value is a non-empty string; anything else is ignored.
  if (typeof password !== 'string' || password === '') return data
  const email = (data?.email as string | undefined) ?? (originalDoc?.email as string | undefined)
  const problems = checkPassword({ password, email })
  if (problems.length > 0) throw policyError({ problems, req })
  return data
}

/**
 * Payload's reset-password operation writes the new hash straight to the database: no field
 * validation and no beforeValidate hook sees the new password (resetPassword.js passes the stored
 * user, not the submitted data). Its beforeOperation hook does see `data.password` and the token, so
 * the policy is applied here, before anything is written.
 */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const { token, password } = (args.data ?? {}) as { token?: unknown; password?: unknown }
  if (typeof token !== 'string' || token === '') return args
  // The same query Payload runs next; an invalid or expired token is left to Payload's own error.
  const user = await req.payload.db.findOne<User>({
    collection: 'users',
    req,
    where: {
      resetPasswordToken: { equals: token },
      resetPasswordExpiration: { greater_than: new Date().toISOString() },
    },
  })
  if (!user) return args
  const problems = checkPassword({ password, email: user.email })
  if (problems.length > 0) throw policyError({ problems, req })
  return args
}
