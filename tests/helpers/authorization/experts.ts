import type { Expert } from '@/payload-types'

import { loginToken } from '../payload'
import { password, type Fixtures } from './fixtures'
import type { Account } from './sharing'

/** A verified expert account made for one vetting test, with a session. */
export const makeExpert = async (fx: Fixtures, label: string): Promise<Account> => {
  const email = `${label}-${fx.nextMarker()}@test.example`.toLowerCase()
  const user = await fx.payload.create({
    collection: 'users',
    data: { email, password, name: label, role: 'expert', _verified: true },
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  return { id: user.id, email, token: await loginToken(email, password) }
}

/** Everything the submit endpoint asks of a profile (missingForSubmission), with `credentials`. */
export const completeProfile = (fx: Fixtures, credentials: string) => ({
  displayName: `Dr. ${fx.nextMarker()}`,
  expertTypes: ['country-conditions' as const],
  countries: [fx.terms.countries],
  languages: ['English'],
  credentials,
  testimonyKinds: ['written-declaration' as const],
  fees: 'pro-bono' as const,
  contact: { email: `contact-${fx.nextMarker()}@test.example` },
})

/** Where a profile stands when a test starts; set as trusted code, as the endpoints would. */
export type ProfileState = 'draft' | 'submitted' | 'approved'

/**
 * A complete profile owned by `owner`, in `state`; `credentials` carries a marker the test looks
 * for. `approved` is published (listed); the others have never been.
 */
export const makeProfile = async ({
  fx,
  owner,
  state,
  credentials = `Listed credentials of a vetted expert, ${fx.nextMarker()}.`,
}: {
  fx: Fixtures
  owner: number
  state: ProfileState
  credentials?: string
}) => {
  const isApproved = state === 'approved'
  const doc = await fx.payload.create({
    collection: 'experts',
    data: {
      ...completeProfile(fx, credentials),
      user: owner,
      reviewStatus: state,
      ...(state === 'submitted' ? { submittedAt: new Date().toISOString() } : {}),
      _status: isApproved ? 'published' : 'draft',
    },
    draft: !isApproved,
    depth: 0,
    overrideAccess: true,
  })
  return { id: doc.id, credentials }
}

/**
 * A stored profile as trusted code: `listed` is the main row (what advocates read, with its
 * `_status`), `latest` the newest version (the expert's pending draft, when there is one).
 */
export const storedProfile = async (fx: Fixtures, id: number) => {
  const read = (draft: boolean) =>
    fx.payload.findByID({
      collection: 'experts',
      id,
      draft,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
  const [listed, latest] = await Promise.all([read(false), read(true)])
  return { listed, latest }
}

/** The decisions in a profile's staff-only log, as `decision by reviewer: message`. */
export const decisionsOf = (profile: Expert) =>
  (profile.reviewLog ?? []).map(
    (entry) =>
      `${entry.decision} by ${typeof entry.reviewer === 'object' ? entry.reviewer?.id : entry.reviewer}: ${entry.message ?? ''}`,
  )
