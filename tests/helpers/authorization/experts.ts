import type { PolicyRole } from './policy'
import type { Expert } from '@/payload-types'

import { loginToken } from '../payload'
import { password, type Fixtures } from './fixtures'
import type { Account, EndpointRow } from './sharing'

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

/**
 * POST /api/experts/:id/submit on an unlisted draft: only its own expert (SPEC §7). Advocates
 * cannot see a draft (404); staff can, but a profile is submitted by its expert.
 */
export const submitRows: EndpointRow[] = [
  { role: 'guest', status: 401, error: 'not-signed-in' },
  { role: 'ownerAdvocate', status: 404, error: 'profile-not-found' },
  { role: 'sharedAdvocate', status: 404, error: 'profile-not-found' },
  { role: 'otherAdvocate', status: 404, error: 'profile-not-found' },
  { role: 'noCaseAdvocate', status: 404, error: 'profile-not-found' },
  { role: 'expert', status: 200, error: null },
  { role: 'staff', status: 403, error: 'not-profile-owner' },
  { role: 'admin', status: 403, error: 'not-profile-owner' },
]

/** POST /api/experts/:id/review: staff and admins only (SPEC §7). */
export const reviewRows: EndpointRow[] = [
  { role: 'guest', status: 401, error: 'not-signed-in' },
  ...(
    ['ownerAdvocate', 'sharedAdvocate', 'otherAdvocate', 'noCaseAdvocate', 'expert'] as const
  ).map((role: PolicyRole) => ({ role, status: 403, error: 'staff-only' })),
  { role: 'staff', status: 200, error: null },
  { role: 'admin', status: 200, error: null },
]

const succeeded = (row: EndpointRow) => row.status < 300

/** What a submit attempt leaves on an unlisted draft: submitted (and dated) only when it worked. */
export const afterSubmit = (row: EndpointRow) => ({
  listed: 'draft',
  reviewStatus: succeeded(row) ? 'submitted' : 'draft',
  hasSubmittedAt: succeeded(row),
})

/** What an approval attempt leaves on a submitted profile: listed and logged only when it worked. */
export const afterApproval = (row: EndpointRow, reviewer: number | undefined) => ({
  listed: succeeded(row) ? 'published' : 'draft',
  reviewStatus: succeeded(row) ? 'approved' : 'submitted',
  decisions: succeeded(row) ? [`approved by ${reviewer}: Welcome to the directory.`] : [],
})
