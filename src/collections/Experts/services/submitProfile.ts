import type { PayloadRequest } from 'payload'

import { inTransaction } from '@/lib/db/transaction'
import { expertSubmittedEmail, staffNewWorkEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { queueEmail } from '@/lib/queue-email'
import { hasRole } from '@/lib/roles'
import { done, refuse, type ServiceResult } from '@/lib/services/result'
import { emailStaffWhoChose } from '@/lib/staff-alerts'
import type { Expert } from '@/payload-types'

import { findLatestProfile } from './findLatestProfile'

/**
 * What a profile needs before staff can consider it, as field → sentence. Empty when complete.
 * The portal form shows the same sentences next to the fields.
 */
export const missingForSubmission = (profile: Partial<Expert>): Record<string, string> => {
  const missing: Record<string, string> = {}
  if (!profile.displayName?.trim())
    missing.displayName = 'Enter your name as advocates should see it.'
  if (!profile.expertTypes?.length) missing.expertTypes = 'Choose at least one type of expert.'
  if (!profile.countries?.length && !profile.regions?.length) {
    missing.countries = 'Choose at least one country or region of expertise.'
  }
  if (!profile.languages?.length) missing.languages = 'List at least one language you work in.'
  if (!profile.credentials?.trim() || profile.credentials.trim().length < 40) {
    missing.credentials =
      'Describe your credentials and experience (at least a few sentences, 40 characters or more).'
  }
  if (!profile.testimonyKinds?.length) {
    missing.testimonyKinds = 'Choose the kinds of testimony you provide.'
  }
  if (!profile.fees)
    missing.fees = 'Say whether you work pro bono, at a reduced fee or at your standard fee.'
  if (!profile.contact?.email)
    missing['contact.email'] = 'Enter an email address advocates can use.'
  return missing
}

export type SubmitRefusalCode =
  'not-signed-in' | 'profile-not-found' | 'not-profile-owner' | 'already-submitted' | 'incomplete'

export type Submitted = { status: 'submitted'; id: number }

/**
 * The expert sends their profile (its latest draft) for vetting: it is marked submitted and the
 * expert gets a receipt. A listed profile stays listed, unchanged, until staff decide on the new
 * version. An incomplete profile is refused with what is missing as field errors.
 */
export const submitExpertProfile = async ({
  req,
  id,
}: {
  req: PayloadRequest
  id: unknown
}): Promise<ServiceResult<Submitted, SubmitRefusalCode>> => {
  const user = req.user
  if (!user) return refuse(401, 'not-signed-in', 'Log in to submit your profile.')
  const profile = await findLatestProfile({ req, id })
  if (!profile) return refuse(404, 'profile-not-found', 'Profile not found.')
  if (!hasRole(user, 'expert') || idOf(profile.user) !== user.id) {
    return refuse(403, 'not-profile-owner', 'Only the expert can submit their own profile.')
  }
  if (profile.reviewStatus === 'submitted') {
    return refuse(409, 'already-submitted', 'This profile is already waiting for review.')
  }
  const missing = missingForSubmission(profile)
  if (Object.keys(missing).length > 0) {
    return refuse(400, 'incomplete', 'Complete the profile before submitting it.', missing)
  }
  return inTransaction(req, async () => {
    await req.payload.update({
      collection: 'experts',
      id: profile.id,
      data: {},
      draft: true,
      depth: 0,
      user,
      overrideAccess: false,
      // The hook sets reviewStatus `submitted` and submittedAt for this save only.
      context: { expertSubmit: true },
      req,
    })
    await queueEmail(req, { to: user.email, ...expertSubmittedEmail() })
    await emailStaffWhoChose({
      req,
      kind: 'expertProfileSubmitted',
      email: staffNewWorkEmail({ kind: 'expert-profile', id: profile.id }),
    })
    return done({ status: 'submitted' as const, id: profile.id })
  })
}
