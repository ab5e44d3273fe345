import type { PayloadRequest } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { caseInvitationCancelledEmail } from '@/lib/email-templates'
import { queueEmail } from '@/lib/queue-email'
import { done, refuse, type ServiceResult } from '@/lib/services/result'

import { saveMembership } from './accounts'
import { changeLockedCase, isOwnerOrStaff } from './withLockedCase'

export type Withdrawn = { status: 'withdrawn'; shareId: string }

/**
 * The owner or staff withdraw a pending invitation (a share with an address and no account yet),
 * so it can no longer turn into access. Logged as an unshare of the invitation; the invited
 * address is told.
 */
export const withdrawInvitation = ({
  req,
  caseId,
  shareId,
}: {
  req: PayloadRequest
  caseId: unknown
  shareId: unknown
}): Promise<ServiceResult<Withdrawn>> =>
  changeLockedCase<Withdrawn>({
    req,
    caseId,
    signedOutMessage: 'Log in to manage sharing.',
    change: async (theCase, user) => {
      if (!isOwnerOrStaff(theCase, user)) {
        return refuse(
          403,
          'not-case-owner',
          'Only the case owner or program staff can withdraw invitations.',
        )
      }
      const id = String(shareId ?? '')
      const shares = theCase.shares ?? []
      const invitation = shares.find((s) => s.id === id && !s.user && s.invitedEmail)
      if (!invitation) {
        return refuse(
          404,
          'invitation-not-found',
          'There is no pending invitation with this id on the case. It may have been accepted or withdrawn already.',
        )
      }
      await saveMembership(req, theCase.id, { shares: shares.filter((s) => s !== invitation) })
      await recordAccessEvent({
        req,
        action: 'unshare',
        caseId: theCase.id,
        details: { recipient: 'invitation' },
      })
      await queueEmail(req, {
        to: invitation.invitedEmail!,
        ...caseInvitationCancelledEmail({ caseNumber: theCase.caseNumber ?? '' }),
      })
      return done({ status: 'withdrawn' as const, shareId: id })
    },
  })
