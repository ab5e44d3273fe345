'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { getViewer } from '@/lib/payload'
import { findCaseAs } from '@/collections/Cases/services/findCaseAs'
import { casePageView, caseRoleOf } from '@/lib/portal/cases'
import type { FormState } from '@/lib/portal/form-state'
import { formError, payloadFieldErrors } from '@/lib/portal/form-state'
import type { OutcomeChoices } from '@/lib/portal/outcome'
import { parseOutcome, toOutcomeData, validateOutcome } from '@/lib/portal/outcome'
import { storeUpload, uploadedFile } from '@/lib/portal/uploads'
import type { User } from '@/payload-types'

import { outcomeChoicesFor } from './choices'

/**
 * Adds an outcome to a case the viewer owns, with its decision document when one is attached (both
 * saved as the viewer, in one transaction). The Outcomes collection logs it and emails the owner.
 */
export async function addOutcomeAction(
  bound: { caseId: number },
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = parseOutcome(formData)
  const file = uploadedFile(formData, 'decisionDocument')
  const { payload, user } = await getViewer()
  if (!user) return formError({ values, message: 'Your session has ended. Log in again.' })
  const viewer = user as User
  const req = await createLocalReq({ user: { ...viewer, collection: 'users' } }, payload)
  const theCase = await findCaseAs({ req, id: bound.caseId, ...casePageView })
  if (!theCase || caseRoleOf(theCase, viewer) === 'shared') {
    return formError({
      values,
      message: 'Only the advocate who registered this case can add outcomes.',
    })
  }
  const choices: OutcomeChoices = await outcomeChoicesFor({ payload, user: viewer, theCase })
  const errors = validateOutcome({ values, choices, hasFile: Boolean(file) })
  const reattach = file
    ? 'Your file was not saved: choose it again before you send the form.'
    : undefined
  if (Object.keys(errors).length > 0) {
    return formError({
      values,
      errors,
      message: reattach ? `Please correct the highlighted answers. ${reattach}` : undefined,
    })
  }

  const shouldCommit = await initTransaction(req)
  try {
    let decisionDocument: number | undefined
    if (file) {
      const stored = await storeUpload({
        payload,
        user: viewer,
        collection: 'decision-documents',
        file,
        data: { case: theCase.id },
        req,
      })
      if (stored.error) {
        throw Object.assign(new Error('upload'), {
          fieldErrors: { decisionDocument: stored.error },
        })
      }
      decisionDocument = stored.id
    }
    await payload.create({
      collection: 'outcomes',
      data: toOutcomeData({
        values,
        caseId: theCase.id,
        reliefs: choices.reliefs,
        decisionDocument,
      }),
      user: viewer,
      overrideAccess: false,
      depth: 0,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    const fieldErrors =
      (error as { fieldErrors?: Record<string, string> }).fieldErrors ?? payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) {
      return formError({
        values,
        errors: fieldErrors,
        message: reattach ? `Please correct the highlighted answers. ${reattach}` : undefined,
      })
    }
    const status = (error as { status?: number }).status
    if (status === 403) {
      return formError({
        values,
        message: 'Only the advocate who registered this case can add outcomes.',
      })
    }
    payload.logger.error({ err: error, msg: 'Outcome could not be saved' })
    return formError({
      values,
      message: `We could not save the outcome just now. Your answers are still here: please try again.${reattach ? ` ${reattach}` : ''}`,
    })
  }
  revalidatePath(`/cases/${theCase.id}`, 'layout')
  revalidatePath('/account')
  redirect(`/cases/${theCase.id}/outcomes?added=1`)
}
