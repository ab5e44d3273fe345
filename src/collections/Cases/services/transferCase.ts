import type { PayloadRequest } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { caseTransferredEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { queueEmail } from '@/lib/queue-email'
import { isStaffUser } from '@/lib/roles'
import { done, refuse, type ServiceResult } from '@/lib/services/result'

import { caseLimits } from '../options'
import { emailOfAccount, findAccountByEmail, normalizeEmail, saveMembership } from './accounts'
import { changeLockedCase } from './withLockedCase'

export type Transferred = { status: 'transferred'; ownerId: number }

/**
 * Staff move a case to another verified advocate, giving a reason. The previous owner loses
 * access; the new owner is removed from the shared users if listed there. Logged with the reason;
 * both are emailed, the reason included.
 */
export const transferCase = ({
  req,
  caseId,
  email: rawEmail,
  reason: rawReason,
}: {
  req: PayloadRequest
  caseId: unknown
  email: unknown
  reason: unknown
}): Promise<ServiceResult<Transferred>> => {
  // Who may transfer is decided before the case is locked: nobody else waits on a refusal.
  if (req.user && !isStaffUser(req.user)) {
    return Promise.resolve(
      refuse(
        403,
        'staff-only',
        'Only program staff can transfer a case. Email the TA program with the case number.',
      ),
    )
  }
  return changeLockedCase<Transferred>({
    req,
    caseId,
    signedOutMessage: 'Log in to transfer a case.',
    change: async (theCase) => {
      const email = normalizeEmail(rawEmail)
      if (!email) {
        return refuse(
          400,
          'invalid-email',
          'Enter the email address of the attorney receiving the case.',
        )
      }
      const reason = typeof rawReason === 'string' ? rawReason.trim() : ''
      if (!reason) {
        return refuse(400, 'reason-required', 'Give the reason for the transfer.')
      }
      if (reason.length > caseLimits.transferReason) {
        return refuse(
          400,
          'reason-too-long',
          `Keep the reason to ${caseLimits.transferReason} characters or fewer.`,
        )
      }
      const account = await findAccountByEmail(req, email)
      if (!account)
        return refuse(404, 'no-account', 'No TA Library account uses this email address.')
      if (account.role !== 'advocate' || !account._verified) {
        return refuse(
          422,
          'not-a-verified-advocate',
          'Cases can only be transferred to a verified advocate account.',
        )
      }
      const previousOwnerId = idOf(theCase.owner)
      if (previousOwnerId === account.id) {
        return refuse(400, 'already-owner', 'This person already owns the case.')
      }
      await saveMembership(req, theCase.id, {
        owner: account.id,
        shares: (theCase.shares ?? []).filter((s) => idOf(s.user) !== account.id),
      })
      await recordAccessEvent({
        req,
        action: 'transfer',
        caseId: theCase.id,
        details: { from: previousOwnerId, to: account.id, reason },
      })
      const caseNumber = theCase.caseNumber ?? ''
      await queueEmail(req, {
        to: account.email,
        ...caseTransferredEmail({ caseNumber, caseId: theCase.id, reason, isNewOwner: true }),
      })
      if (previousOwnerId) {
        await queueEmail(req, {
          to: await emailOfAccount(req, previousOwnerId),
          ...caseTransferredEmail({ caseNumber, caseId: theCase.id, reason, isNewOwner: false }),
        })
      }
      return done({ status: 'transferred' as const, ownerId: account.id })
    },
  })
}
