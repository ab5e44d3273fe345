import type { PayloadRequest } from 'payload'

import { inTransaction, lockRows } from '@/lib/db/transaction'
import { idOf } from '@/lib/ids'
import { isStaffUser } from '@/lib/roles'
import { refuse, type ServiceResult } from '@/lib/services/result'
import type { Case } from '@/payload-types'

import { caseIdFrom, findCaseAs } from './findCaseAs'

/**
 * Runs a membership change (share, unshare, invite, withdraw, transfer, shortlist) in one
 * transaction that first locks the case. Everything `work` reads of the case after the lock is
 * what the previous change committed, and nobody else changes it until this one commits: two
 * changes at the same moment run one after the other, never over each other.
 */
export const withLockedCase = <T>(
  req: PayloadRequest,
  caseId: unknown,
  work: () => Promise<T>,
): Promise<T> =>
  inTransaction(req, async () => {
    const id = caseIdFrom(caseId)
    if (id !== null) await lockRows({ req, collection: 'cases', ids: [id] })
    return work()
  })

/**
 * A membership change made by `req.user`: a guest is refused (401, `signedOutMessage`), the case is
 * locked and read as the caller (404 when they may not see it, a missing case included), and
 * `change` runs with the case as last committed.
 */
export const changeLockedCase = <T>({
  req,
  caseId,
  signedOutMessage,
  change,
}: {
  req: PayloadRequest
  caseId: unknown
  signedOutMessage: string
  change: (theCase: Case, user: NonNullable<PayloadRequest['user']>) => Promise<ServiceResult<T>>
}): Promise<ServiceResult<T>> => {
  const user = req.user
  if (!user) return Promise.resolve(refuse(401, 'not-signed-in', signedOutMessage))
  return withLockedCase(req, caseId, async () => {
    const theCase = await findCaseAs({ req, id: caseId })
    if (!theCase) return refuse(404, 'case-not-found', 'Case not found.')
    return change(theCase, user)
  })
}

/** The case's owner or program staff: who may share it, withdraw its invitations, remove people. */
export const isOwnerOrStaff = (theCase: Case, user: PayloadRequest['user']) =>
  Boolean(user) && (idOf(theCase.owner) === user!.id || isStaffUser(user))
