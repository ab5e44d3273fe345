'use server'

import { redirect } from 'next/navigation'

import { resourceFileLimits } from '@/collections/ResourceFiles/options'
import { resourceSubmissionLimits } from '@/collections/ResourceSubmissions/options'
import { lengthErrors } from '@/lib/limits'
import { getViewer } from '@/lib/payload'
import type { FormState } from '@/lib/portal/form-state'
import { formError, isChecked, payloadFieldErrors, textOf } from '@/lib/portal/form-state'
import { storeUpload, uploadedFile } from '@/lib/uploads/store'
import type { User } from '@/payload-types'

/**
 * Sends a sample resource to the staff queue (resource-submissions), as the signed-in user, with
 * its optional file stored privately in resource-files (the person cannot read it back; staff can).
 * If the submission itself fails, the file just stored is removed again.
 */
export async function submitResourceAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = {
    title: textOf(formData, 'title'),
    description: textOf(formData, 'description'),
    clientPermission: isChecked(formData, 'clientPermission') ? 'on' : '',
  }
  const file = uploadedFile(formData, 'file')
  const errors: Record<string, string> = {}
  if (!values.title) errors.title = 'Give the resource a title.'
  if (!values.description) errors.description = 'Describe the resource and the case it comes from.'
  Object.assign(
    errors,
    lengthErrors([
      { name: 'title', label: 'Title', value: values.title, max: resourceSubmissionLimits.title },
      {
        name: 'description',
        label: 'Description',
        value: values.description,
        max: resourceSubmissionLimits.description,
      },
    ]),
  )
  if (values.clientPermission !== 'on')
    errors.clientPermission =
      'Confirm you have your client’s permission and the material is redacted.'
  if (Object.keys(errors).length > 0) {
    return formError({
      values,
      errors,
      message: file
        ? 'Please correct the highlighted answers. Your file was not saved: choose it again.'
        : undefined,
    })
  }
  const { payload, user } = await getViewer()
  if (!user) return formError({ values, message: 'Your session has ended. Log in again.' })
  const viewer = user as User

  let fileId: number | undefined
  if (file) {
    const stored = await storeUpload({
      payload,
      user: viewer,
      collection: 'resource-files',
      file,
      data: { description: values.title.slice(0, resourceFileLimits.description) },
    })
    if (stored.error) return formError({ values, errors: { file: stored.error } })
    fileId = stored.id
  }
  try {
    await payload.create({
      collection: 'resource-submissions',
      data: {
        title: values.title,
        description: values.description,
        clientPermission: true,
        file: fileId ?? null,
      },
      user: viewer,
      overrideAccess: false,
      depth: 0,
    })
  } catch (error) {
    if (fileId !== undefined) {
      // Nothing refers to the file now: remove it rather than leave an orphan in staff's list.
      await payload
        .delete({ collection: 'resource-files', id: fileId, overrideAccess: true })
        .catch((cleanupError: unknown) =>
          payload.logger.error({ err: cleanupError, msg: 'Could not remove an orphaned upload' }),
        )
    }
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) {
      return formError({
        values,
        errors: fieldErrors,
        message: file ? 'Your file was not saved: choose it again.' : undefined,
      })
    }
    payload.logger.error({ err: error, msg: 'Resource submission failed' })
    return formError({ values, message: 'We could not send your submission. Please try again.' })
  }
  redirect(`/submit-resource?sent=${file ? 'with-file' : 'text'}`)
}
