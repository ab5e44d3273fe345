import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findLikelyDuplicates } from '@/lib/portal/cases'
import { nextDeadline } from '@/lib/portal/dates'
import { emptyIntake, toCaseData, validateIntakeStep } from '@/lib/portal/intake'
import type { IntakeOptions } from '@/lib/portal/options'
import { safeNextPath } from '@/lib/portal/session'
import { idsBySlug } from '@/seed/seed-vocabularies'
import type { User } from '@/payload-types'

import { makeOrganization, startTracked } from '../helpers/accounts'

const unique = `pf${Date.now().toString(36)}`

const options: IntakeOptions = {
  countries: [{ label: 'Central America', options: [{ value: '7', label: 'Guatemala' }] }],
  persecutionTypes: [{ value: '3', label: 'Domestic violence' }],
  protectedGrounds: [{ value: 'religion', label: 'Religion' }],
  reliefTypes: [{ value: '1', label: 'Asylum' }],
  proceduralStages: [{ value: '2', label: 'Immigration court' }],
  courts: [],
  adjudicators: [],
}

describe('portal form rules', () => {
  it('should ask for a country, a persecution type and the relief sought on the first step', () => {
    const errors = validateIntakeStep({ step: 0, values: emptyIntake(), options })
    expect(Object.keys(errors).sort()).toEqual(['country', 'persecutionTypes', 'reliefSought'])
  })

  it('should refuse choices that are not in the vocabularies', () => {
    const errors = validateIntakeStep({
      step: 0,
      values: { ...emptyIntake(), country: '999', persecutionTypes: ['3'], reliefSought: ['1'] },
      options,
    })
    expect(errors).toEqual({ country: 'Choose a country from the list.' })
  })

  it('should flag what looks like an A-number in the facts', () => {
    const errors = validateIntakeStep({
      step: 3,
      values: { ...emptyIntake(), facts: 'Client A 123-456-789 fled in 2021.' },
      options,
    })
    expect(errors.facts).toContain('A-number')
  })

  it('should require a label and a real date for each deadline row that is filled in', () => {
    const errors = validateIntakeStep({
      step: 2,
      values: {
        ...emptyIntake(),
        deadlineLabel: ['', 'Brief', ''],
        deadlineDate: ['2026-02-30', '', ''],
      },
      options,
    })
    expect(errors).toEqual({
      'deadlineLabel-0': 'Say what this deadline is for.',
      'deadlineDate-0': 'Enter the date of this deadline.',
      'deadlineDate-1': 'Enter the date of this deadline.',
    })
  })

  it('should store calendar days at noon UTC and drop empty deadline rows', () => {
    const data = toCaseData({
      ...emptyIntake(),
      country: '7',
      persecutionTypes: ['3'],
      reliefSought: ['1'],
      proceduralStage: '2',
      nextHearingDate: '2027-03-12',
      deadlineLabel: ['Brief', ''],
      deadlineDate: ['2027-02-01', ''],
    })
    expect(data.nextHearingDate).toBe('2027-03-12T12:00:00.000Z')
    expect(data.deadlines).toEqual([{ label: 'Brief', date: '2027-02-01T12:00:00.000Z' }])
  })

  it('should show the earliest deadline from today on as the next one', () => {
    const next = nextDeadline(
      {
        nextHearingDate: '2027-05-01T12:00:00.000Z',
        deadlines: [
          { label: 'Passed', date: '2027-01-01T12:00:00.000Z' },
          { label: 'Brief', date: '2027-03-01T12:00:00.000Z' },
        ],
      },
      '2027-02-01',
    )
    expect(next).toEqual({ label: 'Brief', date: '2027-03-01T12:00:00.000Z' })
  })

  it('should return after login only to paths on this site', () => {
    expect(safeNextPath('/cases/12/share')).toBe('/cases/12/share')
    expect(safeNextPath('//evil.example/x')).toBeNull()
    expect(safeNextPath('https://evil.example')).toBeNull()
    expect(safeNextPath('/\\evil.example')).toBeNull()
  })
})

describe('portal records and their side effects', () => {
  let payload: Payload
  let owner: User
  let other: User
  let vocab: {
    country: (slug: string) => number
    persecution: (slug: string) => number
    stage: (slug: string) => number
    relief: (slug: string) => number
  }

  const makeCase = (user: User, data: Record<string, unknown>) =>
    payload.create({
      collection: 'cases',
      user,
      overrideAccess: false,
      data: {
        owner: user.id,
        country: vocab.country('guatemala'),
        persecutionTypes: [vocab.persecution('domestic-violence')],
        reliefSought: [vocab.relief('asylum')],
        proceduralStage: vocab.stage('immigration-court'),
        facts: 'Confidential facts that never leave the system.',
        ...data,
      },
    })

  const queuedEmails = async (to: string) => {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
      limit: 500,
      overrideAccess: true,
    })
    return docs
      .map((job) => job.input as { to: string; subject: string; html: string })
      .filter((input) => input.to === to)
  }

  let removeCreatedRecords: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, removeCreatedRecords } = await startTracked())
    const org = await makeOrganization(payload, `Org ${unique}`)
    const account = (key: string) =>
      payload.create({
        collection: 'users',
        overrideAccess: true,
        disableVerificationEmail: true,
        data: {
          email: `${key}-${unique}@test.example`,
          password: 'portal forms passphrase',
          name: key,
          role: 'advocate',
          _verified: true,
          organization: org.id,
        },
      })
    owner = { ...(await account('owner')), collection: 'users' } as User
    other = { ...(await account('other')), collection: 'users' } as User
    const [country, persecution, stage, relief] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
      idsBySlug(payload, 'procedural-stages'),
      idsBySlug(payload, 'relief-types'),
    ])
    vocab = { country, persecution, stage, relief }
  })

  afterAll(() => removeCreatedRecords())

  it('should find a likely duplicate only among the owner’s own cases with the same country, stage and a shared persecution type', async () => {
    const match = await makeCase(owner, {
      persecutionTypes: [vocab.persecution('domestic-violence'), vocab.persecution('extortion')],
    })
    await makeCase(owner, { proceduralStage: vocab.stage('asylum-office') })
    await makeCase(owner, { country: vocab.country('honduras') })
    await makeCase(other, {})
    const found = await findLikelyDuplicates({
      payload,
      user: owner,
      country: vocab.country('guatemala'),
      proceduralStage: vocab.stage('immigration-court'),
      persecutionTypes: [vocab.persecution('domestic-violence')],
    })
    expect(found.map((d) => d.id)).toEqual([match.id])
  })

  it('should log a new outcome and queue an outcome-received email with the case number and no case facts', async () => {
    const theCase = await makeCase(owner, {})
    const outcome = await payload.create({
      collection: 'outcomes',
      user: owner,
      overrideAccess: false,
      data: {
        case: theCase.id,
        decisionDate: new Date().toISOString(),
        results: [{ relief: vocab.relief('asylum'), result: 'granted' }],
        rationale: 'A rationale that stays in the system.',
      },
    })
    const events = await payload.find({
      collection: 'access-events',
      where: { and: [{ action: { equals: 'outcome-added' } }, { case: { equals: theCase.id } }] },
      overrideAccess: true,
    })
    expect(events.docs.map((e) => e.details)).toEqual([{ outcome: outcome.id }])
    const emails = (await queuedEmails(owner.email)).filter((e) =>
      e.subject.includes(theCase.caseNumber!),
    )
    expect(emails.map((e) => e.subject)).toEqual([
      `Outcome received for case ${theCase.caseNumber}`,
    ])
    expect(emails[0].html).not.toContain('Confidential facts')
    expect(emails[0].html).not.toContain('rationale that stays')
  })

  it('should not email an owner who turned off case activity emails', async () => {
    const quiet = await payload.update({
      collection: 'users',
      id: other.id,
      overrideAccess: true,
      data: { notifications: { caseActivity: false } },
    })
    const theCase = await makeCase(other, {})
    await payload.create({
      collection: 'outcomes',
      user: other,
      overrideAccess: false,
      data: {
        case: theCase.id,
        decisionDate: new Date().toISOString(),
        results: [{ relief: vocab.relief('asylum'), result: 'denied' }],
      },
    })
    const emails = (await queuedEmails(quiet.email)).filter((e) =>
      e.subject.includes(theCase.caseNumber!),
    )
    expect(emails).toEqual([])
  })

  it('should queue an acknowledgement to the advocate who asks for assistance, with no case facts', async () => {
    const theCase = await makeCase(owner, {})
    await payload.create({
      collection: 'assistance-requests',
      user: owner,
      overrideAccess: false,
      data: { case: theCase.id, subject: 'Help', message: 'A message that stays in the system.' },
    })
    const emails = (await queuedEmails(owner.email)).filter((e) =>
      e.subject.includes(theCase.caseNumber!),
    )
    expect(emails.map((e) => e.subject)).toEqual([
      `We received your request for assistance (case ${theCase.caseNumber})`,
    ])
    expect(emails[0].html).not.toContain('A message that stays')
  })
})
