'use server'

import { redirect } from 'next/navigation'

import { requestPasswordReset } from '@/lib/auth/password-reset'
import { getPayloadClient } from '@/lib/payload'
import type { FormState } from '@/lib/portal/form-state'
import { formError, isEmail, textOf } from '@/lib/portal/form-state'

/**
 * Starts a password reset. The same logic as POST /api/users/forgot-password: every address gets
 * the same answer after the same time, whether or not it has an account.
 */
export async function forgotPasswordAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const email = textOf(formData, 'email').toLowerCase()
  if (!isEmail(email)) {
    return formError({
      values: { email },
      errors: { email: 'Enter your email address, like name@example.org.' },
    })
  }
  const payload = await getPayloadClient()
  await requestPasswordReset({ payload, collection: 'users', email })
  redirect('/forgot-password?sent=1')
}
