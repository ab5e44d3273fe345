'use server'

import { revalidatePath } from 'next/cache'
import type { Payload } from 'payload'

import { changePassword } from '@/collections/Users/services/changePassword'
import { expectVersion, isVersionConflict } from '@/hooks/serializeWrites'
import { inTransaction } from '@/lib/db/transaction'
import { getViewer } from '@/lib/payload'
import { accountDetailsValues, accountLengthErrors } from '@/lib/portal/account-details'
import { advocateTypes } from '@/collections/Users/options'
import type { SummaryRow } from '@/lib/portal/edit-conflict'
import { readVersioned, resolveConflict } from '@/lib/portal/edit-conflict'
import type { FieldValues, FormState } from '@/lib/portal/form-state'
import {
  formError,
  formSuccess,
  isChecked,
  payloadFieldErrors,
  textOf,
  valueOf,
} from '@/lib/portal/form-state'
import { findOrCreateOrganization } from '@/lib/portal/organizations'
import { hasRole } from '@/lib/roles'
import { viewerRequest } from '@/lib/services/viewer-request'
import type { User } from '@/payload-types'

const signedOut = (values: FormState['values']) =>
  formError({ values, message: 'Your session has ended. Log in again to save your changes.' })

const profileFieldNames = ['name', 'organization', 'advocateType', 'newsletter', 'caseActivity']

const summarizeProfile = (values: FieldValues): SummaryRow[] => {
  const yesNo = (name: string) => (valueOf(values, name) === 'on' ? 'Yes' : 'No')
  return [
    { label: 'Your name', value: valueOf(values, 'name'), fields: ['name'] },
    {
      label: 'Your role',
      value: advocateTypes.find((o) => o.value === valueOf(values, 'advocateType'))?.label ?? '',
      fields: ['advocateType'],
    },
    { label: 'Organization', value: valueOf(values, 'organization'), fields: ['organization'] },
    { label: 'Program news newsletter', value: yesNo('newsletter'), fields: ['newsletter'] },
    { label: 'Activity on my cases', value: yesNo('caseActivity'), fields: ['caseActivity'] },
  ]
}

/** The account's saved details, as the form shows them, and their version. */
const savedProfile = async ({ payload, user }: { payload: Payload; user: User }) => {
  const account = await payload.findByID({
    collection: 'users',
    id: user.id,
    user,
    overrideAccess: false,
    depth: 1,
    select: {
      name: true,
      organization: true,
      advocateType: true,
      notifications: true,
      updatedAt: true,
    },
    populate: { organizations: { name: true } },
  })
  return { values: accountDetailsValues(account), version: account.updatedAt }
}

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
  const versioned = readVersioned(formData, profileFieldNames)
  const { payload, user } = await getViewer()
  if (!user) return signedOut(values)
  const isAdvocate = hasRole(user, 'advocate')
  const errors: Record<string, string> = {}
  if (!values.name) errors.name = 'Enter your name.'
  if (isAdvocate) {
    if (!values.organization) errors.organization = 'Enter the organization you work with.'
    if (!advocateTypes.some((o) => o.value === values.advocateType))
      errors.advocateType = 'Choose what best describes your role.'
  }
  Object.assign(
    errors,
    accountLengthErrors({ name: values.name, organization: values.organization, isAdvocate }),
  )
  if (Object.keys(errors).length > 0) return formError({ ...versioned, values, errors })

  const req = await viewerRequest(payload, user)
  let version: string | undefined
  try {
    version = await inTransaction(req, async () => {
      const organization = isAdvocate
        ? await findOrCreateOrganization({ payload, req, name: values.organization })
        : undefined
      const updated = await payload.update({
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
        select: { updatedAt: true },
        req,
        // Applies only to the version the form was loaded from; a stale one is refused (409).
        context: versioned.version ? expectVersion('users', user.id, versioned.version) : undefined,
      })
      return updated.updatedAt
    })
  } catch (error) {
    if (isVersionConflict(error)) {
      const saved = await savedProfile({ payload, user })
      const merged = resolveConflict({
        baseline: versioned.baseline,
        saved: saved.values,
        yours: values,
        summarize: summarizeProfile,
      })
      return formError({
        values: merged.values,
        conflict: merged.conflict,
        version: saved.version,
        baseline: saved.values,
        message:
          'Your account details were saved from another window while you were editing them. Nothing of yours is lost: check the answers below, then save again to apply your changes.',
      })
    }
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0)
      return formError({ ...versioned, values, errors: fieldErrors })
    payload.logger.error({ err: error, msg: 'Profile update failed' })
    return formError({
      ...versioned,
      values,
      message: 'We could not save your changes. Please try again.',
    })
  }
  revalidatePath('/', 'layout')
  return formSuccess({
    values,
    version,
    baseline: values,
    message: 'Your account details are saved.',
  })
}

/**
 * Changes the password through the change-password service (the one POST
 * /api/users/change-password runs): the current password is checked by a login, so wrong guesses
 * count towards the lockout, and every other session of the account ends.
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
  try {
    const result = await changePassword({
      req: await viewerRequest(payload, user),
      currentPassword,
      newPassword,
    })
    if (result.ok) return formSuccess({ message: result.value.message })
    if (result.fieldErrors) return formError({ values: {}, errors: result.fieldErrors })
    return formError({ values: {}, message: result.message })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Password change failed' })
    return formError({
      values: {},
      message: 'We could not change your password. Please try again.',
    })
  }
}
