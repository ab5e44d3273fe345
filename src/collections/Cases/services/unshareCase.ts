import type { PayloadRequest } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { caseUnsharedEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { queueEmail } from '@/lib/queue-email'
import { done, refuse, type ServiceResult } from '@/lib/services/result'

import { emailOfAccount, saveMembership } from './accounts'
import { changeLockedCase, isOwnerOrStaff } from './withLockedCase'

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
}): Promise<ServiceResult<Unshared>> =>
  changeLockedCase<Unshared>({
    req,
    caseId,
    signedOutMessage: 'Log in to manage sharing.',
    change: async (theCase, user) => {
      const removedId = Number(userId)
      if (!isOwnerOrStaff(theCase, user) && removedId !== user.id) {
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
    },
  })
