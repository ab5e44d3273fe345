import type { PayloadRequest } from 'payload'

import { inTransaction } from '@/lib/db/transaction'
import { lengthErrors } from '@/lib/limits'
import { parseDay, todayDay } from '@/lib/portal/dates'
import { payloadFieldErrors } from '@/lib/portal/form-state'
import { done, refuse, type ServiceResult } from '@/lib/services/result'

import { assistanceRequestLimits } from '../options'

export type AssistanceRefusalCode = 'invalid' | 'not-signed-in' | 'not-case-member' | 'not-sent'

export type AssistanceRequested = { id: number; caseId: number }

/** What to fix in a request, keyed by field name; empty when it can be sent. */
const requestErrors = ({
  subject,
  message,
  urgentDeadline,
}: {
  subject: string
  message: string
  urgentDeadline: string
}): Record<string, string> => {
  const errors: Record<string, string> = {}
  if (!subject) errors.subject = 'Say in a few words what you need help with.'
  if (!message) errors.message = 'Describe what you need.'
  Object.assign(
    errors,
    lengthErrors([
      {
        name: 'subject',
        label: 'What do you need help with?',
        value: subject,
        max: assistanceRequestLimits.subject,
      },
      {
        name: 'message',
        label: 'Details',
        value: message,
        max: assistanceRequestLimits.message,
      },
    ]),
  )
  if (urgentDeadline) {
    if (!parseDay(urgentDeadline))
      errors.urgentDeadline = 'Enter a real date, for example 2026-03-12, or leave it empty.'
    else if (urgentDeadline < todayDay())
      errors.urgentDeadline = 'This date has passed. Enter an upcoming deadline, or leave it empty.'
  }
  return errors
}

/**
 * A case's owner or a person it is shared with asks program staff for help: the request joins the
 * staff queue as sent by that person (the collection's create access decides who may), and the
 * collection queues the acknowledgement email in the same transaction. `urgentDeadline` is a
 * calendar day (YYYY-MM-DD) or empty.
 */
export const requestAssistance = async ({
  req,
  caseId,
  subject,
  message,
  urgentDeadline = '',
}: {
  req: PayloadRequest
  caseId: number
  subject: string
  message: string
  urgentDeadline?: string
}): Promise<ServiceResult<AssistanceRequested, AssistanceRefusalCode>> => {
  const errors = requestErrors({ subject, message, urgentDeadline })
  if (Object.keys(errors).length > 0) {
    return refuse(400, 'invalid', 'Please correct the highlighted answers.', errors)
  }
  if (!req.user) return refuse(401, 'not-signed-in', 'Your session has ended. Log in again.')
  try {
    const created = await inTransaction(req, () =>
      req.payload.create({
        collection: 'assistance-requests',
        data: {
          case: caseId,
          subject,
          message,
          urgentDeadline: urgentDeadline ? parseDay(urgentDeadline) : null,
        },
        user: req.user,
        overrideAccess: false,
        depth: 0,
        req,
      }),
    )
    return done({ id: created.id, caseId }, 201)
  } catch (error) {
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) {
      return refuse(400, 'invalid', 'Please correct the highlighted answers.', fieldErrors)
    }
    if ((error as { status?: number }).status === 403) {
      return refuse(
        403,
        'not-case-member',
        'You can request assistance only for cases you registered or that are shared with you.',
      )
    }
    return refuse(500, 'not-sent', 'We could not send your request just now. Please try again.')
  }
}
