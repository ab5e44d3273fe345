import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchExperts, type DirectoryResult } from '@/experts/directory'
import { getListedExpert } from '@/experts/profile'
import type { Expert, User } from '@/payload-types'
import { idsBySlug } from '@/seed/seed-vocabularies'

import { getTestPayload } from '../helpers/payload'
import { letters } from '../helpers/words'

const stamp = Date.now()
// Letters only, so Postgres full-text search keeps each word whole.
const unique = `xd${letters(stamp)}`
// Every fixture lists this language, so filtering on it isolates this file's profiles from
// whatever other test files left in the shared database.
const LANGUAGE = `Zqlang${unique}`
const DRAFT_CANARY = `draftcanary${unique}`
const PENDING_CANARY = `pendingcanary${unique}`
const STAFF_CANARY = `staffcanary${unique}`
const REVIEW_CANARY = `reviewcanary${unique}`
const EPSILON_WORD = `epsilonword${unique}`

type Query = Record<string, string | string[]>

const paramsOf = (query: Query) => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item)
  }
  return params
}

describe('Expert Witness Database (searchExperts and getListedExpert)', () => {
  let payload: Payload
  const users: Record<string, User> = {}
  const profiles: Record<string, Expert> = {}
  let orgId: number
  let country: (slug: string) => number
  let persecution: (slug: string) => number

  const search = (query: Query = {}, who = 'advocate'): Promise<DirectoryResult> =>
    searchExperts({ payload, user: users[who], params: paramsOf({ language: LANGUAGE, ...query }) })

  const names = async (query: Query = {}, who = 'advocate') =>
    (await search(query, who)).items.map((item) => item.name)

  const countOf = (result: DirectoryResult, group: string, value: string) =>
    result.facets
      .find((facet) => facet.key === group)
      ?.options.find((option) => option.value === value)?.count

  const makeUser = async (key: string, role: User['role']) => {
    users[key] = await payload.create({
      collection: 'users',
      overrideAccess: true, // fixture
      disableVerificationEmail: true,
      data: {
        email: `${key}-${unique}@test.example`,
        password: 'expert directory passphrase',
        name: key,
        role,
        _verified: true,
        organization: orgId,
      },
    })
  }

  const makeProfile = async (
    key: string,
    data: Partial<Expert>,
    { isListed = true }: { isListed?: boolean } = {},
  ) => {
    await makeUser(`expert-${key}`, 'expert')
    profiles[key] = await payload.create({
      collection: 'experts',
      overrideAccess: true, // fixture: trusted, so the server-set fields keep these values
      depth: 0,
      draft: !isListed,
      data: {
        displayName: `${key} ${unique}`,
        reviewStatus: isListed ? 'approved' : 'draft',
        ...data,
        user: users[`expert-${key}`]!.id,
        _status: isListed ? 'published' : 'draft',
      },
    })
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    orgId = (
      await payload.create({
        collection: 'organizations',
        overrideAccess: true, // fixture
        data: { name: `Org ${unique}`, kind: 'nonprofit' },
      })
    ).id
    await makeUser('advocate', 'advocate')
    await makeUser('staff', 'staff')
    ;[country, persecution] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
    ])

    await makeProfile('Alpha', {
      expertTypes: ['country-conditions'],
      countries: [country('guatemala')],
      persecutionTypes: [persecution('gang-based-harm')],
      languages: [LANGUAGE, 'Spanish'],
      credentials: 'Research on femicide and gangs; also consulted once on Haiti.',
      fees: 'pro-bono',
      isRemoteAvailable: true,
      testimonyKinds: ['written-declaration'],
      contact: { email: `alpha-${unique}@test.example` },
      staffNotes: STAFF_CANARY,
      reviewMessage: REVIEW_CANARY,
      reviewLog: [{ decision: 'approved', message: REVIEW_CANARY }],
    })
    await makeProfile('Beta', {
      expertTypes: ['country-conditions', 'mental-health'],
      regions: ['Central America'],
      persecutionTypes: [persecution('gang-based-harm'), persecution('domestic-violence')],
      languages: [LANGUAGE.toLowerCase(), 'spanish'],
      credentials: 'Psychologist and researcher.',
      fees: 'reduced-fee',
      isRemoteAvailable: false,
    })
    await makeProfile('Gamma', {
      expertTypes: ['forensic-medical'],
      countries: [country('somalia')],
      regions: ['Eastern Africa'],
      languages: [LANGUAGE, 'Somali'],
      credentials: 'Forensic physician.',
      fees: 'standard-fee',
      isRemoteAvailable: true,
    })
    await makeProfile('Epsilon', {
      expertTypes: ['mental-health'],
      countries: [country('haiti')],
      languages: [LANGUAGE, 'French'],
      credentials: `Clinician; ${EPSILON_WORD}.`,
      fees: 'pro-bono',
      isRemoteAvailable: true,
    })
    // Pending edits of a listed profile: a draft version that must stay off the directory.
    await payload.update({
      collection: 'experts',
      id: profiles.Epsilon!.id,
      draft: true,
      overrideAccess: true, // fixture
      data: { credentials: `Clinician; ${PENDING_CANARY}.`, languages: [LANGUAGE, 'Klingonish'] },
    })
    await makeProfile(
      'Delta',
      {
        expertTypes: ['country-conditions'],
        countries: [country('guatemala')],
        languages: [LANGUAGE],
        credentials: `Not yet approved; ${DRAFT_CANARY}.`,
      },
      { isListed: false },
    )
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'experts',
      where: { displayName: { like: unique } },
      overrideAccess: true, // fixture cleanup
    })
    await payload.delete({
      collection: 'users',
      where: { email: { like: unique } },
      overrideAccess: true, // fixture cleanup
    })
    await payload.delete({ collection: 'organizations', id: orgId, overrideAccess: true })
  })

  it('should list only published profiles, sorted by name', async () => {
    const result = await search()
    expect(result.items.map((item) => item.name)).toEqual(
      ['Alpha', 'Beta', 'Epsilon', 'Gamma'].map((key) => `${key} ${unique}`),
    )
    expect(result.total).toBe(4)
  })

  it('should count each option as the results checking it would leave', async () => {
    const all = await search()
    expect(countOf(all, 'types', 'country-conditions')).toBe(2)
    expect(countOf(all, 'types', 'mental-health')).toBe(2)
    expect(countOf(all, 'types', 'forensic-medical')).toBe(1)
    expect(countOf(all, 'types', 'clinic-or-organization')).toBe(0)

    const countryConditions = await search({ type: 'country-conditions' })
    expect(countryConditions.total).toBe(2)
    expect(countOf(countryConditions, 'types', 'country-conditions')).toBe(2)
    expect(countOf(countryConditions, 'types', 'mental-health')).toBe(1)
    expect(countOf(countryConditions, 'types', 'forensic-medical')).toBe(0)
    expect(countOf(countryConditions, 'fees', 'pro-bono')).toBe(1)
    expect(countOf(countryConditions, 'fees', 'reduced-fee')).toBe(1)
    expect(countOf(countryConditions, 'remote', '1')).toBe(1)
    expect(
      countOf(countryConditions, 'persecutionTypes', String(persecution('domestic-violence'))),
    ).toBe(1)
  })

  it('should require every checked option inside a group', async () => {
    expect(await names({ type: ['country-conditions', 'mental-health'] })).toEqual([
      `Beta ${unique}`,
    ])
    expect(
      await names({
        persecution: [
          String(persecution('gang-based-harm')),
          String(persecution('domestic-violence')),
        ],
      }),
    ).toEqual([`Beta ${unique}`])
  })

  it('should match any checked fee', async () => {
    expect(await names({ fees: ['pro-bono', 'reduced-fee'] })).toEqual(
      ['Alpha', 'Beta', 'Epsilon'].map((key) => `${key} ${unique}`),
    )
  })

  it('should require every group', async () => {
    expect(await names({ type: 'country-conditions', remote: '1' })).toEqual([`Alpha ${unique}`])
  })

  it('should match a country to profiles listing it or its region', async () => {
    expect(await names({ country: String(country('guatemala')) })).toEqual([
      `Alpha ${unique}`,
      `Beta ${unique}`,
    ])
    expect(await names({ country: String(country('honduras')) })).toEqual([`Beta ${unique}`])
    expect(await names({ country: String(country('kenya')) })).toEqual([`Gamma ${unique}`])
    const all = await search()
    expect(countOf(all, 'countries', String(country('guatemala')))).toBe(2)
    expect(countOf(all, 'countries', String(country('honduras')))).toBe(1)
  })

  it('should match a region to profiles listing it or a country in it', async () => {
    expect(await names({ region: 'central america' })).toEqual([
      `Alpha ${unique}`,
      `Beta ${unique}`,
    ])
  })

  it('should match languages whatever their capitals', async () => {
    expect(await names({ language: [LANGUAGE.toUpperCase(), 'SPANISH'] })).toEqual([
      `Alpha ${unique}`,
      `Beta ${unique}`,
    ])
  })

  it('should find words in credentials and in country names', async () => {
    expect(await names({ q: 'femicide' })).toEqual([`Alpha ${unique}`])
    expect(await names({ q: 'Somalia' })).toEqual([`Gamma ${unique}`])
  })

  it('should rank the better match first when searching', async () => {
    // Epsilon lists Haiti as a country; Alpha mentions it once in its credentials.
    expect(await names({ q: 'Haiti' })).toEqual([`Epsilon ${unique}`, `Alpha ${unique}`])
  })

  it('should never show or match a draft profile', async () => {
    expect((await search({ q: DRAFT_CANARY })).total).toBe(0)
    expect((await search({ q: DRAFT_CANARY }, 'staff')).total).toBe(0)
    expect(await names({}, 'staff')).not.toContain(`Delta ${unique}`)
    const id = String(profiles.Delta!.id)
    expect(await getListedExpert({ payload, user: users.advocate, id })).toBeNull()
    expect(await getListedExpert({ payload, user: users.staff, id })).toBeNull()
  })

  it('should never show or match the pending edits of a listed profile', async () => {
    expect((await search({ q: PENDING_CANARY })).total).toBe(0)
    // A language only the pending draft lists is no option, and filtering by it never singles
    // out the profile whose draft lists it.
    const all = await search({})
    expect(
      all.facets
        .find((facet) => facet.key === 'languages')
        ?.options.some((option) => option.value.toLowerCase() === 'klingonish'),
    ).toBe(false)
    expect(await names({ language: 'Klingonish' })).not.toEqual([`Epsilon ${unique}`])
    expect(await names({ q: EPSILON_WORD })).toEqual([`Epsilon ${unique}`])
    const profile = await getListedExpert({
      payload,
      user: users.advocate,
      id: String(profiles.Epsilon!.id),
    })
    expect(profile?.credentials).toBe(`Clinician; ${EPSILON_WORD}.`)
    expect(profile?.languages).toEqual([LANGUAGE, 'French'])
  })

  it('should never return private fields', async () => {
    const result = await search({ q: 'femicide' })
    const profile = await getListedExpert({
      payload,
      user: users.staff,
      id: String(profiles.Alpha!.id),
    })
    const text = JSON.stringify({ result, profile })
    expect(text).not.toContain(STAFF_CANARY)
    expect(text).not.toContain(REVIEW_CANARY)
    expect(Object.keys(result.items[0]!).sort()).toEqual(
      [
        'countries',
        'feeNotes',
        'fees',
        'id',
        'isRemoteAvailable',
        'languages',
        'location',
        'name',
        'regions',
        'testimonyKinds',
        'types',
      ].sort(),
    )
    expect(profile?.contact.email).toBe(`alpha-${unique}@test.example`)
    expect((await search({ q: STAFF_CANARY })).total).toBe(0)
  })

  it('should give an expert viewer nothing, their own listed profile included', async () => {
    const result = await search({}, 'expert-Alpha')
    expect(result.total).toBe(0)
    expect(result.items).toEqual([])
    expect(result.facets).toEqual([])
    expect(
      await getListedExpert({
        payload,
        user: users['expert-Alpha'],
        id: String(profiles.Alpha!.id),
      }),
    ).toBeNull()
  })

  it('should ignore malformed and unknown params', async () => {
    const result = await search({
      q: `${'x'.repeat(300)}'; DROP TABLE experts; --`,
      country: ['abc', '1.5', '-3', '99999999'],
      type: 'not-a-type',
      fees: 'standard-fee',
      region: 'Atlantis',
      topic: '2147483648',
      page: 'two',
    })
    expect(result.applied.q?.length).toBeLessThanOrEqual(200)
    expect(result.applied.filters).toMatchObject({
      countries: [],
      types: [],
      fees: [],
      regions: [],
      topics: [],
      languages: [LANGUAGE.toLowerCase()],
    })
    expect(result.applied.page).toBe(1)
    expect((await search()).total).toBe(4)
  })
})
