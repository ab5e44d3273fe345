import type { PayloadRequest } from 'payload'

import { inTransaction } from '@/lib/db/transaction'
import { expertDecisionEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { tooLongMessage } from '@/lib/limits'
import { queueEmail } from '@/lib/queue-email'
import { isStaffUser } from '@/lib/roles'
import { done, refuse, type ServiceResult } from '@/lib/services/result'
import type { Expert } from '@/payload-types'

import { profileLimits, reviewDecisions, type ReviewDecision } from '../options'
import { findLatestProfile } from './findLatestProfile'

export type ReviewRefusalCode =
  | 'not-signed-in'
  | 'staff-only'
  | 'profile-not-found'
  | 'invalid-decision'
  | 'message-too-long'
  | 'message-required'

export type Reviewed = { status: ReviewDecision; id: number }

/** How each decision saves the profile, and so what advocates see afterwards. */
const listingOf: Record<
  ReviewDecision,
  { data: { _status?: 'published' | 'draft' }; draft: boolean }
> = {
  // Publishing the latest version lists it as it stands.
  approved: { data: { _status: 'published' }, draft: false },
  // Unpublishing takes the profile off the directory.
  rejected: { data: { _status: 'draft' }, draft: false },
  // A draft keeps any listed version listed.
  'changes-requested': { data: {}, draft: true },
}

/**
 * Staff decide on a submitted profile:
 * - approved: the latest version is published (listed) as it stands;
 * - changes-requested: the message goes to the expert; a listed version stays listed;
 * - rejected: the profile is unlisted.
 * Every decision is logged on the profile (staff-only) and emailed to the expert. `decision` and
 * `message` are taken as sent (unknown) and checked here.
 */
export const reviewExpertProfile = async ({
  req,
  id,
  decision,
  message: sentMessage,
}: {
  req: PayloadRequest
  id: unknown
  decision: unknown
  message?: unknown
}): Promise<ServiceResult<Reviewed, ReviewRefusalCode>> => {
  const user = req.user
  if (!user) return refuse(401, 'not-signed-in', 'Log in to review profiles.')
  if (!isStaffUser(user)) {
    return refuse(403, 'staff-only', 'Only program staff review expert profiles.')
  }
  const profile = await findLatestProfile({ req, id })
  if (!profile) return refuse(404, 'profile-not-found', 'Profile not found.')
  if (!reviewDecisions.includes(decision as ReviewDecision)) {
    return refuse(
      400,
      'invalid-decision',
      'Choose a decision: approved, changes-requested or rejected.',
    )
  }
  const chosen = decision as ReviewDecision
  const message = typeof sentMessage === 'string' ? sentMessage.trim() : ''
  if (message.length > profileLimits.reviewMessage) {
    return refuse(
      400,
      'message-too-long',
      tooLongMessage({
        label: 'Message to the expert',
        length: message.length,
        max: profileLimits.reviewMessage,
      }),
    )
  }
  if (chosen !== 'approved' && !message) {
    return refuse(
      400,
      'message-required',
      'Tell the expert what to change, or why the profile is not approved.',
    )
  }
  const owner = await req.payload.findByID({
    collection: 'users',
    id: idOf(profile.user)!,
    depth: 0,
    overrideAccess: true, // staff address the decision to the profile's expert
    req,
  })
  const reviewLog: NonNullable<Expert['reviewLog']> = [
    ...(profile.reviewLog ?? []).map((entry) => ({ ...entry, reviewer: idOf(entry.reviewer) })),
    {
      decision: chosen,
      message: message || null,
      reviewer: user.id,
      decidedAt: new Date().toISOString(),
    },
  ]
  const data = { reviewStatus: chosen, reviewMessage: message || null, reviewLog }
  return inTransaction(req, async () => {
    await req.payload.update({
      collection: 'experts',
      id: profile.id,
      data: { ...data, ...listingOf[chosen].data },
      draft: listingOf[chosen].draft,
      depth: 0,
      // The caller was checked as staff above; the decision fields are closed to direct writes
      // so that every decision passes through here, logged and emailed.
      overrideAccess: true,
      context: { expertReview: true },
      req,
    })
    await queueEmail(req, {
      to: owner.email,
      ...expertDecisionEmail({ decision: chosen, message }),
    })
    return done({ status: chosen, id: profile.id })
  })
}
