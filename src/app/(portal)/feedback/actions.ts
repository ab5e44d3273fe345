'use server'

import { redirect } from 'next/navigation'

import { feedbackLimits } from '@/collections/Feedback/options'
import { lengthErrors } from '@/lib/limits'
import { getViewer } from '@/lib/payload'
import { feedbackCategories } from '@/collections/Feedback/options'
import type { FormState } from '@/lib/portal/form-state'
import { formError, isEmail, payloadFieldErrors, textOf } from '@/lib/portal/form-state'
import type { Feedback } from '@/payload-types'

/** Feedback about the library or the site, from anyone (guests included), into the staff queue. */
export async function sendFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = {
    category: textOf(formData, 'category'),
    message: textOf(formData, 'message'),
    replyEmail: textOf(formData, 'replyEmail'),
    pageUrl: textOf(formData, 'pageUrl'),
  }
  const errors: Record<string, string> = {}
  if (!feedbackCategories.some((c) => c.value === values.category))
    errors.category = 'Choose what your feedback is about.'
  if (!values.message) errors.message = 'Tell us what happened or what you suggest.'
  Object.assign(
    errors,
    lengthErrors([
      {
        name: 'message',
        label: 'Your feedback',
        value: values.message,
        max: feedbackLimits.message,
      },
    ]),
  )
  if (values.replyEmail && !isEmail(values.replyEmail))
    errors.replyEmail = 'Enter an email address like name@example.org, or leave it empty.'
  if (Object.keys(errors).length > 0) return formError({ values, errors })
  const { payload, user } = await getViewer()
  try {
    await payload.create({
      collection: 'feedback',
      data: {
        category: values.category as Feedback['category'],
        message: values.message,
        replyEmail: values.replyEmail || null,
        // Only a path on this site, never a full address someone typed in. The page's address is
        // context the site adds, not the person's words: one too long to store is left out.
        pageUrl:
          values.pageUrl.startsWith('/') && values.pageUrl.length <= feedbackLimits.pageUrl
            ? values.pageUrl
            : null,
      },
      user,
      overrideAccess: false,
      depth: 0,
    })
  } catch (error) {
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) return formError({ values, errors: fieldErrors })
    payload.logger.error({ err: error, msg: 'Feedback could not be saved' })
    return formError({ values, message: 'We could not send your feedback. Please try again.' })
  }
  redirect('/feedback?sent=1')
}
