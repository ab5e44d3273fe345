import type { PayloadRequest } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { caseUnsharedEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { queueEmail } from '@/lib/queue-email'
import { isStaffUser } from '@/lib/roles'
import { done, refuse, type ServiceResult } from '@/lib/services/result'

import { emailOfAccount, saveMembership } from './accounts'
import { findCaseAs } from './findCaseAs'
import { withLockedCase } from './withLockedCase'

export type Unshared = { status: 'removed'; userId: number }

/**
 * The owner or staff remove a shared user; a shared user may also remove themselves. Access ends
 * with the commit (the next request reads the case without them). Logged; the person is emailed.
 */
export const unshareCase = ({
  req,
  caseId,
  userId,
}: {
  req: PayloadRequest
  caseId: unknown
  userId: unknown
}): Promise<ServiceResult<Unshared>> => {
  if (!req.user) return Promise.resolve(refuse(401, 'not-signed-in', 'Log in to manage sharing.'))
  return withLockedCase(req, caseId, async () => {
    const user = req.user!
    const theCase = await findCaseAs({ req, id: caseId })
    if (!theCase) return refuse(404, 'case-not-found', 'Case not found.')
    const removedId = Number(userId)
    if (idOf(theCase.owner) !== user.id && removedId !== user.id && !isStaffUser(user)) {
      return refuse(
        403,
        'not-case-owner',
        'Only the case owner or program staff can remove shared users.',
      )
    }
    const shares = theCase.shares ?? []
    const removed = shares.find((s) => idOf(s.user) === removedId)
    if (!removed) {
      return refuse(404, 'share-not-found', 'This person is not a shared user of the case.')
    }
    await saveMembership(req, theCase.id, { shares: shares.filter((s) => s !== removed) })
    await recordAccessEvent({
      req,
      action: 'unshare',
      caseId: theCase.id,
      details: { recipient: removedId },
    })
    await queueEmail(req, {
      to: await emailOfAccount(req, removedId),
      ...caseUnsharedEmail({ caseNumber: theCase.caseNumber ?? '' }),
    })
    return done({ status: 'removed' as const, userId: removedId })
  })
}
