import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { feedbackForExpert } from '@/lib/portal/expert-feedback'
import type { User } from '@/payload-types'

import { startWithAccounts } from '../helpers/accounts'
import { rest } from '../helpers/payload'

const unique = `xf${Date.now().toString(36)}`
const password = 'expert feedback passphrase'

/**
 * The feedback loop (SPEC §7, beyond): an expert sees what advocates chose to share about them in
 * outcome reports, never a comment marked confidential, never another expert's, never case data.
 */
describe('feedback an expert sees', () => {
  let payload: Payload
  let expert: User
  let otherExpert: User
  let profileId: number
  let advocateUser: User
  let expertToken: string
  const facts = `Confidential facts ${unique}`
  const rationale = `Rationale canary ${unique}`

  let removeCreatedRecords: () => Promise<void>

  beforeAll(async () => {
    const started = await startWithAccounts({
      unique,
      password,
      roles: { advocate: 'advocate', expert: 'expert', 'other-expert': 'expert' },
    })
    payload = started.payload
    removeCreatedRecords = started.removeCreatedRecords
    const { accounts } = started
    const advocate = accounts.advocate.user
    advocateUser = advocate
    expert = accounts.expert.user
    expertToken = accounts.expert.token
    otherExpert = accounts['other-expert'].user
    const profile = (userId: number, name: string) =>
      payload.create({
        collection: 'experts',
        overrideAccess: true,
        data: { user: userId, displayName: name, reviewStatus: 'approved', _status: 'published' },
      })
    profileId = (await profile(expert.id, `Expert ${unique}`)).id
    const otherProfileId = (await profile(otherExpert.id, `Other ${unique}`)).id
    const { docs: countries } = await payload.find({
      collection: 'countries',
      limit: 1,
      overrideAccess: true,
    })
    const theCase = await payload.create({
      collection: 'cases',
      overrideAccess: true,
      data: { owner: advocate.id, country: countries[0].id, facts },
    })
    const { docs: reliefs } = await payload.find({
      collection: 'relief-types',
      limit: 1,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'outcomes',
      overrideAccess: true,
      data: {
        case: theCase.id,
        reportedBy: advocate.id,
        decisionDate: new Date().toISOString(),
        results: [{ relief: reliefs[0].id, result: 'granted' }],
        rationale,
        expertFeedback: [
          { expert: profileId, feedback: `Shared praise ${unique}`, keepConfidential: false },
          { expert: profileId, feedback: `Confidential remark ${unique}`, keepConfidential: true },
          { expert: otherProfileId, feedback: `For the other ${unique}`, keepConfidential: false },
        ],
      },
    })
  })

  afterAll(() => removeCreatedRecords())

  it('should show only the non-confidential comments about this expert, with no case data', async () => {
    const items = await feedbackForExpert({ payload, user: expert })
    expect(items.map((item) => item.feedback)).toEqual([`Shared praise ${unique}`])
    expect(Object.keys(items[0]!).sort()).toEqual(['feedback', 'reportedAt'])
    const text = JSON.stringify(items)
    for (const secret of [facts, rationale, 'Confidential remark', 'For the other', 'granted']) {
      expect(text).not.toContain(secret)
    }
  })

  it('should show another expert only their own comment', async () => {
    const items = await feedbackForExpert({ payload, user: otherExpert })
    expect(items.map((item) => item.feedback)).toEqual([`For the other ${unique}`])
  })

  it('should give an advocate nothing, and an expert no outcome through the API', async () => {
    expect(await feedbackForExpert({ payload, user: advocateUser })).toEqual([])
    const res = await rest('GET', '/outcomes?depth=0', { token: expertToken })
    expect(res.text).not.toContain(`Shared praise ${unique}`)
    expect(res.text).not.toContain(rationale)
  })
})
