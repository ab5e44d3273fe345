import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadStaffDashboard } from '@/lib/staff-dashboard'
import type { AssistanceRequest, Case, User } from '@/payload-types'

import { makeAccounts, startTracked, type TestAccount } from '../helpers/accounts'
import { graphql, rest } from '../helpers/payload'
import { deleteEmailJobsTo, emailJobsTo, makeCaseWithPeople } from '../helpers/services'

/**
 * The staff queues (issue 14 part 3): staff reply to an assistance request (stored, dated, the
 * request answered, the case team emailed a link only), who reads the reply and the assignee on
 * every surface, what non-staff cannot set, the staff-only assignee, the new-work emails staff
 * choose, and the dashboard's data.
 */

const unique = `queues${Date.now()}`
const reply = 'We found two experts on state protection in Guatemala; see the Experts tab.'
const requestMessage = 'Confidential detail about the applicant in the request message.'

type People = Awaited<ReturnType<typeof makeCaseWithPeople>>['people']
type Role = keyof People | 'anonymous'

let payload: Payload
let removeCreatedRecords: () => Promise<void>
let people: People
let theCase: Case
let cleanupCase: () => Promise<void>
let extraStaff: Record<'alerted' | 'silent' | 'submissions', TestAccount>

const asUser = (account: TestAccount) => ({ user: account.user, overrideAccess: false as const })

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** A request about the case sent by the co-counsel it is shared with (Local API, as them). */
const sendRequest = (data: Partial<AssistanceRequest> = {}) =>
  payload.create({
    collection: 'assistance-requests',
    data: {
      case: theCase.id,
      subject: `Help ${Math.random()}`,
      message: requestMessage,
      urgentDeadline: daysAhead(7),
      ...data,
    },
    ...asUser(people.shared),
    depth: 0,
  })

const stored = (id: number) =>
  payload.findByID({ collection: 'assistance-requests', id, depth: 0, overrideAccess: true })

const replyAsStaff = (id: number) =>
  payload.update({
    collection: 'assistance-requests',
    id,
    data: { staffReply: reply },
    ...asUser(people.staff),
    depth: 0,
  })

const tokenOf = (role: Role) => (role === 'anonymous' ? undefined : people[role].token)

beforeAll(async () => {
  ;({ payload, removeCreatedRecords } = await startTracked())
  ;({ people, theCase, cleanup: cleanupCase } = await makeCaseWithPeople({ payload, unique }))
  const org = await payload.create({
    collection: 'organizations',
    overrideAccess: true, // fixture set-up
    data: { name: `Org staff ${unique}`, kind: 'nonprofit' },
  })
  extraStaff = await makeAccounts({
    payload,
    unique,
    password: `${unique} passphrase`,
    organization: org.id,
    roles: { alerted: 'staff', silent: 'staff', submissions: 'staff' },
  })
  await payload.update({
    collection: 'users',
    id: extraStaff.silent.user.id,
    data: { staffAlerts: { newRequestWithDeadline: false } },
    overrideAccess: true, // fixture set-up: the choice the staff member made
  })
  await payload.update({
    collection: 'users',
    id: extraStaff.submissions.user.id,
    data: { staffAlerts: { newRequestWithDeadline: false, newResourceSubmission: true } },
    overrideAccess: true, // fixture set-up
  })
})

afterAll(async () => {
  await deleteEmailJobsTo(
    payload,
    Object.values(extraStaff).map((account) => account.email),
  )
  await payload.delete({
    collection: 'assistance-requests',
    where: { case: { equals: theCase.id } },
    overrideAccess: true, // test clean-up
  })
  await cleanupCase()
  await removeCreatedRecords()
})

describe('staff reply to an assistance request', () => {
  it('should store the reply, date it and mark the request answered', async () => {
    const request = await sendRequest()
    const before = Date.now()
    await replyAsStaff(request.id)
    const row = await stored(request.id)
    expect(row.staffReply).toBe(reply)
    expect(row.status).toBe('answered')
    expect(Date.parse(row.staffRepliedAt!)).toBeGreaterThanOrEqual(before - 1000)
  })

  it('should email the requester and the case owner the case number and a link, never the reply', async () => {
    const request = await sendRequest()
    await deleteEmailJobsTo(payload, [people.owner.email, people.shared.email])
    await replyAsStaff(request.id)
    for (const account of [people.owner, people.shared]) {
      const jobs = await emailJobsTo(payload, account.email)
      expect(jobs).toHaveLength(1)
      const { subject, html } = jobs[0]!.input as { subject: string; html: string }
      expect(subject).toContain(theCase.caseNumber)
      expect(html).toContain(theCase.caseNumber)
      expect(html).toContain(`/cases/${theCase.id}/assistance`)
      expect(html).not.toContain('state protection')
      expect(html).not.toContain('Confidential detail')
      expect(html).not.toContain(request.subject)
    }
  })

  it('should not email again when staff save the request without changing the reply', async () => {
    const request = await sendRequest()
    await replyAsStaff(request.id)
    await deleteEmailJobsTo(payload, [people.owner.email, people.shared.email])
    await payload.update({
      collection: 'assistance-requests',
      id: request.id,
      data: { staffNotes: 'Called the attorney.' },
      ...asUser(people.staff),
    })
    expect(await emailJobsTo(payload, people.owner.email)).toHaveLength(0)
    expect((await stored(request.id)).staffNotes).toBe('Called the attorney.')
  })
})

describe('who reads the reply and the assignee', () => {
  let request: AssistanceRequest
  beforeAll(async () => {
    request = await sendRequest()
    await payload.update({
      collection: 'assistance-requests',
      id: request.id,
      data: { staffReply: reply, assignee: people.staff.user.id },
      ...asUser(people.staff),
    })
  })

  // Case members and staff read the request and its reply; only staff read who has it.
  // On the Local API, experts and guests are refused outright; an advocate finds none outside
  // their cases.
  const refused = 'You are not allowed to perform this action.'
  const rows: {
    role: Role
    readsReply: boolean
    readsAssignee: boolean
    localApi: { staffReply: string; assignee?: 'staff' }[] | string
  }[] = [
    { role: 'owner', readsReply: true, readsAssignee: false, localApi: [{ staffReply: reply }] },
    { role: 'shared', readsReply: true, readsAssignee: false, localApi: [{ staffReply: reply }] },
    { role: 'otherAdvocate', readsReply: false, readsAssignee: false, localApi: [] },
    { role: 'expert', readsReply: false, readsAssignee: false, localApi: refused },
    { role: 'anonymous', readsReply: false, readsAssignee: false, localApi: refused },
    {
      role: 'staff',
      readsReply: true,
      readsAssignee: true,
      localApi: [{ staffReply: reply, assignee: 'staff' }],
    },
  ]

  for (const row of rows) {
    it(`should ${row.readsReply ? '' : 'not '}give ${row.role} the reply over REST`, async () => {
      const { status, json } = await rest('GET', `/assistance-requests/${request.id}?depth=0`, {
        token: tokenOf(row.role),
      })
      // A case outside theirs is not found for an advocate; experts and guests may not read any.
      expect(status).toBe(row.readsReply ? 200 : row.role === 'otherAdvocate' ? 404 : 403)
      expect(json?.staffReply).toBe(row.readsReply ? reply : undefined)
      expect(json?.assignee).toBe(row.readsAssignee ? people.staff.user.id : undefined)
    })

    it(`should ${row.readsReply ? '' : 'not '}give ${row.role} the reply over GraphQL`, async () => {
      const { json } = await graphql(
        `
          query ($id: Int!) {
            AssistanceRequest(id: $id) {
              id
              staffReply
              assignee {
                id
              }
            }
          }
        `,
        { token: tokenOf(row.role), variables: { id: request.id } },
      )
      const doc = json.data?.AssistanceRequest ?? null
      expect(doc?.staffReply ?? null).toBe(row.readsReply ? reply : null)
      expect(doc?.assignee?.id ?? null).toBe(row.readsAssignee ? people.staff.user.id : null)
    })

    it(`should ${row.readsReply ? '' : 'not '}give ${row.role} the reply on the Local API`, async () => {
      const seen = await payload
        .find({
          collection: 'assistance-requests',
          where: { id: { equals: request.id } },
          depth: 0,
          user: row.role === 'anonymous' ? null : people[row.role].user,
          overrideAccess: false,
        })
        .then(
          ({ docs }) =>
            docs.map((doc) => ({
              staffReply: doc.staffReply,
              assignee: doc.assignee === people.staff.user.id ? 'staff' : doc.assignee,
            })),
          (error: Error) => error.message,
        )
      expect(seen).toEqual(row.localApi)
    })
  }
})

describe('what only staff set', () => {
  it('should drop the status, assignee and reply a co-counsel sends with a new request', async () => {
    const request = await sendRequest({
      status: 'answered',
      assignee: people.staff.user.id,
      staffReply: 'Forged reply',
    })
    const row = await stored(request.id)
    expect(row.status).toBe('new')
    expect(row.assignee ?? null).toBeNull()
    expect(row.staffReply ?? null).toBeNull()
    expect(row.staffRepliedAt ?? null).toBeNull()
  })

  for (const role of ['owner', 'shared', 'otherAdvocate', 'expert', 'anonymous'] as const) {
    it(`should refuse ${role}'s REST update of status, assignee and reply and keep the row`, async () => {
      const request = await sendRequest()
      const before = await stored(request.id)
      const { status } = await rest('PATCH', `/assistance-requests/${request.id}`, {
        token: tokenOf(role),
        body: { status: 'answered', assignee: people.staff.user.id, staffReply: 'Forged reply' },
      })
      expect(status).toBe(403)
      expect(await stored(request.id)).toEqual(before)
    })
  }

  it("should refuse the owner's GraphQL update and keep the row", async () => {
    const request = await sendRequest()
    const before = await stored(request.id)
    const { json } = await graphql(
      `
        mutation ($id: Int!) {
          updateAssistanceRequest(id: $id, data: { staffReply: "Forged", status: answered }) {
            id
          }
        }
      `,
      { token: people.owner.token, variables: { id: request.id } },
    )
    expect(json.errors?.[0]?.message).toBeTruthy()
    expect(await stored(request.id)).toEqual(before)
  })

  it('should refuse an assignee who is not on staff with a 400 on the field', async () => {
    const request = await sendRequest()
    const { status, json } = await rest('PATCH', `/assistance-requests/${request.id}`, {
      token: people.staff.token,
      body: { assignee: people.owner.user.id },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('assignee')
    expect((await stored(request.id)).assignee ?? null).toBeNull()
  })

  it('should store a staff assignee set by staff', async () => {
    const request = await sendRequest()
    const { status } = await rest('PATCH', `/assistance-requests/${request.id}`, {
      token: people.staff.token,
      body: { assignee: extraStaff.alerted.user.id },
    })
    expect(status).toBe(200)
    expect((await stored(request.id)).assignee).toBe(extraStaff.alerted.user.id)
  })

  it("should keep staff's new-work choices out of an advocate's reach", async () => {
    await payload.update({
      collection: 'users',
      id: people.owner.user.id,
      data: { staffAlerts: { newResourceSubmission: true } },
      ...asUser(people.owner),
    })
    const row = await payload.findByID({
      collection: 'users',
      id: people.owner.user.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(row.staffAlerts?.newResourceSubmission).toBe(false)
  })
})

describe('new-work emails staff chose', () => {
  const subjectsTo = async (account: TestAccount) =>
    (await emailJobsTo(payload, account.email)).map(
      (job) => (job.input as { subject: string }).subject,
    )

  it('should email a new request with a deadline only to the staff who chose it', async () => {
    await deleteEmailJobsTo(
      payload,
      Object.values(extraStaff).map((account) => account.email),
    )
    const request = await sendRequest({ urgentDeadline: daysAhead(5) })
    const alerted = await emailJobsTo(payload, extraStaff.alerted.email)
    expect(alerted).toHaveLength(1)
    const { subject, html } = alerted[0]!.input as { subject: string; html: string }
    expect(subject).toContain(theCase.caseNumber)
    expect(html).toContain(`/admin/collections/assistance-requests/${request.id}`)
    expect(html).not.toContain('Confidential detail')
    expect(await subjectsTo(extraStaff.silent)).toEqual([])
    expect(await subjectsTo(extraStaff.submissions)).toEqual([])
  })

  it('should send no new-work email for a request without a deadline', async () => {
    await deleteEmailJobsTo(payload, [extraStaff.alerted.email])
    await sendRequest({ urgentDeadline: null })
    expect(await subjectsTo(extraStaff.alerted)).toEqual([])
  })

  it('should email a new resource submission only to the staff who chose it', async () => {
    await deleteEmailJobsTo(
      payload,
      Object.values(extraStaff).map((account) => account.email),
    )
    await payload.create({
      collection: 'resource-submissions',
      data: { title: 'A brief', description: 'A redacted brief.', clientPermission: true },
      ...asUser(people.owner),
    })
    expect(await subjectsTo(extraStaff.submissions)).toEqual(['New resource submission to review'])
    expect(await subjectsTo(extraStaff.alerted)).toEqual([])
    expect(await subjectsTo(extraStaff.silent)).toEqual([])
  })
})

describe('the staff dashboard data', () => {
  let ids: Record<'soon' | 'boundary' | 'later' | 'answered' | 'noDeadline', number>
  let feedbackId: number
  let before: NonNullable<Awaited<ReturnType<typeof loadStaffDashboard>>>

  beforeAll(async () => {
    await payload.delete({
      collection: 'assistance-requests',
      where: { case: { equals: theCase.id } },
      overrideAccess: true, // start this block from an empty queue for the case
    })
    before = (await loadStaffDashboard({ payload, user: people.staff.user }))!
    const soon = await sendRequest({ urgentDeadline: daysAhead(3) })
    const boundary = await sendRequest({ urgentDeadline: daysAhead(14) })
    const later = await sendRequest({ urgentDeadline: daysAhead(30) })
    const answered = await sendRequest({ urgentDeadline: daysAhead(1) })
    const noDeadline = await sendRequest({ urgentDeadline: null })
    await replyAsStaff(answered.id)
    for (const [id, assignee] of [
      [soon.id, people.staff.user.id],
      [later.id, extraStaff.alerted.user.id],
    ] as const) {
      await payload.update({
        collection: 'assistance-requests',
        id,
        data: { assignee },
        ...asUser(people.staff),
      })
    }
    const feedback = await payload.create({
      collection: 'feedback',
      data: { category: 'site-problem', message: 'The page froze.' },
      overrideAccess: true, // fixture: a report sent by a guest
    })
    await payload.update({
      collection: 'feedback',
      id: feedback.id,
      data: { assignee: people.staff.user.id },
      ...asUser(people.staff),
    })
    feedbackId = feedback.id
    ids = {
      soon: soon.id,
      boundary: boundary.id,
      later: later.id,
      answered: answered.id,
      noDeadline: noDeadline.id,
    }
  })

  const load = async () => (await loadStaffDashboard({ payload, user: people.staff.user }))!
  const countOf = (data: typeof before, slug: string) =>
    data.queues.find((queue) => queue.slug === slug)!.open

  it('should count the open requests and feedback, not the answered request', async () => {
    const data = await load()
    expect(countOf(data, 'assistance-requests') - countOf(before, 'assistance-requests')).toBe(4)
    expect(countOf(data, 'feedback') - countOf(before, 'feedback')).toBe(1)
    expect(data.queues.map((queue) => queue.slug)).toEqual([
      'assistance-requests',
      'resource-submissions',
      'feedback',
      'experts',
      'decision-documents',
    ])
  })

  it('should link each count to the list filtered to its open items', async () => {
    const data = await load()
    expect(data.queues[0]!.href).toBe(
      '/admin/collections/assistance-requests?where[status][in][0]=new&where[status][in][1]=in-progress',
    )
  })

  it('should list open requests with a deadline nearest first, flagging those due within 14 days', async () => {
    const data = await load()
    const mine = data.deadlines.filter((item) => Object.values(ids).includes(item.id))
    expect(mine.map((item) => [item.id, item.daysLeft, item.isDueSoon])).toEqual([
      [ids.soon, 3, true],
      [ids.boundary, 14, true],
      [ids.later, 30, false],
    ])
    expect(mine[0]!.caseNumber).toBe(theCase.caseNumber)
  })

  it('should list the open items assigned to the signed-in staff member only', async () => {
    const data = await load()
    expect(
      data.assignedToMe
        .map((item) => [item.slug, item.id])
        .filter(([slug, id]) =>
          slug === 'feedback' ? id === feedbackId : [ids.soon, ids.later].includes(id as number),
        ),
    ).toEqual([
      ['assistance-requests', ids.soon],
      ['feedback', feedbackId],
    ])
  })

  it('should give anyone but staff nothing', async () => {
    expect(await loadStaffDashboard({ payload, user: people.owner.user as User })).toBeNull()
    expect(await loadStaffDashboard({ payload, user: null })).toBeNull()
  })
})
