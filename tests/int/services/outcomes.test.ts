import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reportOutcome } from '@/collections/Outcomes/services/reportOutcome'
import type { Case } from '@/payload-types'

import type { TestAccount } from '../../helpers/accounts'
import { makePdf } from '../../helpers/files'
import { getTestPayload } from '../../helpers/payload'
import {
  type CaseRole,
  emailSubjectsTo,
  makeCaseWithPeople,
  requestAs,
} from '../../helpers/services'

/**
 * reportOutcome called directly, as each kind of person: the outcome form is an adapter over it,
 * so what it answers and stores (outcome, decision document, access event, email) is the contract.
 */
const unique = `osv${Date.now().toString(36)}`

let payload: Payload
let people: Record<CaseRole, TestAccount>
let asylum: number
let theCase: Case
let cleanup: () => Promise<void>

const as = (account?: TestAccount) => requestAs(payload, account?.user)

/** Yesterday as the form sends a day (YYYY-MM-DD). */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

/** The answers of a filled-in outcome form: one result, no expert rows. */
const answers = (overrides: Record<string, string> = {}) => ({
  decisionDate: yesterday(),
  [`result-${asylum}`]: 'granted',
  rationale: `Rationale ${unique}`,
  expertRows: '0',
  ...overrides,
})

const outcomesOfCase = async () =>
  (
    await payload.find({
      collection: 'outcomes',
      where: { case: { equals: theCase.id } },
      depth: 0,
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
  ).docs

const decisionDocumentsOfCase = async () =>
  (
    await payload.find({
      collection: 'decision-documents',
      where: { case: { equals: theCase.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

const outcomeEvents = async () =>
  (
    await payload.find({
      collection: 'access-events',
      where: { and: [{ action: { equals: 'outcome-added' } }, { case: { equals: theCase.id } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ people, theCase, asylum, cleanup } = await makeCaseWithPeople({ payload, unique }))
})

afterAll(async () => {
  const byCase = { case: { equals: theCase.id } }
  await payload.delete({ collection: 'outcomes', where: byCase, overrideAccess: true })
  await payload.delete({ collection: 'decision-documents', where: byCase, overrideAccess: true })
  await cleanup()
})

describe('reportOutcome', () => {
  it('should store the owner’s outcome as reported by them, log it and email the owner', async () => {
    const before = (await emailSubjectsTo(payload, people.owner.email)).length
    const result = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: answers(),
    })
    const stored = (await outcomesOfCase()).at(-1)
    expect(result).toEqual({ ok: true, status: 201, value: { id: stored?.id, caseId: theCase.id } })
    expect(stored).toMatchObject({
      reportedBy: people.owner.user.id,
      results: [{ relief: asylum, result: 'granted' }],
      rationale: `Rationale ${unique}`,
      decisionDocument: null,
    })
    expect((await outcomeEvents()).map((event) => event.details)).toContainEqual({
      outcome: stored?.id,
    })
    expect((await emailSubjectsTo(payload, people.owner.email)).slice(before)).toEqual([
      `Outcome received for case ${theCase.caseNumber}`,
    ])
  })

  it('should store the decision document with the outcome, both for the case', async () => {
    const result = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: answers({ containsIndividualizedAnalysis: 'on', clientPermission: 'on' }),
      decisionDocument: new File([new Uint8Array(makePdf())], 'decision.pdf', {
        type: 'application/pdf',
      }),
    })
    const stored = (await outcomesOfCase()).at(-1)
    const documents = await decisionDocumentsOfCase()
    expect(result.ok).toBe(true)
    expect(documents).toHaveLength(1)
    expect([stored?.decisionDocument, stored?.clientPermission]).toEqual([documents[0].id, true])
  })

  it('should let staff report an outcome, recorded as theirs', async () => {
    const result = await reportOutcome({
      req: await as(people.staff),
      caseId: theCase.id,
      answers: answers(),
    })
    const stored = (await outcomesOfCase()).at(-1)
    expect(result).toMatchObject({ ok: true, status: 201 })
    expect(stored?.reportedBy).toBe(people.staff.user.id)
  })

  it.each([
    ['a person the case is shared with', 'shared'],
    ['an advocate with no part in the case', 'otherAdvocate'],
    ['an expert', 'expert'],
  ] as const)('should refuse %s (403) and store nothing', async (_name, role) => {
    const before = (await outcomesOfCase()).length
    const result = await reportOutcome({
      req: await as(people[role]),
      caseId: theCase.id,
      answers: answers(),
    })
    expect(result).toEqual({
      ok: false,
      status: 403,
      code: 'not-case-owner',
      message: 'Only the advocate who registered this case can add outcomes.',
    })
    expect(await outcomesOfCase()).toHaveLength(before)
  })

  it('should refuse a visitor who is not signed in (401)', async () => {
    const result = await reportOutcome({ req: await as(), caseId: theCase.id, answers: answers() })
    expect(result).toMatchObject({ ok: false, status: 401, code: 'not-signed-in' })
  })

  it('should refuse a decision date in the future (400), naming the field, and store nothing', async () => {
    const before = (await outcomesOfCase()).length
    const result = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: answers({ decisionDate: '2099-01-01' }),
    })
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      code: 'invalid',
      fieldErrors: { decisionDate: 'The decision date cannot be in the future.' },
    })
    expect(await outcomesOfCase()).toHaveLength(before)
  })

  it('should refuse a file that is not a decision document (400) and store neither it nor the outcome', async () => {
    const outcomesBefore = (await outcomesOfCase()).length
    const documentsBefore = (await decisionDocumentsOfCase()).length
    const result = await reportOutcome({
      req: await as(people.owner),
      caseId: theCase.id,
      answers: answers({ containsIndividualizedAnalysis: 'on', clientPermission: 'on' }),
      decisionDocument: new File(['MZ not a document'], 'decision.exe', {
        type: 'application/x-msdownload',
      }),
    })
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      code: 'invalid',
      fieldErrors: { decisionDocument: expect.any(String) },
    })
    expect(await outcomesOfCase()).toHaveLength(outcomesBefore)
    expect(await decisionDocumentsOfCase()).toHaveLength(documentsBefore)
  })
})
