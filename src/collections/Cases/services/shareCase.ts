import type { PayloadRequest } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { caseInvitationEmail, caseSharedEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { queueEmail } from '@/lib/queue-email'
import { done, refuse, type ServiceResult } from '@/lib/services/result'

import { caseLimits } from '../options'
import { findAccountByEmail, normalizeEmail, saveMembership, type Share } from './accounts'
import { changeLockedCase, isOwnerOrStaff } from './withLockedCase'

export type ShareCaseInput = {
  req: PayloadRequest
  caseId: unknown
  email: unknown
  attestation: unknown
  invite?: unknown
}

export type Shared = { status: 'shared' | 'invited'; email: string; userId: number | null }

/**
 * The owner (or staff) shares a case with an advocate who works with the applicant (SPEC §5). An
 * address without an account is refused unless `invite` is true: then an invitation is stored
 * whose access starts once that address is verified. Logged, and the recipient is emailed.
 */
export const shareCase = ({
  req,
  caseId,
  email: rawEmail,
  attestation,
  invite,
}: ShareCaseInput): Promise<ServiceResult<Shared>> =>
  changeLockedCase<Shared>({
    req,
    caseId,
    signedOutMessage: 'Log in to share a case.',
    change: async (theCase, user) => {
      // Under the case's lock: the shares read here are the latest committed, until commit.
      if (!isOwnerOrStaff(theCase, user)) {
        return refuse(
          403,
          'not-case-owner',
          'Only the attorney who registered this case can share it.',
        )
      }
      const ownerId = idOf(theCase.owner)
      const email = normalizeEmail(rawEmail)
      if (!email) {
        return refuse(400, 'invalid-email', 'Enter the email address of the person to share with.')
      }
      if (attestation !== true) {
        return refuse(
          400,
          'attestation-required',
          'Confirm that this person works with the applicant.',
        )
      }
      const shares = theCase.shares ?? []
      const account = await findAccountByEmail(req, email)
      if (account && account.id === ownerId) {
        return refuse(400, 'already-owner', 'This person already owns the case.')
      }
      if (shares.some((s) => idOf(s.user) === account?.id || s.invitedEmail === email)) {
        return refuse(409, 'already-shared', 'The case is already shared with this email address.')
      }
      if (account && account.role !== 'advocate') {
        return refuse(422, 'not-an-advocate', 'Cases can only be shared with advocate accounts.')
      }
      if (shares.length >= caseLimits.shares) {
        return refuse(
          409,
          'shares-full',
          `A case can be shared with at most ${caseLimits.shares} people, invitations included. Remove someone first.`,
        )
      }
      if (!account && invite !== true) {
        return refuse(
          404,
          'no-account',
          'No TA Library account uses this email address. Ask them to register first, or send them an invitation.',
        )
      }
      // An unverified account is treated like an invitation: access starts after verification.
      const activeId = account?._verified ? account.id : null
      const share: Share = {
        user: activeId,
        invitedEmail: activeId ? null : email,
        sharedBy: user.id,
        sharedAt: new Date().toISOString(),
        attestation: true,
      }
      await saveMembership(req, theCase.id, { shares: [...shares, share] })
      await recordAccessEvent({
        req,
        action: activeId ? 'share' : 'invite',
        caseId: theCase.id,
        details: { recipient: activeId ?? 'invitation' },
      })
      const caseNumber = theCase.caseNumber ?? ''
      const message = activeId
        ? caseSharedEmail({ caseNumber, caseId: theCase.id })
        : caseInvitationEmail({ caseNumber })
      await queueEmail(req, { to: email, ...message })
      return activeId
        ? done({ status: 'shared', email, userId: activeId }, 200)
        : done({ status: 'invited', email, userId: null }, 202)
    },
  })
