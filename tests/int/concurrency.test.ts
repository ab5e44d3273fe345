import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectVersion } from '@/hooks/serializeWrites'

import { makeAccounts, type TestAccount } from '../helpers/accounts'
import { trackCreatedRecords } from '../helpers/cleanup'
import { getTestPayload, graphql, loginToken, rest } from '../helpers/payload'

const unique = `cc${Date.now().toString(36)}`
const password = 'concurrency test passphrase'
const rounds = 50

/**
 * Anything two people can do to one case at the same moment (SPEC §5: "concurrent requests never
 * undo a removal or drop an invitation"; SPEC §10: a stale edit is refused, never silently merged).
 * Each test races two real requests against the same case many times and, after every round,
 * checks the stored rows and what a removed person can still read.
 */
describe('concurrent changes to one case', () => {
  let payload: Payload
  let people: Record<'owner' | 'staff', TestAccount>
  let organization: number
  let country: number
  let expertIds: number[] = []
  let serial = 0

  const advocate = async (label: string) => {
    serial += 1
    const email = `${label}-${serial}-${unique}@test.example`
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true, // fixture: a verified advocate made as trusted code
      disableVerificationEmail: true,
      data: { email, password, name: label, role: 'advocate', _verified: true, organization },
    })
    return { id: user.id, email, token: await loginToken(email, password) }
  }

  const newCase = async (shares: { user?: number; invitedEmail?: string }[] = []) =>
    (
      await payload.create({
        collection: 'cases',
        overrideAccess: true, // fixture
        data: {
          owner: people.owner.user.id,
          country,
          language: 'Spanish',
          facts: 'Original facts.',
          shares: shares.map((share) => ({
            user: share.user ?? null,
            invitedEmail: share.invitedEmail ?? null,
            sharedAt: new Date().toISOString(),
            attestation: true,
          })),
        },
      })
    ).id

  const stored = (id: number) =>
    payload.findByID({ collection: 'cases', id, depth: 0, overrideAccess: true })

  const sharedUserIds = async (id: number) =>
    ((await stored(id)).shares ?? [])
      .map((share) => (typeof share.user === 'object' ? share.user?.id : share.user))
      .filter((value): value is number => typeof value === 'number')
      .sort((a, b) => a - b)

  const invitedEmails = async (id: number) =>
    ((await stored(id)).shares ?? [])
      .map((share) => share.invitedEmail)
      .filter((value): value is string => typeof value === 'string')
      .sort()

  /** What a person reads of the case over REST and GraphQL: ids of the case, or null. */
  const readsOf = async (token: string, id: number) => {
    const viaRest = await rest('GET', `/cases/${id}?depth=0`, { token })
    const viaGraphQL = await graphql(`query { Case(id: ${id}) { id } }`, { token })
    return {
      rest: viaRest.status === 200 ? viaRest.json.id : null,
      graphql: viaGraphQL.json?.data?.Case?.id ?? null,
    }
  }

  let removeCreatedRecords: () => Promise<void>

  beforeAll(async () => {
    payload = await getTestPayload()
    removeCreatedRecords = await trackCreatedRecords(payload)
    organization = (
      await payload.create({
        collection: 'organizations',
        overrideAccess: true, // fixture
        data: { name: `Org ${unique}`, kind: 'nonprofit' },
      })
    ).id
    people = await makeAccounts({
      payload,
      unique,
      password,
      organization,
      roles: { owner: 'advocate', staff: 'staff' },
    })
    const { docs } = await payload.find({ collection: 'countries', limit: 1, overrideAccess: true })
    country = docs[0]!.id
    const experts = await makeAccounts({
      payload,
      unique: `${unique}x`,
      password,
      organization,
      roles: { one: 'expert', two: 'expert' },
    })
    for (const account of Object.values(experts)) {
      const profile = await payload.create({
        collection: 'experts',
        overrideAccess: true, // fixture: a listed profile
        data: {
          user: account.user.id,
          displayName: `Expert ${account.user.id}`,
          reviewStatus: 'approved',
          _status: 'published',
        },
      })
      expertIds.push(profile.id)
    }
    expertIds = expertIds.sort((a, b) => a - b)
  })

  afterAll(() => removeCreatedRecords())

  it('should never let a removal be undone by a share sent at the same moment', async () => {
    const removedUser = await advocate('removed')
    const added = await advocate('added')
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const caseId = await newCase([{ user: removedUser.id }])
      const [unshare, share] = await Promise.all([
        rest('DELETE', `/cases/${caseId}/share/${removedUser.id}`, { token: people.owner.token }),
        rest('POST', `/cases/${caseId}/share`, {
          token: people.owner.token,
          body: { email: added.email, attestation: true },
        }),
      ])
      const after = {
        statuses: [unshare.status, share.status],
        shared: await sharedUserIds(caseId),
        removedReads: await readsOf(removedUser.token, caseId),
        addedReads: await readsOf(added.token, caseId),
      }
      const expected = {
        statuses: [200, 200],
        shared: [added.id],
        removedReads: { rest: null, graphql: null },
        addedReads: { rest: caseId, graphql: caseId },
      }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should never let an edit of the intake bring back a removed co-counsel', async () => {
    const removedUser = await advocate('removed-by-edit')
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const caseId = await newCase([{ user: removedUser.id }])
      const [unshare, edit] = await Promise.all([
        rest('DELETE', `/cases/${caseId}/share/${removedUser.id}`, { token: people.owner.token }),
        rest('PATCH', `/cases/${caseId}`, {
          token: people.owner.token,
          body: { facts: `Edited in round ${round}.` },
        }),
      ])
      const after = {
        statuses: [unshare.status, edit.status],
        shared: await sharedUserIds(caseId),
        facts: (await stored(caseId)).facts,
        removedReads: await readsOf(removedUser.token, caseId),
      }
      const expected = {
        statuses: [200, 200],
        shared: [],
        facts: `Edited in round ${round}.`,
        removedReads: { rest: null, graphql: null },
      }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should store both of two invitations sent at the same moment', async () => {
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const caseId = await newCase()
      const addresses = [
        `first-${round}-${unique}@test.example`,
        `second-${round}-${unique}@test.example`,
      ]
      const answers = await Promise.all(
        addresses.map((email) =>
          rest('POST', `/cases/${caseId}/share`, {
            token: people.owner.token,
            body: { email, attestation: true, invite: true },
          }),
        ),
      )
      const after = {
        statuses: answers.map((answer) => answer.status),
        invited: await invitedEmails(caseId),
      }
      const expected = { statuses: [202, 202], invited: [...addresses].sort() }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should store one invitation when the same address is invited twice at once', async () => {
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const caseId = await newCase()
      const email = `twice-${round}-${unique}@test.example`
      const answers = await Promise.all(
        [0, 1].map(() =>
          rest('POST', `/cases/${caseId}/share`, {
            token: people.owner.token,
            body: { email, attestation: true, invite: true },
          }),
        ),
      )
      const after = {
        statuses: answers.map((answer) => answer.status).sort(),
        invited: await invitedEmails(caseId),
      }
      const expected = { statuses: [202, 409], invited: [email] }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should end a withdrawal racing an acceptance at login in one order or the other', async () => {
    serial += 1
    const email = `invitee-${serial}-${unique}@test.example`
    const invitee = await payload.create({
      collection: 'users',
      overrideAccess: true, // fixture: the invited address has verified its new account
      disableVerificationEmail: true,
      data: { email, password, name: 'invitee', role: 'advocate', _verified: true, organization },
    })
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const caseId = await newCase([{ invitedEmail: email }])
      const shareId = (await stored(caseId)).shares?.[0]?.id
      const [withdraw, login] = await Promise.all([
        rest('DELETE', `/cases/${caseId}/invitations/${shareId}`, { token: people.owner.token }),
        rest('POST', '/users/login', { body: { email, password } }),
      ])
      const inviteeReads = await readsOf(login.json.token, caseId)
      const after = {
        login: login.status,
        pending: await invitedEmails(caseId),
        // Withdrawn first: no access at all. Accepted first: the withdrawal finds no invitation.
        outcome:
          withdraw.status === 200
            ? { shared: await sharedUserIds(caseId), reads: inviteeReads }
            : { status: withdraw.status, shared: await sharedUserIds(caseId), reads: inviteeReads },
      }
      const expected = {
        login: 200,
        pending: [],
        outcome:
          withdraw.status === 200
            ? { shared: [], reads: { rest: null, graphql: null } }
            : { status: 404, shared: [invitee.id], reads: { rest: caseId, graphql: caseId } },
      }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should keep both of two edits of different fields made at the same moment', async () => {
    const caseId = await newCase()
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const [language, facts] = await Promise.all([
        rest('PATCH', `/cases/${caseId}`, {
          token: people.owner.token,
          body: { language: `Language ${round}` },
        }),
        rest('PATCH', `/cases/${caseId}`, {
          token: people.owner.token,
          body: { facts: `Facts ${round}` },
        }),
      ])
      const saved = await stored(caseId)
      const after = {
        statuses: [language.status, facts.status],
        language: saved.language,
        facts: saved.facts,
      }
      const expected = {
        statuses: [200, 200],
        language: `Language ${round}`,
        facts: `Facts ${round}`,
      }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should keep both of two experts shortlisted at the same moment', async () => {
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const caseId = await newCase()
      const answers = await Promise.all(
        expertIds.map((expert) =>
          rest('POST', `/cases/${caseId}/shortlist`, {
            token: people.owner.token,
            body: { expert, action: 'add' },
          }),
        ),
      )
      const shortlist = ((await stored(caseId)).expertShortlist ?? [])
        .map((entry) => (typeof entry === 'object' ? entry.id : entry))
        .sort((a, b) => a - b)
      const after = { statuses: answers.map((answer) => answer.status), shortlist }
      const expected = { statuses: [200, 200], shortlist: expertIds }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should let a transfer and a share racing on one case both hold', async () => {
    const newOwner = await advocate('new-owner')
    const added = await advocate('added-during-transfer')
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const caseId = await newCase()
      const [transfer, share] = await Promise.all([
        rest('POST', `/cases/${caseId}/transfer`, {
          token: people.staff.token,
          body: { email: newOwner.email, reason: 'Moved during a race test' },
        }),
        rest('POST', `/cases/${caseId}/share`, {
          token: people.staff.token,
          body: { email: added.email, attestation: true },
        }),
      ])
      const saved = await stored(caseId)
      const after = {
        statuses: [transfer.status, share.status],
        owner: typeof saved.owner === 'object' ? saved.owner.id : saved.owner,
        shared: await sharedUserIds(caseId),
        previousOwnerReads: await readsOf(people.owner.token, caseId),
      }
      const expected = {
        statuses: [200, 200],
        owner: newOwner.id,
        shared: [added.id],
        previousOwnerReads: { rest: null, graphql: null },
      }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should refuse a stale If-Match with 409 and change nothing', async () => {
    const caseId = await newCase()
    const loaded = (await stored(caseId)).updatedAt
    const first = await rest('PATCH', `/cases/${caseId}`, {
      token: people.owner.token,
      headers: { 'If-Match': `"${loaded}"` },
      body: { language: 'French' },
    })
    const stale = await rest('PATCH', `/cases/${caseId}`, {
      token: people.owner.token,
      headers: { 'If-Match': `"${loaded}"` },
      body: { facts: 'Written over a version that is gone.' },
    })
    const saved = await stored(caseId)
    expect([first.status, stale.status]).toEqual([200, 409])
    expect(stale.json.errors?.[0]?.data?.currentVersion).toBe(saved.updatedAt)
    expect({ language: saved.language, facts: saved.facts }).toEqual({
      language: 'French',
      facts: 'Original facts.',
    })
  })

  it('should refuse an If-Match that is not a version with 400', async () => {
    const caseId = await newCase()
    const answer = await rest('PATCH', `/cases/${caseId}`, {
      token: people.owner.token,
      headers: { 'If-Match': 'yesterday' },
      body: { language: 'French' },
    })
    expect(answer.status).toBe(400)
    expect((await stored(caseId)).language).toBe('Spanish')
  })

  it('should accept exactly one of two edits made on the same version at once', async () => {
    const caseId = await newCase()
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const loaded = (await stored(caseId)).updatedAt
      const answers = await Promise.all(
        ['language', 'facts'].map((field) =>
          rest('PATCH', `/cases/${caseId}`, {
            token: people.owner.token,
            headers: { 'If-Match': loaded },
            body: { [field]: `${field} ${round}` },
          }),
        ),
      )
      const saved = await stored(caseId)
      const winner = answers[0]!.status === 200 ? 'language' : 'facts'
      const after = {
        statuses: answers.map((answer) => answer.status).sort(),
        [winner]: saved[winner as 'language' | 'facts'],
      }
      const expected = { statuses: [200, 409], [winner]: `${winner} ${round}` }
      if (JSON.stringify(after) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(after)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('should refuse a stale version given to the Local API and change nothing', async () => {
    const caseId = await newCase()
    const loaded = (await stored(caseId)).updatedAt
    await payload.update({
      collection: 'cases',
      id: caseId,
      data: { language: 'Arabic' },
      user: people.owner.user,
      overrideAccess: false,
      context: expectVersion('cases', caseId, loaded),
    })
    const stale = payload.update({
      collection: 'cases',
      id: caseId,
      data: { facts: 'Stale facts.' },
      user: people.owner.user,
      overrideAccess: false,
      context: expectVersion('cases', caseId, loaded),
    })
    await expect(stale).rejects.toMatchObject({ status: 409 })
    expect((await stored(caseId)).facts).toBe('Original facts.')
  })

  it('should refuse a staff edit of a case another staff member has open in the admin panel', async () => {
    const caseId = await newCase()
    const colleague = await makeAccounts({
      payload,
      unique: `${unique}s`,
      password,
      organization,
      roles: { staff: 'staff' },
    })
    // What the admin panel stores when a staff member opens the case's edit view.
    await payload.create({
      collection: 'payload-locked-documents',
      overrideAccess: true, // fixture: the lock the admin panel takes for `people.staff`
      data: {
        document: { relationTo: 'cases', value: caseId },
        user: { relationTo: 'users', value: people.staff.user.id },
      },
    })
    const answer = await rest('PATCH', `/cases/${caseId}`, {
      token: colleague.staff.token,
      body: { language: 'Edited while locked' },
    })
    expect(answer.status).toBe(423)
    expect((await stored(caseId)).language).toBe('Spanish')
  })

  it('should compare a draft edit with the latest draft, not the published row', async () => {
    const { author } = await makeAccounts({
      payload,
      unique: `${unique}d`,
      password,
      organization,
      roles: { author: 'expert' },
    })
    const profile = await payload.create({
      collection: 'experts',
      draft: true,
      overrideAccess: true, // fixture: the expert's draft profile
      data: { user: author.user.id, displayName: 'Draft expert', location: 'Boston' },
    })
    const read = async () =>
      payload.findByID({ collection: 'experts', id: profile.id, draft: true, overrideAccess: true })
    const save = async (version: string, location: string) =>
      payload
        .update({
          collection: 'experts',
          id: profile.id,
          draft: true,
          data: { location },
          user: author.user,
          overrideAccess: false,
          context: expectVersion('experts', profile.id, version),
        })
        .then(
          () => 200,
          (error: { status?: number }) => error.status,
        )
    const loaded = (await read()).updatedAt
    const first = await save(loaded, 'Chicago')
    const second = await save((await read()).updatedAt, 'Denver')
    const stale = await save(loaded, 'Austin')
    expect([first, second, stale]).toEqual([200, 200, 409])
    expect((await read()).location).toBe('Denver')
  })
})
