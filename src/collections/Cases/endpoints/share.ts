import type { Endpoint, PayloadRequest } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import {
  caseInvitationCancelledEmail,
  caseInvitationEmail,
  caseSharedEmail,
  caseUnsharedEmail,
} from '@/lib/email-templates'
import { queueEmail } from '@/lib/queue-email'
import { isStaffUser } from '@/lib/roles'
import type { Case } from '@/payload-types'

import { caseLimits } from '../options'
import { withLockedCase } from '../services/withLockedCase'
import {
  findAccountByEmail,
  findViewableCase,
  idOf,
  normalizeEmail,
  problem,
  readJson,
} from './shared'

type Share = NonNullable<Case['shares']>[number]

const saveShares = (req: PayloadRequest, caseId: number, shares: Share[]) =>
  req.payload.update({
    collection: 'cases',
    id: caseId,
    data: { shares },
    depth: 0,
    // The endpoint has checked the caller may change this case's shares; the field itself is
    // closed to direct API writes so that every change passes through here and is logged.
    overrideAccess: true,
    req,
  })

/**
 * POST /api/cases/:id/share { email, attestation, invite? }: the owner (or staff) shares the case
 * with an advocate who works with the applicant. Unknown address: 404 naming the problem, or with
 * invite: true an invitation whose access starts once that address is verified.
 */
export const shareCaseEndpoint: Endpoint = {
  path: '/:id/share',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to share a case.')
    const body = await readJson(req)
    return withLockedCase(req, () => shareCase(req, body))
  },
}

/** Under the case's lock: the shares read here are the latest committed, and stay so until commit. */
const shareCase = async (req: PayloadRequest, body: Record<string, unknown>) => {
  const user = req.user!
  const theCase = await findViewableCase(req)
  if (!theCase) return problem(404, 'case-not-found', 'Case not found.')
  const isOwner = idOf(theCase.owner) === user.id
  if (!isOwner && !isStaffUser(user)) {
    return problem(
      403,
      'not-case-owner',
      'Only the attorney who registered this case can share it.',
    )
  }
  const email = normalizeEmail(body.email)
  if (!email)
    return problem(400, 'invalid-email', 'Enter the email address of the person to share with.')
  if (body.attestation !== true) {
    return problem(
      400,
      'attestation-required',
      'Confirm that this person works with the applicant.',
    )
  }
  const shares = theCase.shares ?? []
  const account = await findAccountByEmail(req, email)
  if (account && account.id === idOf(theCase.owner)) {
    return problem(400, 'already-owner', 'This person already owns the case.')
  }
  if (shares.some((s) => idOf(s.user) === account?.id || s.invitedEmail === email)) {
    return problem(409, 'already-shared', 'The case is already shared with this email address.')
  }
  if (account && account.role !== 'advocate') {
    return problem(422, 'not-an-advocate', 'Cases can only be shared with advocate accounts.')
  }
  if (shares.length >= caseLimits.shares) {
    return problem(
      409,
      'shares-full',
      `A case can be shared with at most ${caseLimits.shares} people, invitations included. Remove someone first.`,
    )
  }
  if (!account && body.invite !== true) {
    return problem(
      404,
      'no-account',
      'No TA Library account uses this email address. Ask them to register first, or send them an invitation.',
    )
  }
  // An unverified account is treated like an invitation: access starts after verification.
  const isActive = Boolean(account?._verified)
  const share: Share = {
    user: isActive ? account!.id : null,
    invitedEmail: isActive ? null : email,
    sharedBy: user.id,
    sharedAt: new Date().toISOString(),
    attestation: true,
  }
  await saveShares(req, theCase.id, [...shares, share])
  await recordAccessEvent({
    req,
    action: isActive ? 'share' : 'invite',
    caseId: theCase.id,
    details: { recipient: isActive ? account!.id : 'invitation' },
  })
  const message = isActive
    ? caseSharedEmail({ caseNumber: theCase.caseNumber ?? '', caseId: theCase.id })
    : caseInvitationEmail({ caseNumber: theCase.caseNumber ?? '' })
  await queueEmail(req, { to: email, ...message })
  return Response.json(
    { status: isActive ? 'shared' : 'invited', email, userId: isActive ? account!.id : null },
    { status: isActive ? 200 : 202 },
  )
}

/**
 * DELETE /api/cases/:id/share/:userId: the owner or staff remove a shared user (a shared user may
 * also remove themselves). Access ends on the next request.
 */
export const unshareCaseEndpoint: Endpoint = {
  path: '/:id/share/:userId',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to manage sharing.')
    return withLockedCase(req, () => unshareCase(req))
  },
}

const unshareCase = async (req: PayloadRequest) => {
  const user = req.user!
  const theCase = await findViewableCase(req)
  if (!theCase) return problem(404, 'case-not-found', 'Case not found.')
  const userId = Number(req.routeParams?.userId)
  const isOwner = idOf(theCase.owner) === user.id
  const isSelf = userId === user.id
  if (!isOwner && !isSelf && !isStaffUser(user)) {
    return problem(
      403,
      'not-case-owner',
      'Only the case owner or program staff can remove shared users.',
    )
  }
  const shares = theCase.shares ?? []
  const removed = shares.find((s) => idOf(s.user) === userId)
  if (!removed)
    return problem(404, 'share-not-found', 'This person is not a shared user of the case.')
  await saveShares(
    req,
    theCase.id,
    shares.filter((s) => s !== removed),
  )
  await recordAccessEvent({
    req,
    action: 'unshare',
    caseId: theCase.id,
    details: { recipient: userId },
  })
  const account = await req.payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: true, // to address the notice to the removed user
    req,
  })
  await queueEmail(req, {
    to: account.email,
    ...caseUnsharedEmail({ caseNumber: theCase.caseNumber ?? '' }),
  })
  return Response.json({ status: 'removed', userId })
}

/**
 * DELETE /api/cases/:id/invitations/:shareId: the owner or staff withdraw a pending invitation
 * (a share with an address and no account yet), so it can no longer turn into access. Logged as an
 * unshare of the invitation; the invited address is told.
 */
export const cancelInvitationEndpoint: Endpoint = {
  path: '/:id/invitations/:shareId',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to manage sharing.')
    return withLockedCase(req, () => cancelInvitation(req))
  },
}

const cancelInvitation = async (req: PayloadRequest) => {
  const user = req.user!
  const theCase = await findViewableCase(req)
  if (!theCase) return problem(404, 'case-not-found', 'Case not found.')
  if (idOf(theCase.owner) !== user.id && !isStaffUser(user)) {
    return problem(
      403,
      'not-case-owner',
      'Only the case owner or program staff can withdraw invitations.',
    )
  }
  const shareId = String(req.routeParams?.shareId ?? '')
  const shares = theCase.shares ?? []
  const invitation = shares.find((s) => s.id === shareId && !s.user && s.invitedEmail)
  if (!invitation) {
    return problem(
      404,
      'invitation-not-found',
      'There is no pending invitation with this id on the case. It may have been accepted or withdrawn already.',
    )
  }
  await saveShares(
    req,
    theCase.id,
    shares.filter((s) => s !== invitation),
  )
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
  return Response.json({ status: 'withdrawn', shareId })
}
