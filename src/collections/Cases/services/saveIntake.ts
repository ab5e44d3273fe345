import type { PayloadRequest } from 'payload'

import {
  resolveCourtAndAdjudicator,
  type AdjudicatorAnswer,
  type CourtAnswer,
} from '@/collections/Vocabularies/services/addUnlisted'
import { expectVersion, isVersionConflict } from '@/hooks/serializeWrites'
import { inTransaction } from '@/lib/db/transaction'
import { hasRole, isStaffUser } from '@/lib/roles'
import { done, refuse, type ServiceResult } from '@/lib/services/result'
import type { Case } from '@/payload-types'

import { caseIdFrom } from './findCaseAs'

/** The intake answers a case stores (what the portal's intake form and the REST API send). */
export type IntakeData = Omit<
  Case,
  'id' | 'owner' | 'caseNumber' | 'shares' | 'expertShortlist' | 'createdAt' | 'updatedAt'
>

export type SavedIntake = { id: number; caseNumber: string }

/**
 * The court and adjudicator as the form answered them: a listed entry, or a typed name added
 * unconfirmed (in the same transaction as the case) for staff to confirm or merge.
 */
export type CourtChoice = { court: CourtAnswer; adjudicator: AdjudicatorAnswer }

const withCourtChoice = async (req: PayloadRequest, data: IntakeData, choice?: CourtChoice) =>
  choice ? { ...data, ...(await resolveCourtAndAdjudicator({ req, ...choice })) } : data

const refusedBy = (req: PayloadRequest, error: unknown) => {
  const status = (error as { status?: number }).status
  if (status !== 403 && status !== 404) return null
  return refuse(
    403,
    'not-case-owner',
    isStaffUser(req.user)
      ? 'This case could not be saved with your account.'
      : 'Only the advocate who registered this case can change it.',
  )
}

/**
 * An advocate registers a case (one per principal applicant) from the intake: it is saved as them,
 * with them as owner; the Cases collection numbers it and logs it. Staff import cases in the admin
 * panel instead.
 */
export const registerCase = async ({
  req,
  data,
  courtChoice,
}: {
  req: PayloadRequest
  data: IntakeData
  courtChoice?: CourtChoice
}): Promise<ServiceResult<SavedIntake>> => {
  if (!req.user) return refuse(401, 'not-signed-in', 'Your session has ended. Log in again.')
  if (!hasRole(req.user, 'advocate')) {
    return refuse(
      403,
      'not-an-advocate',
      'Only advocate accounts register cases. Staff import cases in the admin panel.',
    )
  }
  const user = req.user
  try {
    return await inTransaction(req, async () => {
      const created = await req.payload.create({
        collection: 'cases',
        data: { ...(await withCourtChoice(req, data, courtChoice)), owner: user.id } as Case,
        user,
        overrideAccess: false,
        depth: 0,
        select: { caseNumber: true },
        req,
      })
      return done({ id: created.id, caseNumber: created.caseNumber ?? '' }, 201)
    })
  } catch (error) {
    const refusal = refusedBy(req, error)
    if (refusal) return refusal
    throw error
  }
}

/**
 * The case's owner (or staff) changes its intake answers. With `version` (the `updatedAt` the form
 * was loaded from) the change applies only to that version: a save made meanwhile by someone else
 * is refused as `version-conflict` (409) and nothing is overwritten.
 */
export const editIntake = async ({
  req,
  caseId,
  data,
  version,
  courtChoice,
}: {
  req: PayloadRequest
  caseId: unknown
  data: IntakeData
  version?: string | null
  courtChoice?: CourtChoice
}): Promise<ServiceResult<SavedIntake>> => {
  if (!req.user) return refuse(401, 'not-signed-in', 'Your session has ended. Log in again.')
  const id = caseIdFrom(caseId)
  if (id === null) return refuse(404, 'case-not-found', 'Case not found.')
  const user = req.user
  try {
    return await inTransaction(req, async () => {
      const updated = await req.payload.update({
        collection: 'cases',
        id,
        data: await withCourtChoice(req, data, courtChoice),
        user,
        overrideAccess: false,
        depth: 0,
        select: { caseNumber: true },
        // Applies only to the version the form was loaded from; a stale one is refused (409).
        context: version ? expectVersion('cases', id, version) : undefined,
        req,
      })
      return done({ id: updated.id, caseNumber: updated.caseNumber ?? '' })
    })
  } catch (error) {
    if (isVersionConflict(error)) {
      return refuse(409, 'version-conflict', (error as Error).message)
    }
    const refusal = refusedBy(req, error)
    if (refusal) return refusal
    throw error
  }
}
