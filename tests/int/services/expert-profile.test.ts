import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reviewExpertProfile } from '@/collections/Experts/services/reviewProfile'
import { submitExpertProfile } from '@/collections/Experts/services/submitProfile'
import { idsBySlug } from '@/seed/seed-vocabularies'
import type { Expert, User } from '@/payload-types'

import { makeOrganizationAccounts, type TestAccount } from '../../helpers/accounts'
import { getTestPayload, loginToken, rest } from '../../helpers/payload'
import { deleteEmailJobsTo, emailSubjectsTo, requestAs } from '../../helpers/services'

/**
 * The expert-profile services called directly, as each kind of person: the REST endpoints and the
 * portal form are adapters over them, so what they answer and store is the contract.
 */
const unique = `esv${Date.now().toString(36)}`

let payload: Payload
let people: Record<'expert' | 'advocate' | 'staff', TestAccount>
let guatemala: number
let profileCount = 0
const owners: User[] = []

const as = (user?: User) => requestAs(payload, user)

const credentials =
  'Twenty years of country conditions research and testimony in immigration court.'

/**
 * A profile, as trusted code, with an expert account of its own (one profile per expert):
 * complete unless told otherwise, never listed yet.
 */
const makeProfile = async ({
  reviewStatus = 'draft',
  isComplete = true,
}: {
  reviewStatus?: 'draft' | 'submitted'
  isComplete?: boolean
} = {}) => {
  profileCount += 1
  const email = `owner-${profileCount}-${unique}@test.example`
  const owner = (await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: {
      email,
      password: 'expert services passphrase',
      name: `Owner ${profileCount}`,
      role: 'expert',
      _verified: true,
    },
  })) as User
  owners.push(owner)
  const doc = await payload.create({
    collection: 'experts',
    data: {
      user: owner.id,
      displayName: `Dr. Owner ${profileCount}`,
      reviewStatus,
      ...(isComplete
        ? {
            expertTypes: ['country-conditions' as const],
            countries: [guatemala],
            languages: ['English'],
            credentials,
            testimonyKinds: ['written-declaration' as const],
            fees: 'pro-bono' as const,
            contact: { email },
          }
        : {}),
    },
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  return { id: doc.id, owner }
}

/** The profile as stored: the listed row and the latest version, read as trusted code. */
const stored = async (id: number) => {
  const read = (draft: boolean) =>
    payload.findByID({
      collection: 'experts',
      id,
      draft,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    }) as Promise<Expert>
  const [listed, latest] = await Promise.all([read(false), read(true)])
  return { listed, latest }
}

const emailsTo = (to: string) => emailSubjectsTo(payload, to)

/** What submitting a profile with only a name asks for, field by field. */
const everythingMissing = {
  expertTypes: 'Choose at least one type of expert.',
  countries: 'Choose at least one country or region of expertise.',
  languages: 'List at least one language you work in.',
  credentials:
    'Describe your credentials and experience (at least a few sentences, 40 characters or more).',
  testimonyKinds: 'Choose the kinds of testimony you provide.',
  fees: 'Say whether you work pro bono, at a reduced fee or at your standard fee.',
  'contact.email': 'Enter an email address advocates can use.',
}

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ accounts: people } = await makeOrganizationAccounts({
    payload,
    unique,
    password: 'expert services passphrase',
    organizationName: `Expert services org ${unique}`,
    roles: { expert: 'expert', advocate: 'advocate', staff: 'staff' },
  }))
  guatemala = (await idsBySlug(payload, 'countries'))('guatemala')
})

afterAll(async () => {
  const emails = [
    ...Object.values(people).map((account) => account.email),
    ...owners.map((o) => o.email),
  ]
  await deleteEmailJobsTo(payload, emails)
  await payload.delete({
    collection: 'experts',
    where: { user: { in: owners.map((owner) => owner.id) } },
    overrideAccess: true,
  })
  await payload.delete({
    collection: 'users',
    where: { email: { in: emails } },
    overrideAccess: true,
  })
})

describe('submitExpertProfile', () => {
  it('should mark the expert’s own complete draft submitted and queue their receipt', async () => {
    const { id, owner } = await makeProfile()
    const result = await submitExpertProfile({ req: await as(owner), id })
    const { listed, latest } = await stored(id)
    expect(result).toEqual({ ok: true, value: { status: 'submitted', id } })
    expect([listed._status, latest.reviewStatus, Boolean(latest.submittedAt)]).toEqual([
      'draft',
      'submitted',
      true,
    ])
    expect(await emailsTo(owner.email)).toEqual(['We received your expert profile'])
  })

  it('should tell only the staff who chose "An expert profile submitted for vetting"', async () => {
    const { id, owner } = await makeProfile()
    await payload.update({
      collection: 'users',
      id: people.staff.user.id,
      data: { staffAlerts: { expertProfileSubmitted: true } },
      overrideAccess: true, // fixture: the choice this staff member made
    })
    // A second staff member keeps the default (off).
    const otherStaff = (await payload.create({
      collection: 'users',
      overrideAccess: true, // fixture set-up
      disableVerificationEmail: true,
      data: {
        email: `other-staff-${unique}@test.example`,
        password: 'expert services passphrase',
        name: 'Other staff',
        role: 'staff',
        _verified: true,
      },
    })) as User
    owners.push(otherStaff)
    await deleteEmailJobsTo(payload, [people.staff.email])
    await submitExpertProfile({ req: await as(owner), id })
    expect(await emailsTo(people.staff.email)).toEqual([
      'An expert profile was submitted for vetting',
    ])
    expect(await emailsTo(otherStaff.email)).toEqual([])
  })

  it('should refuse a visitor who is not signed in (401) and store nothing', async () => {
    const { id } = await makeProfile()
    const result = await submitExpertProfile({ req: await as(), id })
    expect(result).toMatchObject({ ok: false, status: 401, code: 'not-signed-in' })
    expect((await stored(id)).latest.reviewStatus).toBe('draft')
  })

  it('should answer another expert as if the profile did not exist (404) and store nothing', async () => {
    const { id, owner } = await makeProfile()
    const result = await submitExpertProfile({ req: await as(people.expert.user), id })
    expect(result).toMatchObject({ ok: false, status: 404, code: 'profile-not-found' })
    expect((await stored(id)).latest.reviewStatus).toBe('draft')
    expect(await emailsTo(owner.email)).toEqual([])
  })

  it('should answer an advocate as if a draft profile did not exist (404)', async () => {
    const { id } = await makeProfile()
    const result = await submitExpertProfile({ req: await as(people.advocate.user), id })
    expect(result).toMatchObject({ ok: false, status: 404, code: 'profile-not-found' })
  })

  it('should refuse staff submitting an expert’s profile for them (403) and store nothing', async () => {
    const { id } = await makeProfile()
    const result = await submitExpertProfile({ req: await as(people.staff.user), id })
    expect(result).toMatchObject({ ok: false, status: 403, code: 'not-profile-owner' })
    expect((await stored(id)).latest.reviewStatus).toBe('draft')
  })

  it('should refuse a profile already waiting for review (409)', async () => {
    const { id, owner } = await makeProfile({ reviewStatus: 'submitted' })
    const result = await submitExpertProfile({ req: await as(owner), id })
    expect(result).toMatchObject({ ok: false, status: 409, code: 'already-submitted' })
  })

  it('should refuse an incomplete profile (400), naming each missing answer, and store nothing', async () => {
    const { id, owner } = await makeProfile({ isComplete: false })
    const result = await submitExpertProfile({ req: await as(owner), id })
    expect(result).toEqual({
      ok: false,
      status: 400,
      code: 'incomplete',
      message: 'Complete the profile before submitting it.',
      fieldErrors: everythingMissing,
    })
    expect((await stored(id)).latest.reviewStatus).toBe('draft')
    expect(await emailsTo(owner.email)).toEqual([])
  })

  it('should refuse an id that is not a number as not found (404)', async () => {
    const result = await submitExpertProfile({ req: await as(people.expert.user), id: '1 OR 1=1' })
    expect(result).toMatchObject({ ok: false, status: 404, code: 'profile-not-found' })
  })
})

describe('reviewExpertProfile', () => {
  it('should let staff approve a submitted profile: listed, logged and the expert emailed', async () => {
    const { id, owner } = await makeProfile({ reviewStatus: 'submitted' })
    const result = await reviewExpertProfile({
      req: await as(people.staff.user),
      id,
      decision: 'approved',
      message: '  Welcome to the directory.  ',
    })
    const { listed, latest } = await stored(id)
    expect(result).toEqual({ ok: true, value: { status: 'approved', id } })
    expect([listed._status, latest.reviewStatus, latest.reviewMessage]).toEqual([
      'published',
      'approved',
      'Welcome to the directory.',
    ])
    expect(
      latest.reviewLog?.map((entry) => [entry.decision, entry.reviewer, entry.message]),
    ).toEqual([['approved', people.staff.user.id, 'Welcome to the directory.']])
    expect(await emailsTo(owner.email)).toEqual(['Your expert profile is approved'])
  })

  it('should let staff reject a profile, keeping it unlisted with the message logged', async () => {
    const { id, owner } = await makeProfile({ reviewStatus: 'submitted' })
    const message = 'We could not verify these credentials.'
    const result = await reviewExpertProfile({
      req: await as(people.staff.user),
      id,
      decision: 'rejected',
      message,
    })
    const { listed, latest } = await stored(id)
    expect(result).toEqual({ ok: true, value: { status: 'rejected', id } })
    expect([listed._status, latest.reviewStatus, latest.reviewLog?.[0]?.message]).toEqual([
      'draft',
      'rejected',
      message,
    ])
    expect(await emailsTo(owner.email)).toEqual(['Your expert profile was not approved'])
  })

  it('should let staff request changes, keeping the profile unlisted until approved', async () => {
    const { id, owner } = await makeProfile({ reviewStatus: 'submitted' })
    const message = 'Please add the courts you testified in.'
    const result = await reviewExpertProfile({
      req: await as(people.staff.user),
      id,
      decision: 'changes-requested',
      message,
    })
    const { listed, latest } = await stored(id)
    expect(result).toEqual({ ok: true, value: { status: 'changes-requested', id } })
    expect([listed._status, latest.reviewStatus, latest.reviewMessage]).toEqual([
      'draft',
      'changes-requested',
      message,
    ])
    expect(await emailsTo(owner.email)).toEqual(['Changes requested to your expert profile'])
  })

  it('should refuse an expert approving their own profile (403 staff-only) and store nothing', async () => {
    const { id, owner } = await makeProfile({ reviewStatus: 'submitted' })
    const result = await reviewExpertProfile({ req: await as(owner), id, decision: 'approved' })
    const { listed, latest } = await stored(id)
    expect(result).toMatchObject({ ok: false, status: 403, code: 'staff-only' })
    expect([listed._status, latest.reviewStatus, latest.reviewLog ?? []]).toEqual([
      'draft',
      'submitted',
      [],
    ])
    expect(await emailsTo(owner.email)).toEqual([])
  })

  it('should refuse an advocate (403 staff-only) and store nothing', async () => {
    const { id } = await makeProfile({ reviewStatus: 'submitted' })
    const result = await reviewExpertProfile({
      req: await as(people.advocate.user),
      id,
      decision: 'approved',
    })
    expect(result).toMatchObject({ ok: false, status: 403, code: 'staff-only' })
    expect((await stored(id)).latest.reviewStatus).toBe('submitted')
  })

  it('should refuse a visitor who is not signed in (401)', async () => {
    const { id } = await makeProfile({ reviewStatus: 'submitted' })
    const result = await reviewExpertProfile({ req: await as(), id, decision: 'approved' })
    expect(result).toMatchObject({ ok: false, status: 401, code: 'not-signed-in' })
  })

  it('should refuse a decision that is not one of the three (400) and store nothing', async () => {
    const { id } = await makeProfile({ reviewStatus: 'submitted' })
    const result = await reviewExpertProfile({
      req: await as(people.staff.user),
      id,
      decision: 'published',
    })
    expect(result).toMatchObject({ ok: false, status: 400, code: 'invalid-decision' })
    expect((await stored(id)).latest.reviewStatus).toBe('submitted')
  })

  it('should refuse a change request without a message (400) and queue no email', async () => {
    const { id, owner } = await makeProfile({ reviewStatus: 'submitted' })
    const result = await reviewExpertProfile({
      req: await as(people.staff.user),
      id,
      decision: 'changes-requested',
      message: '   ',
    })
    expect(result).toMatchObject({ ok: false, status: 400, code: 'message-required' })
    expect((await stored(id)).latest.reviewStatus).toBe('submitted')
    expect(await emailsTo(owner.email)).toEqual([])
  })

  it('should refuse a profile that does not exist (404)', async () => {
    const result = await reviewExpertProfile({
      req: await as(people.staff.user),
      id: 999_999_999,
      decision: 'approved',
    })
    expect(result).toMatchObject({ ok: false, status: 404, code: 'profile-not-found' })
  })
})

describe('POST /api/experts/:id/submit (the adapter over submitExpertProfile)', () => {
  it('should answer an incomplete profile 400 with what is missing under `fields`', async () => {
    const { id, owner } = await makeProfile({ isComplete: false })
    const res = await rest('POST', `/experts/${id}/submit`, {
      token: await loginToken(owner.email, 'expert services passphrase'),
    })
    expect(res.status).toBe(400)
    expect(res.json).toEqual({
      error: 'incomplete',
      message: 'Complete the profile before submitting it.',
      fields: everythingMissing,
    })
  })

  it('should answer a submitted profile 200 with its status and id', async () => {
    const { id, owner } = await makeProfile()
    const res = await rest('POST', `/experts/${id}/submit`, {
      token: await loginToken(owner.email, 'expert services passphrase'),
    })
    expect([res.status, res.json]).toEqual([200, { status: 'submitted', id }])
  })
})
