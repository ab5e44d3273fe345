import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Case } from '@/payload-types'

import { startTracked, type TestAccount } from '../helpers/accounts'
import { graphql, rest } from '../helpers/payload'
import { deleteEmailJobsTo, emailJobsTo, makeCaseWithPeople } from '../helpers/services'

/**
 * Staff replies on the queues that hold no case data (issue 14 part 3): feedback and resource
 * submissions. A reply is stored and dated, emailed once (with its text) to the sender, never on
 * other edits; only staff write it, only the server dates it; the sender of a resource reads the
 * reply with their submission, nobody but staff reads feedback.
 */

const unique = `replies${Date.now()}`
const reply = 'Thank you. We added a filter for country conditions reports.'
const secondReply = 'Update: the new filter is live on every case library.'
const forged = 'Forged reply'
const forgedDate = '2001-01-01T00:00:00.000Z'
const guestAddress = `guest-${unique}@test.example`
const replyAddress = `reply-${unique}@test.example`

type Collection = 'feedback' | 'resource-submissions'
type People = Awaited<ReturnType<typeof makeCaseWithPeople>>['people']
type Role = keyof People | 'anonymous'

let payload: Payload
let removeCreatedRecords: () => Promise<void>
let people: People
let theCase: Case
let cleanupCase: () => Promise<void>

const asUser = (account: TestAccount) => ({ user: account.user, overrideAccess: false as const })
const tokenOf = (role: Role) => (role === 'anonymous' ? undefined : people[role].token)

/** Feedback or a resource submission sent by the case owner (an advocate), as them. */
const send = async (collection: Collection, data: Record<string, unknown> = {}) => {
  const base =
    collection === 'feedback'
      ? { category: 'library', message: 'The filters could be clearer.' }
      : {
          title: `A brief ${Math.random()}`,
          description: 'A redacted brief.',
          clientPermission: true,
        }
  const doc = await payload.create({
    collection,
    data: { ...base, ...data } as never,
    ...asUser(people.owner),
    depth: 0,
  })
  return doc.id
}

const stored = (collection: Collection, id: number) =>
  payload.findByID({ collection, id, depth: 0, overrideAccess: true })

const saveAsStaff = (collection: Collection, id: number, data: Record<string, unknown>) =>
  payload.update({ collection, id, data: data as never, ...asUser(people.staff), depth: 0 })

const emailsTo = async (address: string) =>
  (await emailJobsTo(payload, address)).map((job) => job.input as { subject: string; html: string })

const subjects = {
  feedback: 'Program staff replied to your feedback',
  'resource-submissions': 'Program staff replied about the resource you sent',
} as const

beforeAll(async () => {
  ;({ payload, removeCreatedRecords } = await startTracked())
  ;({ people, theCase, cleanup: cleanupCase } = await makeCaseWithPeople({ payload, unique }))
})

afterAll(async () => {
  await deleteEmailJobsTo(payload, [guestAddress, replyAddress])
  for (const collection of ['feedback', 'resource-submissions'] as const) {
    await payload.delete({
      collection,
      where: { submittedBy: { equals: people.owner.user.id } },
      overrideAccess: true, // test clean-up
    })
  }
  await cleanupCase()
  await removeCreatedRecords()
})

for (const collection of ['feedback', 'resource-submissions'] as const) {
  describe(`staff reply to ${collection}`, () => {
    it('should store the reply and date it, leaving the status as staff set it', async () => {
      const id = await send(collection)
      const before = Date.now()
      await saveAsStaff(collection, id, { staffReply: reply })
      const row = await stored(collection, id)
      expect(row.staffReply).toBe(reply)
      expect(row.status).toBe('new')
      expect(Date.parse(row.staffRepliedAt!)).toBeGreaterThanOrEqual(before - 1000)
    })

    it("should queue one email to the sender's account with the reply and nothing from the case", async () => {
      const id = await send(collection)
      await deleteEmailJobsTo(payload, [people.owner.email])
      await saveAsStaff(collection, id, { staffReply: reply })
      const emails = await emailsTo(people.owner.email)
      expect(emails.map((email) => email.subject)).toEqual([subjects[collection]])
      expect(emails[0]!.html).toContain(reply)
      expect(emails[0]!.html).not.toContain(theCase.caseNumber)
      expect(emails[0]!.html).not.toContain('Confidential facts')
    })

    it('should send no email and keep the date when staff change other fields or save the same reply', async () => {
      const id = await send(collection)
      await saveAsStaff(collection, id, { staffReply: reply })
      const dated = (await stored(collection, id)).staffRepliedAt
      await deleteEmailJobsTo(payload, [people.owner.email])
      await saveAsStaff(collection, id, { assignee: people.staff.user.id })
      await saveAsStaff(collection, id, { staffReply: reply, status: 'new' })
      expect(await emailsTo(people.owner.email)).toEqual([])
      const row = await stored(collection, id)
      expect(row.staffRepliedAt).toBe(dated)
      expect(row.assignee).toBe(people.staff.user.id)
    })

    it('should date and email a changed reply again', async () => {
      const id = await send(collection)
      await saveAsStaff(collection, id, { staffReply: reply })
      const dated = (await stored(collection, id)).staffRepliedAt!
      await deleteEmailJobsTo(payload, [people.owner.email])
      await new Promise((resolve) => setTimeout(resolve, 5))
      await saveAsStaff(collection, id, { staffReply: secondReply })
      const emails = await emailsTo(people.owner.email)
      expect(emails).toHaveLength(1)
      expect(emails[0]!.html).toContain(secondReply)
      const row = await stored(collection, id)
      expect(row.staffReply).toBe(secondReply)
      expect(Date.parse(row.staffRepliedAt!)).toBeGreaterThan(Date.parse(dated))
    })

    it('should ignore a date staff send for the reply', async () => {
      const id = await send(collection)
      await saveAsStaff(collection, id, { staffRepliedAt: forgedDate })
      expect((await stored(collection, id)).staffRepliedAt ?? null).toBeNull()
    })
  })
}

describe('where a reply to feedback goes', () => {
  it('should email the reply address the person gave, not their account', async () => {
    const id = await send('feedback', { replyEmail: replyAddress })
    await deleteEmailJobsTo(payload, [people.owner.email, replyAddress])
    await saveAsStaff('feedback', id, { staffReply: reply })
    expect((await emailsTo(replyAddress)).map((email) => email.subject)).toEqual([
      subjects.feedback,
    ])
    expect(await emailsTo(people.owner.email)).toEqual([])
  })

  it("should email a guest's reply address", async () => {
    const guest = await payload.create({
      collection: 'feedback',
      data: { category: 'site-problem', message: 'The page froze.', replyEmail: guestAddress },
      user: null,
      overrideAccess: false,
      depth: 0,
    })
    await saveAsStaff('feedback', guest.id, { staffReply: reply })
    expect((await emailsTo(guestAddress)).map((email) => email.subject)).toEqual([
      subjects.feedback,
    ])
    await payload.delete({ collection: 'feedback', id: guest.id, overrideAccess: true }) // clean-up
  })

  it('should email nobody for a guest who gave no address, and still store the reply', async () => {
    const countReplyEmails = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'sendEmail' } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs.filter((job) => (job.input as { subject?: string }).subject === subjects.feedback)
        .length
    const guest = await payload.create({
      collection: 'feedback',
      data: { category: 'other', message: 'No address given.' },
      user: null,
      overrideAccess: false,
      depth: 0,
    })
    const before = await countReplyEmails()
    await saveAsStaff('feedback', guest.id, { staffReply: reply })
    expect(await countReplyEmails()).toBe(before)
    expect((await stored('feedback', guest.id)).staffReply).toBe(reply)
    await payload.delete({ collection: 'feedback', id: guest.id, overrideAccess: true }) // clean-up
  })
})

const graphqlNames = {
  feedback: { type: 'Feedback', update: 'updateFeedback', create: 'createFeedback' },
  'resource-submissions': {
    type: 'ResourceSubmission',
    update: 'updateResourceSubmission',
    create: 'createResourceSubmission',
  },
} as const

const createFields = {
  feedback: 'category: library, message: "Hello"',
  'resource-submissions': 'title: "A brief", description: "Redacted.", clientPermission: true',
} as const

describe('only staff write the reply, only the server dates it', () => {
  for (const collection of ['feedback', 'resource-submissions'] as const) {
    for (const role of ['owner', 'shared', 'otherAdvocate', 'expert', 'anonymous'] as const) {
      it(`should refuse ${role}'s REST update of ${collection}'s reply and keep the row`, async () => {
        const id = await send(collection)
        await saveAsStaff(collection, id, { staffReply: reply })
        const before = await stored(collection, id)
        const { status } = await rest('PATCH', `/${collection}/${id}`, {
          token: tokenOf(role),
          body: { staffReply: forged, staffRepliedAt: forgedDate },
        })
        expect(status).toBe(403)
        expect(await stored(collection, id)).toEqual(before)
      })
    }

    it(`should drop the reply and date the submitter sends with a new ${collection} over REST`, async () => {
      const { status, json } = await rest('POST', `/${collection}`, {
        token: people.owner.token,
        body: {
          ...(collection === 'feedback'
            ? { category: 'library', message: 'Hello' }
            : { title: 'A brief', description: 'Redacted.', clientPermission: true }),
          staffReply: forged,
          staffRepliedAt: forgedDate,
        },
      })
      expect(status).toBe(201)
      const row = await stored(collection, json.doc.id)
      expect(row.staffReply ?? null).toBeNull()
      expect(row.staffRepliedAt ?? null).toBeNull()
    })

    it(`should refuse the submitter's GraphQL update of ${collection}'s reply and keep the row`, async () => {
      const id = await send(collection)
      const before = await stored(collection, id)
      const { json } = await graphql(
        `
          mutation ($id: Int!) {
            ${graphqlNames[collection].update}(id: $id, data: { staffReply: "${forged}", staffRepliedAt: "${forgedDate}" }) {
              id
            }
          }
        `,
        { token: people.owner.token, variables: { id } },
      )
      expect(json.errors?.[0]?.message).toBe('You are not allowed to perform this action.')
      expect(await stored(collection, id)).toEqual(before)
    })

    it(`should drop the reply and date the submitter sends with a new ${collection} over GraphQL`, async () => {
      const { json } = await graphql(
        `
          mutation {
            ${graphqlNames[collection].create}(data: { ${createFields[collection]}, staffReply: "${forged}", staffRepliedAt: "${forgedDate}" }) {
              id
            }
          }
        `,
        { token: people.owner.token },
      )
      const id = json.data[graphqlNames[collection].create].id as number
      const row = await stored(collection, id)
      expect(row.staffReply ?? null).toBeNull()
      expect(row.staffRepliedAt ?? null).toBeNull()
    })

    it(`should refuse the submitter's Local API update of ${collection}'s reply and keep the row`, async () => {
      const id = await send(collection)
      const before = await stored(collection, id)
      await expect(
        payload.update({
          collection,
          id,
          data: { staffReply: forged, staffRepliedAt: forgedDate },
          ...asUser(people.owner),
        }),
      ).rejects.toThrow('You are not allowed to perform this action.')
      expect(await stored(collection, id)).toEqual(before)
    })

    it(`should drop the reply and date the submitter sends with a new ${collection} on the Local API`, async () => {
      const id = await send(collection, { staffReply: forged, staffRepliedAt: forgedDate })
      const row = await stored(collection, id)
      expect(row.staffReply ?? null).toBeNull()
      expect(row.staffRepliedAt ?? null).toBeNull()
    })
  }
})

describe('who reads the reply', () => {
  const refused = 'You are not allowed to perform this action.'
  const ids = {} as Record<Collection, number>

  beforeAll(async () => {
    for (const collection of ['feedback', 'resource-submissions'] as const) {
      ids[collection] = await send(collection)
      await saveAsStaff(collection, ids[collection], { staffReply: reply })
    }
  })

  // A resource's sender reads their submission and its reply; other signed-in people find none.
  // Feedback is read by staff only, its sender included: they get the reply by email.
  const rows: {
    collection: Collection
    role: Role
    rest: number
    localApi: string[] | string
  }[] = [
    { collection: 'resource-submissions', role: 'owner', rest: 200, localApi: [reply] },
    { collection: 'resource-submissions', role: 'shared', rest: 404, localApi: [] },
    { collection: 'resource-submissions', role: 'otherAdvocate', rest: 404, localApi: [] },
    { collection: 'resource-submissions', role: 'expert', rest: 404, localApi: [] },
    { collection: 'resource-submissions', role: 'anonymous', rest: 403, localApi: refused },
    { collection: 'resource-submissions', role: 'staff', rest: 200, localApi: [reply] },
    { collection: 'feedback', role: 'owner', rest: 403, localApi: refused },
    { collection: 'feedback', role: 'otherAdvocate', rest: 403, localApi: refused },
    { collection: 'feedback', role: 'expert', rest: 403, localApi: refused },
    { collection: 'feedback', role: 'anonymous', rest: 403, localApi: refused },
    { collection: 'feedback', role: 'staff', rest: 200, localApi: [reply] },
  ]

  for (const row of rows) {
    const reads = row.rest === 200
    const label = `${reads ? '' : 'not '}give ${row.role} the reply to ${row.collection}`

    it(`should ${label} over REST`, async () => {
      const { status, json } = await rest('GET', `/${row.collection}/${ids[row.collection]}`, {
        token: tokenOf(row.role),
      })
      expect(status).toBe(row.rest)
      expect(json?.staffReply).toBe(reads ? reply : undefined)
    })

    it(`should ${label} over GraphQL`, async () => {
      const { type } = graphqlNames[row.collection]
      const { json } = await graphql(
        `
          query ($id: Int!) {
            ${type}(id: $id) {
              id
              staffReply
              staffRepliedAt
            }
          }
        `,
        { token: tokenOf(row.role), variables: { id: ids[row.collection] } },
      )
      const doc = json.data?.[type] ?? null
      expect(doc?.staffReply ?? null).toBe(reads ? reply : null)
      expect(Boolean(doc?.staffRepliedAt)).toBe(reads)
    })

    it(`should ${label} on the Local API`, async () => {
      const seen = await payload
        .find({
          collection: row.collection,
          where: { id: { equals: ids[row.collection] } },
          depth: 0,
          user: row.role === 'anonymous' ? null : people[row.role].user,
          overrideAccess: false,
        })
        .then(
          ({ docs }) => docs.map((doc) => doc.staffReply),
          (error: Error) => error.message,
        )
      expect(seen).toEqual(row.localApi)
    })
  }
})
