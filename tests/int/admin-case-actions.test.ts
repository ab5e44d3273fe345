import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures } from '../helpers/authorization/collections'
import type { Fixtures } from '../helpers/authorization/fixtures'
import type { PolicyRole } from '../helpers/authorization/policy'
import {
  errorCode,
  makeAdvocate,
  makeSharedCase,
  queuedEmailsTo,
  storedCase,
  storedEvents,
  storedShares,
  type Account,
  type EndpointRow,
} from '../helpers/authorization/sharing'
import { trackCreatedRecords } from '../helpers/cleanup'
import { getTestPayload, rest } from '../helpers/payload'

/**
 * The Cases admin panel's actions (src/components/admin/CaseActions.tsx), called exactly as the
 * panel calls them: with the admin session cookie, same-origin, JSON bodies. Transfer is staff
 * only and needs a reason; Remove beside a share or an invitation is the portal's unshare and
 * withdraw, which the owner may also do. Each success is stored, logged and emailed.
 */
const transferRows: EndpointRow[] = [
  { role: 'guest', status: 401, error: 'not-signed-in' },
  { role: 'ownerAdvocate', status: 403, error: 'staff-only' },
  { role: 'sharedAdvocate', status: 403, error: 'staff-only' },
  { role: 'otherAdvocate', status: 403, error: 'staff-only' },
  { role: 'noCaseAdvocate', status: 403, error: 'staff-only' },
  { role: 'expert', status: 403, error: 'staff-only' },
  { role: 'staff', status: 200, error: null },
  { role: 'admin', status: 200, error: null },
]

const removeRows: EndpointRow[] = [
  { role: 'guest', status: 401, error: 'not-signed-in' },
  { role: 'ownerAdvocate', status: 200, error: null },
  { role: 'sharedAdvocate', status: 403, error: 'not-case-owner' },
  { role: 'otherAdvocate', status: 404, error: 'case-not-found' },
  { role: 'noCaseAdvocate', status: 404, error: 'case-not-found' },
  { role: 'expert', status: 404, error: 'case-not-found' },
  { role: 'staff', status: 200, error: null },
  { role: 'admin', status: 200, error: null },
]

const reason = 'The attorney of record changed firms'

/** 1 when the row's call succeeds: how many changes, events or emails it must leave behind. */
const effects = (row: EndpointRow) => (row.status < 300 ? 1 : 0)

/** The headers the admin panel's fetch sends: the session cookie from the same origin. */
const panelHeaders = (fx: Fixtures, role: PolicyRole): Record<string, string> => {
  const token = fx.actors[role].token
  return token
    ? { Cookie: `payload-token=${token}`, Origin: 'http://localhost:3000' }
    : { Origin: 'http://localhost:3000' }
}

type SharedCase = Awaited<ReturnType<typeof makeSharedCase>>

let fx: Fixtures
const transferCases = {} as Record<PolicyRole, SharedCase>
const newOwners = {} as Record<PolicyRole, Account>
const unshareCases = {} as Record<PolicyRole, SharedCase>
const removable = {} as Record<PolicyRole, Account>
const invitationCases = {} as Record<PolicyRole, SharedCase>
const invitedAddresses = {} as Record<PolicyRole, string>
let reasonCase: SharedCase
let removeCreatedRecords: () => Promise<void>

beforeAll(async () => {
  removeCreatedRecords = await trackCreatedRecords(await getTestPayload())
  fx = await buildFixtures()
  const sharedAdvocate = fx.actors.sharedAdvocate.user!.id
  for (const row of transferRows) {
    newOwners[row.role] = await makeAdvocate(fx, `panel-owner-${row.role}`)
    transferCases[row.role] = await makeSharedCase({ fx, sharedWith: [sharedAdvocate] })
    removable[row.role] = await makeAdvocate(fx, `panel-removable-${row.role}`)
    unshareCases[row.role] = await makeSharedCase({
      fx,
      sharedWith: [sharedAdvocate, removable[row.role].id],
    })
    invitedAddresses[row.role] =
      `panel-invited-${row.role}-${fx.nextMarker()}@test.example`.toLowerCase()
    invitationCases[row.role] = await makeSharedCase({
      fx,
      sharedWith: [sharedAdvocate],
      invited: [invitedAddresses[row.role]],
    })
  }
  reasonCase = await makeSharedCase({ fx, sharedWith: [] })
}, 600_000)

afterAll(() => removeCreatedRecords())

describe('Transfer to another advocate (admin panel)', () => {
  it.each(
    transferRows.map(
      (row) =>
        [`should answer ${row.status} when ${row.role} transfers from the panel`, row] as const,
    ),
  )('%s', async (_name, row) => {
    const theCase = transferCases[row.role]
    const newOwner = newOwners[row.role]
    const previousOwnerId = fx.actors.ownerAdvocate.user!.id
    const res = await rest('POST', `/cases/${theCase.id}/transfer`, {
      headers: panelHeaders(fx, row.role),
      body: { email: newOwner.email, reason },
    })
    expect(res.status).toBe(row.status)
    expect(errorCode(res)).toBe(row.error)
    expect((await storedCase(fx, theCase.id)).owner).toBe(
      effects(row) === 1 ? newOwner.id : previousOwnerId,
    )
    const events = await storedEvents(fx, theCase.id, 'transfer')
    expect(events.map((event) => event.details)).toEqual(
      effects(row) === 1 ? [{ from: previousOwnerId, to: newOwner.id, reason }] : [],
    )
    const emails = await queuedEmailsTo(fx, newOwner.email)
    expect(emails).toHaveLength(effects(row))
    expect(emails.map((email) => email?.html ?? '').join('')).not.toContain(theCase.facts)
    const previousOwnerRead = await rest('GET', `/cases/${theCase.id}`, {
      token: fx.actors.ownerAdvocate.token,
    })
    expect(previousOwnerRead.status).toBe(effects(row) === 1 ? 404 : 200)
  })

  it('should send the reason to the new owner and the previous owner', async () => {
    const theCase = transferCases.staff
    const previousOwnerEmail = fx.actors.ownerAdvocate.user!.email
    const toNewOwner = await queuedEmailsTo(fx, newOwners.staff.email)
    const toPreviousOwner = (await queuedEmailsTo(fx, previousOwnerEmail)).filter((email) =>
      email?.subject?.includes(theCase.caseNumber),
    )
    expect(toNewOwner.map((email) => email?.html?.includes(reason))).toEqual([true])
    expect(toPreviousOwner.map((email) => email?.html?.includes(reason))).toEqual([true])
  })

  it("should refuse a transfer without a reason with 400 'reason-required' and keep the owner", async () => {
    const newOwner = await makeAdvocate(fx, 'panel-no-reason')
    const res = await rest('POST', `/cases/${reasonCase.id}/transfer`, {
      headers: panelHeaders(fx, 'staff'),
      body: { email: newOwner.email, reason: '   ' },
    })
    expect(res.status).toBe(400)
    expect(res.json.error).toBe('reason-required')
    expect((await storedCase(fx, reasonCase.id)).owner).toBe(fx.actors.ownerAdvocate.user!.id)
    expect(await storedEvents(fx, reasonCase.id, 'transfer')).toHaveLength(0)
    expect(await queuedEmailsTo(fx, newOwner.email)).toHaveLength(0)
  })

  it("should refuse a reason over the limit with 400 'reason-too-long' and keep the owner", async () => {
    const newOwner = await makeAdvocate(fx, 'panel-long-reason')
    const res = await rest('POST', `/cases/${reasonCase.id}/transfer`, {
      headers: panelHeaders(fx, 'staff'),
      body: { email: newOwner.email, reason: 'x'.repeat(501) },
    })
    expect(res.status).toBe(400)
    expect(res.json.error).toBe('reason-too-long')
    expect((await storedCase(fx, reasonCase.id)).owner).toBe(fx.actors.ownerAdvocate.user!.id)
  })
})

describe('Remove beside a share (admin panel)', () => {
  it.each(
    removeRows.map(
      (row) => [`should answer ${row.status} when ${row.role} removes a shared user`, row] as const,
    ),
  )('%s', async (_name, row) => {
    const theCase = unshareCases[row.role]
    const person = removable[row.role]
    const res = await rest('DELETE', `/cases/${theCase.id}/share/${person.id}`, {
      headers: panelHeaders(fx, row.role),
    })
    expect(res.status).toBe(row.status)
    expect(errorCode(res)).toBe(row.error)
    expect(
      (await storedShares(fx, theCase.id)).users.filter((id) => id === person.id),
    ).toHaveLength(1 - effects(row))
    expect(await storedEvents(fx, theCase.id, 'unshare')).toHaveLength(effects(row))
    expect(await queuedEmailsTo(fx, person.email)).toHaveLength(effects(row))
    const removedRead = await rest('GET', `/cases/${theCase.id}`, { token: person.token })
    expect(removedRead.status).toBe(effects(row) === 1 ? 404 : 200)
  })
})

describe('Remove beside a pending invitation (admin panel)', () => {
  it.each(
    removeRows.map(
      (row) =>
        [`should answer ${row.status} when ${row.role} withdraws an invitation`, row] as const,
    ),
  )('%s', async (_name, row) => {
    const theCase = invitationCases[row.role]
    const address = invitedAddresses[row.role]
    const res = await rest('DELETE', `/cases/${theCase.id}/invitations/${theCase.shareIds[1]}`, {
      headers: panelHeaders(fx, row.role),
    })
    expect(res.status).toBe(row.status)
    expect(errorCode(res)).toBe(row.error)
    expect(
      (await storedShares(fx, theCase.id)).invited.filter((email) => email === address),
    ).toHaveLength(1 - effects(row))
    expect(await storedEvents(fx, theCase.id, 'unshare')).toHaveLength(effects(row))
    expect(await queuedEmailsTo(fx, address)).toHaveLength(effects(row))
  })
})

describe('the shares list the panel reads', () => {
  it('should give staff each shared user with their email and each invitation with its id', async () => {
    const theCase = invitationCases.guest
    const res = await rest('GET', `/cases/${theCase.id}?depth=1&select[shares]=true`, {
      headers: panelHeaders(fx, 'staff'),
    })
    const shares = res.json.shares as {
      id: string
      user: { email?: string } | null
      invitedEmail?: string | null
    }[]
    expect(res.status).toBe(200)
    expect(shares.map((share) => [share.id, share.user?.email ?? share.invitedEmail])).toEqual([
      [theCase.shareIds[0], fx.actors.sharedAdvocate.user!.email],
      [theCase.shareIds[1], invitedAddresses.guest],
    ])
  })
})
