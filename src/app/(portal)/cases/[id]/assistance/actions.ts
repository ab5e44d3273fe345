'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { assistanceRequestLimits } from '@/collections/AssistanceRequests/options'
import { lengthErrors } from '@/lib/limits'
import { getViewer } from '@/lib/payload'
import { parseDay, todayDay } from '@/lib/portal/dates'
import type { FormState } from '@/lib/portal/form-state'
import { formError, payloadFieldErrors, textOf } from '@/lib/portal/form-state'
import type { User } from '@/payload-types'

/**
 * Sends a request for assistance on a case the viewer owns or that is shared with them, into the
 * staff queue. The collection queues the acknowledgement email.
 */
export async function requestAssistanceAction(
  bound: { caseId: number },
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = {
    subject: textOf(formData, 'subject'),
    message: textOf(formData, 'message'),
    urgentDeadline: textOf(formData, 'urgentDeadline'),
  }
  const errors: Record<string, string> = {}
  if (!values.subject) errors.subject = 'Say in a few words what you need help with.'
  if (!values.message) errors.message = 'Describe what you need.'
  Object.assign(
    errors,
    lengthErrors([
      {
        name: 'subject',
        label: 'What do you need help with?',
        value: values.subject,
        max: assistanceRequestLimits.subject,
      },
      {
        name: 'message',
        label: 'Details',
        value: values.message,
        max: assistanceRequestLimits.message,
      },
    ]),
  )
  if (values.urgentDeadline) {
    if (!parseDay(values.urgentDeadline))
      errors.urgentDeadline = 'Enter a real date, for example 2026-03-12, or leave it empty.'
    else if (values.urgentDeadline < todayDay())
      errors.urgentDeadline = 'This date has passed. Enter an upcoming deadline, or leave it empty.'
  }
  if (Object.keys(errors).length > 0) return formError({ values, errors })
  const { payload, user } = await getViewer()
  if (!user) return formError({ values, message: 'Your session has ended. Log in again.' })
  try {
    await payload.create({
      collection: 'assistance-requests',
      data: {
        case: bound.caseId,
        subject: values.subject,
        message: values.message,
        urgentDeadline: values.urgentDeadline ? parseDay(values.urgentDeadline) : null,
      },
      user: user as User,
      overrideAccess: false,
      depth: 0,
    })
  } catch (error) {
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) return formError({ values, errors: fieldErrors })
    const status = (error as { status?: number }).status
    return formError({
      values,
      message:
        status === 403
          ? 'You can request assistance only for cases you registered or that are shared with you.'
          : 'We could not send your request just now. Please try again.',
    })
  }
  revalidatePath(`/cases/${bound.caseId}/assistance`)
  redirect(`/cases/${bound.caseId}/assistance?sent=1`)
}
