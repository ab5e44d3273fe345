import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requestAssistance } from '@/collections/AssistanceRequests/services/requestAssistance'
import type { Case } from '@/payload-types'

import type { TestAccount } from '../../helpers/accounts'
import { getTestPayload } from '../../helpers/payload'
import {
  type CaseRole,
  emailSubjectsTo,
  makeCaseWithPeople,
  requestAs,
} from '../../helpers/services'

/**
 * requestAssistance called directly, as each kind of person: the assistance form is an adapter
 * over it, so what it answers and stores (the request, its acknowledgement) is the contract.
 */
const unique = `asv${Date.now().toString(36)}`

let payload: Payload
let people: Record<CaseRole, TestAccount>
let theCase: Case
let cleanup: () => Promise<void>

const as = (account?: TestAccount) => requestAs(payload, account?.user)

const requestsOfCase = async () =>
  (
    await payload.find({
      collection: 'assistance-requests',
      where: { case: { equals: theCase.id } },
      depth: 0,
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ people, theCase, cleanup } = await makeCaseWithPeople({ payload, unique }))
})

afterAll(async () => {
  await payload.delete({
    collection: 'assistance-requests',
    where: { case: { equals: theCase.id } },
    overrideAccess: true,
  })
  await cleanup()
})

describe('requestAssistance', () => {
  it.each([
    ['the case’s owner', 'owner'],
    ['a person the case is shared with', 'shared'],
  ] as const)(
    'should queue %s’s request as sent by them and acknowledge it by email',
    async (_name, role) => {
      const subject = `Help from ${role} ${unique}`
      const result = await requestAssistance({
        req: await as(people[role]),
        caseId: theCase.id,
        subject,
        message: 'Which country reports cover this region?',
        urgentDeadline: '2099-03-12',
      })
      const stored = (await requestsOfCase()).find((request) => request.subject === subject)
      expect(result).toEqual({
        ok: true,
        status: 201,
        value: { id: stored?.id, caseId: theCase.id },
      })
      expect(stored).toMatchObject({
        submittedBy: people[role].user.id,
        status: 'new',
        urgentDeadline: '2099-03-12T12:00:00.000Z',
      })
      expect(await emailSubjectsTo(payload, people[role].email)).toEqual([
        `We received your request for assistance (case ${theCase.caseNumber})`,
      ])
    },
  )

  it('should let staff log a request without acknowledging it to themselves', async () => {
    const subject = `Logged by staff ${unique}`
    const result = await requestAssistance({
      req: await as(people.staff),
      caseId: theCase.id,
      subject,
      message: 'Received by phone.',
    })
    const stored = (await requestsOfCase()).find((request) => request.subject === subject)
    expect(result).toMatchObject({ ok: true, status: 201 })
    expect(stored?.submittedBy).toBe(people.staff.user.id)
    // Staff may get new-work emails about other requests (Users → New-work emails), never a receipt.
    const subjects = await emailSubjectsTo(payload, people.staff.email)
    expect(subjects.filter((line) => line.startsWith('We received your request'))).toEqual([])
  })

  it.each([
    ['an advocate with no part in the case', 'otherAdvocate'],
    ['an expert', 'expert'],
  ] as const)('should refuse %s (403) and store nothing', async (_name, role) => {
    const before = (await requestsOfCase()).length
    const result = await requestAssistance({
      req: await as(people[role]),
      caseId: theCase.id,
      subject: 'Let me in',
      message: 'Please.',
    })
    expect(result).toEqual({
      ok: false,
      status: 403,
      code: 'not-case-member',
      message:
        'You can request assistance only for cases you registered or that are shared with you.',
    })
    expect(await requestsOfCase()).toHaveLength(before)
    expect(await emailSubjectsTo(payload, people[role].email)).toEqual([])
  })

  it('should refuse a visitor who is not signed in (401)', async () => {
    const result = await requestAssistance({
      req: await as(),
      caseId: theCase.id,
      subject: 'Help',
      message: 'Anyone?',
    })
    expect(result).toMatchObject({ ok: false, status: 401, code: 'not-signed-in' })
  })

  it('should refuse an empty request and a past deadline (400), naming each field, and store nothing', async () => {
    const before = (await requestsOfCase()).length
    const result = await requestAssistance({
      req: await as(people.owner),
      caseId: theCase.id,
      subject: '',
      message: '',
      urgentDeadline: '2001-01-01',
    })
    expect(result).toEqual({
      ok: false,
      status: 400,
      code: 'invalid',
      message: 'Please correct the highlighted answers.',
      fieldErrors: {
        subject: 'Say in a few words what you need help with.',
        message: 'Describe what you need.',
        urgentDeadline: 'This date has passed. Enter an upcoming deadline, or leave it empty.',
      },
    })
    expect(await requestsOfCase()).toHaveLength(before)
  })

  it('should refuse a subject over 200 characters with the limit named', async () => {
    const result = await requestAssistance({
      req: await as(people.owner),
      caseId: theCase.id,
      subject: 'x'.repeat(201),
      message: 'Details.',
    })
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { subject: expect.stringContaining('200') },
    })
  })
})
