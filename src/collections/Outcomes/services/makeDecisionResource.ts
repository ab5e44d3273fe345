import type { PayloadRequest } from 'payload'

import { resourceLimits } from '@/collections/Resources/options'
import { recordAccessEvent } from '@/lib/audit'
import { inTransaction, lockRows } from '@/lib/db/transaction'
import { idOf } from '@/lib/ids'
import { storeUpload } from '@/lib/uploads/store'
import { UNPUBLISHED_DECISION } from '@/library/service'
import { isStaffUser } from '@/lib/roles'
import { done, refuse, refusalOf, RefusalError, type ServiceResult } from '@/lib/services/result'
import type { User } from '@/payload-types'

export type DecisionResource = { resourceId: number; resourceFileId: number }

export type DecisionResourceRefusalCode =
  | 'not-signed-in'
  | 'staff-only'
  | 'outcome-not-found'
  | 'no-decision-document'
  | 'no-permission-to-share'
  | 'already-made'
  | 'invalid'
  | 'not-saved'

const invalid = (fieldErrors: Record<string, string>) =>
  refuse(400, 'invalid', Object.values(fieldErrors)[0] ?? 'Check the form.', fieldErrors)

const outcomeIdFrom = (value: unknown): number | null => {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null
}

/**
 * Staff turn a reported decision into an "unpublished decision" library resource: they upload the
 * redacted file and confirm the redaction. Only an outcome with a decision document and the
 * attorney's permission to share qualifies. The resource is created as a draft staff review and
 * publish; it keeps the source case number (staff-only), the case's persecution types and the
 * outcome's reliefs and stage, so the library's rules for decisions (SPEC §4) place it. The
 * outcome then points at its resource. The outcome is locked first: two staff members doing this
 * at once make one resource, and the second is told it exists. One transaction: a refused file or
 * a failure leaves nothing behind.
 */
export const makeDecisionResource = async ({
  req,
  outcomeId: rawOutcomeId,
  redactedFile,
  title: rawTitle,
  confirmRedacted,
}: {
  req: PayloadRequest
  outcomeId: unknown
  redactedFile: File | null
  title: unknown
  confirmRedacted: unknown
}): Promise<ServiceResult<DecisionResource, DecisionResourceRefusalCode>> => {
  if (!req.user) return refuse(401, 'not-signed-in', 'Log in to make a library resource.')
  if (!isStaffUser(req.user)) {
    return refuse(403, 'staff-only', 'Only program staff make library resources from decisions.')
  }
  const user = req.user as User
  const outcomeId = outcomeIdFrom(rawOutcomeId)
  if (outcomeId === null) return refuse(404, 'outcome-not-found', 'Outcome not found.')

  const title = typeof rawTitle === 'string' ? rawTitle.trim() : ''
  const fieldErrors: Record<string, string> = {}
  if (!redactedFile) fieldErrors.file = 'Choose the redacted decision file.'
  if (!title) fieldErrors.title = 'Give the resource a title.'
  else if (title.length > resourceLimits.title) {
    fieldErrors.title = `Keep the title to ${resourceLimits.title} characters or fewer.`
  }
  if (confirmRedacted !== true && confirmRedacted !== 'true' && confirmRedacted !== 'on') {
    fieldErrors.confirmRedacted =
      'Confirm the file is redacted: no name, A-number, date of birth or other identifying detail.'
  }

  try {
    return await inTransaction(req, async () => {
      await lockRows({ req, collection: 'outcomes', ids: [outcomeId] })
      const outcome = await req.payload
        .findByID({
          collection: 'outcomes',
          id: outcomeId,
          depth: 0,
          user,
          overrideAccess: false,
          req,
        })
        .catch(() => null)
      if (!outcome) return refuse(404, 'outcome-not-found', 'Outcome not found.')
      const existing = idOf(outcome.decisionResource)
      if (existing) {
        return refuse(
          409,
          'already-made',
          `This decision is already library resource ${existing}. Edit that resource instead.`,
        )
      }
      if (!outcome.decisionDocument) {
        return refuse(
          409,
          'no-decision-document',
          'This outcome has no decision document to turn into a resource.',
        )
      }
      if (!outcome.permissionToShare || !outcome.clientPermission) {
        return refuse(
          409,
          'no-permission-to-share',
          'The attorney did not give permission to share this decision, so it cannot be a library resource.',
        )
      }
      if (Object.keys(fieldErrors).length > 0) return invalid(fieldErrors)

      const theCase = await req.payload.findByID({
        collection: 'cases',
        id: idOf(outcome.case)!,
        depth: 0,
        select: { caseNumber: true, persecutionTypes: true },
        user,
        overrideAccess: false,
        req,
      })
      const documentTypes = await req.payload.find({
        collection: 'document-types',
        where: { slug: { equals: UNPUBLISHED_DECISION } },
        depth: 0,
        limit: 1,
        user,
        overrideAccess: false,
        req,
      })
      const documentType = documentTypes.docs[0]
      if (!documentType) {
        throw new Error(`The "${UNPUBLISHED_DECISION}" document type is missing`)
      }

      const stored = await storeUpload({
        payload: req.payload,
        user,
        collection: 'resource-files',
        file: redactedFile!,
        req,
      })
      if (stored.error) throw new RefusalError(invalid({ file: stored.error }))

      const reliefs = [
        ...new Set((outcome.results ?? []).map((r) => idOf(r.relief)).filter(Boolean)),
      ] as number[]
      const stage = idOf(outcome.stage)
      const resource = await req.payload.create({
        collection: 'resources',
        draft: true,
        data: {
          title,
          documentType: documentType.id,
          audience: 'advocates',
          publishedAt: outcome.decisionDate,
          persecutionTypes: (theCase.persecutionTypes ?? [])
            .map((p) => idOf(p))
            .filter(Boolean) as number[],
          reliefTypes: reliefs,
          proceduralStages: stage ? [stage] : [],
          sourceCaseNumber: theCase.caseNumber ?? undefined,
          isRedacted: true,
          hasAttorneyPermission: true,
          file: stored.id,
          sourceOutcome: outcome.id,
          _status: 'draft',
        },
        depth: 0,
        user,
        overrideAccess: false,
        req,
      })
      await req.payload.update({
        collection: 'outcomes',
        id: outcome.id,
        data: { decisionResource: resource.id },
        depth: 0,
        // The link is written by this operation only (the field is closed to every request), so
        // nobody can point an outcome at an unrelated resource.
        overrideAccess: true,
        req,
      })
      // The decision's review is done: it is redacted and in the library as a draft.
      await req.payload.update({
        collection: 'decision-documents',
        id: idOf(outcome.decisionDocument)!,
        data: { status: 'redacted' },
        depth: 0,
        user,
        overrideAccess: false,
        req,
      })
      await recordAccessEvent({
        req,
        action: 'decision-resource',
        caseId: theCase.id,
        resourceId: resource.id,
        details: { outcome: outcome.id },
      })
      return done({ resourceId: resource.id, resourceFileId: stored.id! }, 201)
    })
  } catch (error) {
    const refusal = refusalOf(error)
    if (refusal) return refusal as never
    req.payload.logger.error({ err: error, msg: 'Decision resource could not be made' })
    return refuse(
      500,
      'not-saved',
      'We could not make the resource just now. Nothing was saved: please try again.',
    )
  }
}
