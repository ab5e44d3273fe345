'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { reportOutcome } from '@/collections/Outcomes/services/reportOutcome'
import { getViewer } from '@/lib/payload'
import type { FormState } from '@/lib/portal/form-state'
import { formError } from '@/lib/portal/form-state'
import { parseOutcome } from '@/lib/portal/outcome'
import { uploadedFile } from '@/lib/uploads/store'
import { viewerRequest } from '@/lib/services/viewer-request'
import type { User } from '@/payload-types'

/**
 * Adds an outcome to a case the viewer owns, with its decision document when one is attached
 * (reportOutcome saves both as the viewer, in one transaction).
 */
export async function addOutcomeAction(
  bound: { caseId: number },
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = parseOutcome(formData)
  const file = uploadedFile(formData, 'decisionDocument')
  const reattach = file
    ? 'Your file was not saved: choose it again before you send the form.'
    : undefined
  const { payload, user } = await getViewer()
  const result = await reportOutcome({
    req: await viewerRequest(payload, user as User | null),
    caseId: bound.caseId,
    answers: values,
    decisionDocument: file,
  })
  if (!result.ok) {
    if (result.fieldErrors) {
      return formError({
        values,
        errors: result.fieldErrors,
        message: reattach ? `Please correct the highlighted answers. ${reattach}` : undefined,
      })
    }
    const isRetry = result.code === 'not-saved' && reattach
    return formError({
      values,
      message: isRetry ? `${result.message} ${reattach}` : result.message,
    })
  }
  const { caseId } = result.value
  revalidatePath(`/cases/${caseId}`, 'layout')
  revalidatePath('/account')
  redirect(`/cases/${caseId}/outcomes?added=1`)
}
