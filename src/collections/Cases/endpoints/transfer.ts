import type { Endpoint, PayloadRequest } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { caseTransferredEmail } from '@/lib/email-templates'
import { queueEmail } from '@/lib/queue-email'
import { isStaffUser } from '@/lib/roles'

import { withLockedCase } from '../services/withLockedCase'
import {
  findAccountByEmail,
  findViewableCase,
  idOf,
  normalizeEmail,
  problem,
  readJson,
} from './shared'

/**
 * POST /api/cases/:id/transfer { email }: staff move a case to another verified advocate. The
 * previous owner loses access; the new owner is removed from the shared users if listed there.
 */
export const transferCaseEndpoint: Endpoint = {
  path: '/:id/transfer',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to transfer a case.')
    if (!isStaffUser(req.user)) {
      return problem(
        403,
        'staff-only',
        'Only program staff can transfer a case. Email the TA program with the case number.',
      )
    }
    const body = await readJson(req)
    return withLockedCase(req, () => transferCase(req, body))
  },
}

/** Under the case's lock: the owner and shares written are the latest committed ones. */
const transferCase = async (req: PayloadRequest, body: Record<string, unknown>) => {
  const theCase = await findViewableCase(req)
  if (!theCase) return problem(404, 'case-not-found', 'Case not found.')
  const email = normalizeEmail(body.email)
  if (!email)
    return problem(
      400,
      'invalid-email',
      'Enter the email address of the attorney receiving the case.',
    )
  const account = await findAccountByEmail(req, email)
  if (!account) return problem(404, 'no-account', 'No TA Library account uses this email address.')
  if (account.role !== 'advocate' || !account._verified) {
    return problem(
      422,
      'not-a-verified-advocate',
      'Cases can only be transferred to a verified advocate account.',
    )
  }
  const previousOwnerId = idOf(theCase.owner)
  if (previousOwnerId === account.id)
    return problem(400, 'already-owner', 'This person already owns the case.')
  await req.payload.update({
    collection: 'cases',
    id: theCase.id,
    data: {
      owner: account.id,
      shares: (theCase.shares ?? []).filter((s) => idOf(s.user) !== account.id),
    },
    depth: 0,
    // The endpoint checked the caller is staff and the recipient a verified advocate; owner and
    // shares are closed to direct API writes so that every transfer passes through here.
    overrideAccess: true,
    req,
  })
  await recordAccessEvent({
    req,
    action: 'transfer',
    caseId: theCase.id,
    details: { from: previousOwnerId, to: account.id },
  })
  const caseNumber = theCase.caseNumber ?? ''
  await queueEmail(req, {
    to: account.email,
    ...caseTransferredEmail({ caseNumber, caseId: theCase.id, isNewOwner: true }),
  })
  if (previousOwnerId) {
    const previous = await req.payload.findByID({
      collection: 'users',
      id: previousOwnerId,
      depth: 0,
      overrideAccess: true, // to notify the previous owner
      req,
    })
    await queueEmail(req, {
      to: previous.email,
      ...caseTransferredEmail({ caseNumber, caseId: theCase.id, isNewOwner: false }),
    })
  }
  return Response.json({ status: 'transferred', ownerId: account.id })
}
