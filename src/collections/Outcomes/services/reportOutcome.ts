import type { PayloadRequest } from 'payload'

import { findCaseAs } from '@/collections/Cases/services/findCaseAs'
import { resolveCourtAndAdjudicator } from '@/collections/Vocabularies/services/addUnlisted'
import { inTransaction } from '@/lib/db/transaction'
import { caseRoleOf } from '@/lib/portal/cases'
import type { FieldValues } from '@/lib/portal/form-state'
import { adjudicatorAnswerOf, courtAnswerOf } from '@/lib/portal/court-choice'
import { payloadFieldErrors } from '@/lib/portal/form-state'
import { toOutcomeData, validateOutcome } from '@/lib/portal/outcome'
import { storeUpload } from '@/lib/uploads/store'
import {
  done,
  refuse,
  refusalOf,
  RefusalError,
  type Refusal,
  type ServiceResult,
} from '@/lib/services/result'
import type { User } from '@/payload-types'

import { outcomeChoicesFor } from './outcomeChoices'

export type ReportOutcomeRefusalCode = 'not-signed-in' | 'not-case-owner' | 'invalid' | 'not-saved'

export type ReportedOutcome = { id: number; caseId: number }

const notOwner = () =>
  refuse(403, 'not-case-owner', 'Only the advocate who registered this case can add outcomes.')

const invalid = (fieldErrors: Record<string, string>) =>
  refuse(400, 'invalid', 'Please correct the highlighted answers.', fieldErrors)

/**
 * The case's owner (or staff) reports a decision: the answers are checked against the choices the
 * form offers for this case, then the decision document (when one is attached) and the outcome
 * are saved as that person, in one transaction. The Outcomes collection logs the outcome and
 * emails the case's owner. A case the person may not see is refused like one they do not own; a
 * failure while saving rolls everything back and is answered `not-saved`.
 */
export const reportOutcome = async ({
  req,
  caseId,
  answers,
  decisionDocument,
}: {
  req: PayloadRequest
  caseId: unknown
  /** The form's answers as parsed by `parseOutcome`. */
  answers: FieldValues
  decisionDocument?: File | null
}): Promise<ServiceResult<ReportedOutcome, ReportOutcomeRefusalCode>> => {
  if (!req.user) return refuse(401, 'not-signed-in', 'Your session has ended. Log in again.')
  const user = req.user as User
  const theCase = await findCaseAs({ req, id: caseId, select: { owner: true, reliefSought: true } })
  if (!theCase || caseRoleOf(theCase, user) === 'shared') return notOwner()
  const choices = await outcomeChoicesFor({ payload: req.payload, user, theCase })
  const errors = validateOutcome({
    values: answers,
    choices,
    hasFile: Boolean(decisionDocument),
  })
  if (Object.keys(errors).length > 0) return invalid(errors)

  try {
    return await inTransaction(req, async () => {
      let documentId: number | undefined
      if (decisionDocument) {
        const stored = await storeUpload({
          payload: req.payload,
          user,
          collection: 'decision-documents',
          file: decisionDocument,
          data: { case: theCase.id },
          req,
        })
        if (stored.error) throw new RefusalError(invalid({ decisionDocument: stored.error }))
        documentId = stored.id
      }
      // A court or adjudicator typed as "not listed" is added unconfirmed, with the outcome.
      const courtAndAdjudicator = await resolveCourtAndAdjudicator({
        req,
        court: courtAnswerOf(answers),
        adjudicator: adjudicatorAnswerOf(answers),
      })
      const outcome = await req.payload.create({
        collection: 'outcomes',
        data: {
          ...toOutcomeData({
            values: answers,
            caseId: theCase.id,
            reliefs: choices.reliefs,
            decisionDocument: documentId,
          }),
          ...courtAndAdjudicator,
        },
        user,
        overrideAccess: false,
        depth: 0,
        req,
      })
      return done({ id: outcome.id, caseId: theCase.id }, 201)
    })
  } catch (error) {
    const refusal = refusalOf(error) as Refusal<ReportOutcomeRefusalCode> | null
    if (refusal) return refusal
    const fieldErrors = payloadFieldErrors(error)
    if (Object.keys(fieldErrors).length > 0) return invalid(fieldErrors)
    if ((error as { status?: number }).status === 403) return notOwner()
    // Nothing was saved (the transaction rolled back): the person keeps their answers and retries.
    req.payload.logger.error({ err: error, msg: 'Outcome could not be saved' })
    return refuse(
      500,
      'not-saved',
      'We could not save the outcome just now. Your answers are still here: please try again.',
    )
  }
}
