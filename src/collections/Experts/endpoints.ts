import type { Endpoint, PayloadRequest } from 'payload'

import { inTransaction } from '@/lib/db/transaction'
import { problem, readJson } from '@/collections/Cases/endpoints/shared'
import { expertDecisionEmail, expertSubmittedEmail } from '@/lib/email-templates'
import { tooLongMessage } from '@/lib/limits'
import { queueEmail } from '@/lib/queue-email'
import { hasRole, isStaffUser } from '@/lib/roles'
import type { Expert } from '@/payload-types'

import { profileLimits, reviewDecisions, type ReviewDecision } from './options'

const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number') {
    return (value as { id: number }).id
  }
  return null
}

/** The latest version of a profile (the draft when there is one), as the caller may read it. */
const findLatestProfile = async (req: PayloadRequest): Promise<Expert | null> => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return null
  if (!/^\d{1,10}$/.test(String(id))) return null
  try {
    return await req.payload.findByID({
      collection: 'experts',
      id,
      draft: true,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
  } catch {
    return null
  }
}

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

/**
 * POST /api/experts/:id/submit: the expert sends their profile (its latest draft) for vetting.
 * A listed profile stays listed, unchanged, until staff decide on the new version.
 */
export const submitExpertEndpoint: Endpoint = {
  path: '/:id/submit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to submit your profile.')
    const profile = await findLatestProfile(req)
    if (!profile) return problem(404, 'profile-not-found', 'Profile not found.')
    if (!hasRole(req.user, 'expert') || idOf(profile.user) !== req.user.id) {
      return problem(403, 'not-profile-owner', 'Only the expert can submit their own profile.')
    }
    if (profile.reviewStatus === 'submitted') {
      return problem(409, 'already-submitted', 'This profile is already waiting for review.')
    }
    const missing = missingForSubmission(profile)
    if (Object.keys(missing).length > 0) {
      return Response.json(
        {
          error: 'incomplete',
          message: 'Complete the profile before submitting it.',
          fields: missing,
        },
        { status: 400 },
      )
    }
    return inTransaction(req, async () => {
      await req.payload.update({
        collection: 'experts',
        id: profile.id,
        data: {},
        draft: true,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        // The hook sets reviewStatus `submitted` and submittedAt for this save only.
        context: { expertSubmit: true },
        req,
      })
      await queueEmail(req, { to: req.user!.email, ...expertSubmittedEmail() })
      return Response.json({ status: 'submitted', id: profile.id })
    })
  },
}

/**
 * POST /api/experts/:id/review { decision, message }: staff decide on a submitted profile.
 * - approved: the latest version is published (listed) as it stands;
 * - changes-requested: the message goes to the expert; a listed version stays listed;
 * - rejected: the profile is unlisted.
 * Every decision is logged on the profile (staff-only) and emailed to the expert.
 */
export const reviewExpertEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'not-signed-in', 'Log in to review profiles.')
    if (!isStaffUser(req.user)) {
      return problem(403, 'staff-only', 'Only program staff review expert profiles.')
    }
    const profile = await findLatestProfile(req)
    if (!profile) return problem(404, 'profile-not-found', 'Profile not found.')
    const body = await readJson(req)
    const decision = body.decision as ReviewDecision
    if (!reviewDecisions.includes(decision)) {
      return problem(
        400,
        'invalid-decision',
        'Choose a decision: approved, changes-requested or rejected.',
      )
    }
    const message = typeof body.message === 'string' ? body.message.trim() : ''
    if (message.length > profileLimits.reviewMessage) {
      return problem(
        400,
        'message-too-long',
        tooLongMessage({
          label: 'Message to the expert',
          length: message.length,
          max: profileLimits.reviewMessage,
        }),
      )
    }
    if (decision !== 'approved' && !message) {
      return problem(
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
    const reviewLog = [
      ...(profile.reviewLog ?? []).map((entry) => ({ ...entry, reviewer: idOf(entry.reviewer) })),
      {
        decision,
        message: message || null,
        reviewer: req.user.id,
        decidedAt: new Date().toISOString(),
      },
    ]
    const data = {
      reviewStatus: decision,
      reviewMessage: message || null,
      reviewLog,
    }
    return inTransaction(req, async () => {
      if (decision === 'approved') {
        // Publishing the latest version lists it as it stands.
        await req.payload.update({
          collection: 'experts',
          id: profile.id,
          data: { ...data, _status: 'published' },
          draft: false,
          depth: 0,
          // The endpoint checked the caller is staff; the decision fields are closed to direct
          // writes so that every decision passes through here, logged and emailed.
          overrideAccess: true,
          context: { expertReview: true },
          req,
        })
      } else if (decision === 'rejected') {
        await req.payload.update({
          collection: 'experts',
          id: profile.id,
          data: { ...data, _status: 'draft' },
          draft: false,
          depth: 0,
          overrideAccess: true, // as above; unpublishing takes the profile off the directory
          context: { expertReview: true },
          req,
        })
      } else {
        await req.payload.update({
          collection: 'experts',
          id: profile.id,
          data,
          draft: true,
          depth: 0,
          overrideAccess: true, // as above; a draft keeps any listed version listed
          context: { expertReview: true },
          req,
        })
      }
      await queueEmail(req, { to: owner.email, ...expertDecisionEmail({ decision, message }) })
      return Response.json({ status: decision, id: profile.id })
    })
  },
}
