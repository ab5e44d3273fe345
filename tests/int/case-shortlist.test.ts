import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startWithAccounts, tokensOf, userIdsOf } from '../helpers/accounts'
import { graphql, rest } from '../helpers/payload'

const unique = `sl${Date.now().toString(36)}`
const password = 'shortlist test passphrase'

/**
 * A case's expert shortlist (SPEC §7, beyond): the case team (owner, shared users) and staff keep
 * it through POST /api/cases/:id/shortlist; nobody else reaches it, only listed experts go on it,
 * and the field is closed to direct writes on every API.
 */
describe('POST /api/cases/:id/shortlist', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}
  let caseId: number
  let listed: number
  let listedTwo: number
  let draft: number

  const stored = async () =>
    (
      (await payload.findByID({ collection: 'cases', id: caseId, depth: 0, overrideAccess: true }))
        .expertShortlist ?? []
    ).map((e) => (typeof e === 'object' ? e.id : e))

  let removeCreatedRecords: () => Promise<void>

  beforeAll(async () => {
    const started = await startWithAccounts({
      unique,
      password,
      roles: {
        owner: 'advocate',
        shared: 'advocate',
        other: 'advocate',
        expert: 'expert',
        expert2: 'expert',
        expert3: 'expert',
        staff: 'staff',
      },
    })
    payload = started.payload
    removeCreatedRecords = started.removeCreatedRecords
    const { accounts } = started
    const ids: Record<string, number> = userIdsOf(accounts)
    Object.assign(tokens, tokensOf(accounts))
    const profile = async (user: number, status: 'published' | 'draft') => {
      const data = {
        user,
        displayName: `Expert ${user} ${unique}`,
        reviewStatus: 'approved' as const,
        _status: status,
      }
      const created =
        status === 'draft'
          ? await payload.create({ collection: 'experts', overrideAccess: true, draft: true, data })
          : await payload.create({ collection: 'experts', overrideAccess: true, data })
      return created.id
    }
    listed = await profile(ids.expert!, 'published')
    listedTwo = await profile(ids.expert2!, 'published')
    draft = await profile(ids.expert3!, 'draft')
    const { docs } = await payload.find({ collection: 'countries', limit: 1, overrideAccess: true })
    caseId = (
      await payload.create({
        collection: 'cases',
        overrideAccess: true,
        data: {
          owner: ids.owner!,
          country: docs[0]!.id,
          shares: [{ user: ids.shared!, sharedAt: new Date().toISOString(), attestation: true }],
        },
      })
    ).id
  })

  afterAll(() => removeCreatedRecords())

  const post = (who: string | null, body: Record<string, unknown>) =>
    rest('POST', `/cases/${caseId}/shortlist`, {
      token: who ? tokens[who] : undefined,
      body,
    })

  it.each([
    [null, 401, 'not-signed-in'],
    ['other', 404, 'case-not-found'],
    ['expert', 404, 'case-not-found'],
  ] as const)('should refuse %s with %i and store nothing', async (who, status, code) => {
    const res = await post(who, { expert: listed, action: 'add' })
    expect(res.status).toBe(status)
    expect(res.json?.error).toBe(code)
    expect(await stored()).toEqual([])
  })

  it('should let the owner, a shared user and staff add and remove listed experts', async () => {
    expect((await post('owner', { expert: listed, action: 'add' })).status).toBe(200)
    expect((await post('shared', { expert: listedTwo, action: 'add' })).status).toBe(200)
    expect(await stored()).toEqual([listed, listedTwo])
    expect((await post('staff', { expert: listed, action: 'remove' })).status).toBe(200)
    expect(await stored()).toEqual([listedTwo])
  })

  it('should refuse an unlisted profile or a bad request and keep the list', async () => {
    const unlisted = await post('owner', { expert: draft, action: 'add' })
    const bad = await post('owner', { expert: 'x', action: 'add' })
    const unknownAction = await post('owner', { expert: listed, action: 'publish' })
    expect([unlisted.status, bad.status, unknownAction.status]).toEqual([404, 400, 400])
    expect(await stored()).toEqual([listedTwo])
  })

  it('should ignore direct writes of the shortlist through REST and GraphQL', async () => {
    const patch = await rest('PATCH', `/cases/${caseId}`, {
      token: tokens.owner,
      body: { expertShortlist: [draft] },
    })
    expect(patch.status).toBe(200)
    await graphql(
      `mutation { updateCase(id: ${caseId}, data: { expertShortlist: [${draft}] }) { id } }`,
      { token: tokens.owner },
    )
    expect(await stored()).toEqual([listedTwo])
  })
})
