import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures } from '../../helpers/authorization/collections'
import { idOf, type Fixtures } from '../../helpers/authorization/fixtures'
import { graphQLNames } from '../../helpers/authorization/graphql-names'
import type { PolicyRole, PolicySlug } from '../../helpers/authorization/policy'
import { trackCreatedRecords } from '../../helpers/cleanup'
import { getTestPayload, graphql, rest } from '../../helpers/payload'

/**
 * `POST /api/<collection>/access/:id` (and GraphQL's `docAccess<Name>`) reports what the caller may
 * do with one document. For a document the caller may not read it must answer exactly as for an
 * id that does not exist, or it tells whether the id exists (issue 12, defect 3).
 */
const missingId = 999_999_999

/** Each non-staff role with a record of each collection it cannot read. */
const unreadable: [PolicyRole, PolicySlug, string][] = [
  ['guest', 'cases', 'case1'],
  ['ownerAdvocate', 'cases', 'case2'],
  ['sharedAdvocate', 'cases', 'case2'],
  ['otherAdvocate', 'cases', 'case1'],
  ['noCaseAdvocate', 'cases', 'case1'],
  ['expert', 'cases', 'case1'],
  ['otherAdvocate', 'outcomes', 'outcome1'],
  ['expert', 'outcomes', 'outcome1'],
  ['otherAdvocate', 'decision-documents', 'decision1'],
]

let fx: Fixtures

let removeCreatedRecords: () => Promise<void>

beforeAll(async () => {
  removeCreatedRecords = await trackCreatedRecords(await getTestPayload())
  fx = await buildFixtures()
})

afterAll(() => removeCreatedRecords())

const restAccess = async (role: PolicyRole, slug: PolicySlug, id: number) => {
  const { status, json } = await rest('POST', `/${slug}/access/${id}`, {
    token: fx.actors[role].token,
  })
  return { status, json }
}

const graphQLAccess = async (role: PolicyRole, slug: PolicySlug, id: number) => {
  const name = `docAccess${graphQLNames(slug).one}`
  const { status, json } = await graphql(
    `{ ${name}(id: ${id}) { read { permission } update { permission } } }`,
    { token: fx.actors[role].token },
  )
  return { status, json }
}

describe('document access endpoint', () => {
  it.each(unreadable)(
    'should answer %s the same over REST for an unreadable %s record and a missing id',
    async (role, slug, key) => {
      const forbidden = await restAccess(role, slug, idOf(fx, slug, key))
      const missing = await restAccess(role, slug, missingId)
      expect(forbidden).toEqual(missing)
      expect(forbidden.status).toBe(404)
    },
  )

  it.each(unreadable)(
    'should answer %s the same over GraphQL for an unreadable %s record and a missing id',
    async (role, slug, key) => {
      const forbidden = await graphQLAccess(role, slug, idOf(fx, slug, key))
      const missing = await graphQLAccess(role, slug, missingId)
      expect(forbidden).toEqual(missing)
      expect(forbidden.json.data?.[`docAccess${graphQLNames(slug).one}`] ?? null).toBeNull()
    },
  )

  it('should still tell the case owner what they may do with their case', async () => {
    const { status, json } = await restAccess('ownerAdvocate', 'cases', idOf(fx, 'cases', 'case1'))
    expect(status).toBe(200)
    expect(json.read?.permission).toBe(true)
    expect(json.update?.permission).toBe(true)
  })

  it('should tell a shared advocate they may read but not update the case', async () => {
    const { status, json } = await restAccess('sharedAdvocate', 'cases', idOf(fx, 'cases', 'case1'))
    expect(status).toBe(200)
    expect(json.read?.permission).toBe(true)
    expect(json.update?.permission ?? false).toBe(false)
  })

  it('should still answer staff for any case', async () => {
    const { status, json } = await restAccess('staff', 'cases', idOf(fx, 'cases', 'case2'))
    expect(status).toBe(200)
    expect(json.read).toBe(true)
  })
})
