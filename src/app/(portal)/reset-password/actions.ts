'use server'

import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/payload'
import type { FormState } from '@/lib/portal/form-state'
import { formError, payloadFieldErrors, textOf } from '@/lib/portal/form-state'

const invalidTokenMessage =
  'This reset link is not valid any more: it may have been used already or be more than an hour old.'

/**
 * Sets a new password with the emailed token (Payload's reset-password operation). The password
 * policy runs in the Users collection's hooks; its messages are shown at the field. Payload ends
 * every existing session of the account, so anyone signed in elsewhere is signed out.
 */
export async function resetPasswordAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const token = textOf(formData, 'token')
  const password = String(formData.get('password') ?? '')
  const confirm = String(formData.get('confirmPassword') ?? '')
  const values = { token }
  if (!token) return formError({ values, message: invalidTokenMessage })
  const errors: Record<string, string> = {}
  if (!password) errors.password = 'Enter a new password.'
  if (password && confirm !== password)
    errors.confirmPassword = 'The two passwords are not the same. Type the new password again.'
  if (Object.keys(errors).length > 0) return formError({ values, errors })
  const payload = await getPayloadClient()
  try {
    await payload.resetPassword({
      collection: 'users',
      data: { token, password },
      // The token is the credential: the reset acts for nobody who is signed in.
      overrideAccess: false,
    })
  } catch (error) {
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) return formError({ values, errors: fieldErrors })
    const status = (error as { status?: number }).status
    if (status === 403 || status === 400) return formError({ values, message: invalidTokenMessage })
    payload.logger.error({ err: error, msg: 'Password reset failed' })
    return formError({ values, message: 'We could not change your password just now. Try again.' })
  }
  redirect('/login?reset=1')
}
