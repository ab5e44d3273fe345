'use server'

import { revalidatePath } from 'next/cache'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { changePasswordEndpoint } from '@/collections/Users/endpoints/changePassword'
import { organizationLimits } from '@/collections/Organizations/options'
import { userLimits } from '@/collections/Users/options'
import { lengthErrors } from '@/lib/limits'
import { getViewer } from '@/lib/payload'
import { advocateTypeOptions } from '@/lib/portal/collection-options'
import type { FormState } from '@/lib/portal/form-state'
import {
  formError,
  formSuccess,
  isChecked,
  payloadFieldErrors,
  textOf,
} from '@/lib/portal/form-state'
import { findOrCreateOrganization } from '@/lib/portal/organizations'
import { hasRole } from '@/lib/roles'
import type { User } from '@/payload-types'

const signedOut = (values: FormState['values']) =>
  formError({ values, message: 'Your session has ended. Log in again to save your changes.' })

/** Name, organization, advocate type and notification choices of the signed-in account. */
export async function updateProfileAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = {
    name: textOf(formData, 'name'),
    organization: textOf(formData, 'organization'),
    advocateType: textOf(formData, 'advocateType'),
    newsletter: isChecked(formData, 'newsletter') ? 'on' : '',
    caseActivity: isChecked(formData, 'caseActivity') ? 'on' : '',
  }
  const { payload, user } = await getViewer()
  if (!user) return signedOut(values)
  const isAdvocate = hasRole(user, 'advocate')
  const errors: Record<string, string> = {}
  if (!values.name) errors.name = 'Enter your name.'
  if (isAdvocate) {
    if (!values.organization) errors.organization = 'Enter the organization you work with.'
    if (!advocateTypeOptions.some((o) => o.value === values.advocateType))
      errors.advocateType = 'Choose what best describes your role.'
  }
  Object.assign(
    errors,
    lengthErrors([
      { name: 'name', label: 'Your name', value: values.name, max: userLimits.name },
      ...(isAdvocate
        ? [
            {
              name: 'organization',
              label: 'Organization',
              value: values.organization,
              max: organizationLimits.name,
            },
          ]
        : []),
    ]),
  )
  if (Object.keys(errors).length > 0) return formError({ values, errors })

  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const organization = isAdvocate
      ? await findOrCreateOrganization({ payload, req, name: values.organization })
      : undefined
    await payload.update({
      collection: 'users',
      id: user.id,
      data: {
        name: values.name,
        ...(isAdvocate
          ? { organization, advocateType: values.advocateType as User['advocateType'] }
          : {}),
        notifications: {
          newsletter: values.newsletter === 'on',
          caseActivity: values.caseActivity === 'on',
        },
      },
      user,
      overrideAccess: false,
      depth: 0,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) return formError({ values, errors: fieldErrors })
    payload.logger.error({ err: error, msg: 'Profile update failed' })
    return formError({ values, message: 'We could not save your changes. Please try again.' })
  }
  revalidatePath('/', 'layout')
  return formSuccess({ values, message: 'Your account details are saved.' })
}

/**
 * Changes the password through the change-password endpoint's own handler (POST
 * /api/users/change-password): the current password is checked by a login, so wrong guesses count
 * towards the lockout, and every other session of the account ends.
 */
export async function changePasswordAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const currentPassword = String(formData.get('currentPassword') ?? '')
  const newPassword = String(formData.get('newPassword') ?? '')
  const confirm = String(formData.get('confirmPassword') ?? '')
  const { payload, user } = await getViewer()
  if (!user) return signedOut({})
  if (newPassword && confirm !== newPassword) {
    return formError({
      values: {},
      errors: {
        confirmPassword: 'The two new passwords are not the same. Type the new password again.',
      },
    })
  }
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  req.data = { currentPassword, newPassword }
  try {
    const response = await changePasswordEndpoint.handler(req)
    const body = (await response.json()) as { message?: string }
    return formSuccess({ message: body.message ?? 'Your password has been changed.' })
  } catch (error) {
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) return formError({ values: {}, errors: fieldErrors })
    const { status, message } = error as { status?: number; message?: string }
    if (status === 403 || status === 401) {
      return formError({ values: {}, message: message ?? 'Your password could not be changed.' })
    }
    payload.logger.error({ err: error, msg: 'Password change failed' })
    return formError({
      values: {},
      message: 'We could not change your password. Please try again.',
    })
  }
}
