'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { requestAssistance } from '@/collections/AssistanceRequests/services/requestAssistance'
import { getViewer } from '@/lib/payload'
import type { FormState } from '@/lib/portal/form-state'
import { formError, textOf } from '@/lib/portal/form-state'
import { viewerRequest } from '@/lib/services/viewer-request'
import type { User } from '@/payload-types'

/**
 * Sends a request for assistance on a case the viewer owns or that is shared with them, into the
 * staff queue (requestAssistance, as the viewer).
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
  const { payload, user } = await getViewer()
  const result = await requestAssistance({
    req: await viewerRequest(payload, user as User | null),
    caseId: bound.caseId,
    ...values,
  })
  if (!result.ok) {
    return result.fieldErrors
      ? formError({ values, errors: result.fieldErrors })
      : formError({ values, message: result.message })
  }
  revalidatePath(`/cases/${bound.caseId}/assistance`)
  redirect(`/cases/${bound.caseId}/assistance?sent=1`)
}
