import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { intakeAction } from '@/app/(portal)/cases/actions'
import { saveExpertProfileAction } from '@/app/(portal)/account/expert-profile/actions'
import { sendFeedbackAction } from '@/app/(portal)/feedback/actions'
import type { IntakeState } from '@/lib/portal/intake'
import { initialFormState } from '@/lib/portal/form-state'
import { idsBySlug } from '@/seed/seed-vocabularies'

import { makeOrganizationAccounts, type TestAccount } from '../helpers/accounts'
import { getTestPayload } from '../helpers/payload'

// The server actions read the signed-in person from the request headers and end by redirecting;
// here the headers carry a test account's token and a redirect is an error the test can see.
const request = vi.hoisted(() => ({ headers: new Headers() }))
vi.mock('next/headers', () => ({ headers: async () => request.headers }))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect to ${url}`)
  },
}))

const unique = `fl${Date.now().toString(36)}`
const pasted = 'The applicant reported threats to the police, who did not respond. '
  .repeat(440)
  .slice(0, 29_000)

describe('portal forms refuse what is over a limit, naming it, and keep every character', () => {
  let payload: Payload
  let owner: TestAccount
  let expert: TestAccount
  let answers: Record<string, string>

  const signIn = (account?: TestAccount) => {
    request.headers = new Headers(account ? { Authorization: `JWT ${account.token}` } : {})
  }

  const casesOf = (account: TestAccount) =>
    payload
      .count({
        collection: 'cases',
        where: { owner: { equals: account.user.id } },
        overrideAccess: true,
      })
      .then((r) => r.totalDocs)

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ owner, expert } = (
      await makeOrganizationAccounts({
        payload,
        unique,
        password: 'form limits passphrase',
        organizationName: `Form limits org ${unique}`,
        roles: { owner: 'advocate', expert: 'expert' },
      })
    ).accounts)
    const [country, persecution, stage, relief] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
      idsBySlug(payload, 'procedural-stages'),
      idsBySlug(payload, 'relief-types'),
    ])
    answers = {
      country: String(country('nicaragua')),
      persecutionTypes: String(persecution('domestic-violence')),
      reliefSought: String(relief('asylum')),
      proceduralStage: String(stage('asylum-office')),
      detention: 'unknown',
    }
  })

  beforeEach(() => signIn(undefined))

  const intakeForm = (extra: Record<string, string>) => {
    const form = new FormData()
    for (const [name, value] of Object.entries({ ...answers, ...extra })) form.set(name, value)
    return form
  }
  const intakeStart: IntakeState = { ...initialFormState(), step: 3, revision: 0 }

  it('should refuse 29,000 characters of facts on submit with the limit named, keep them all and store no case', async () => {
    signIn(owner)
    const before = await casesOf(owner)
    const state = await intakeAction(
      {},
      intakeStart,
      intakeForm({ step: '3', intent: 'submit', facts: pasted }),
    )
    expect(state.status).toBe('error')
    expect(state.step).toBe(3)
    expect(state.errors.facts).toBe(
      'Facts of the claim is 29,000 characters; the limit is 5,000. Shorten it and save again.',
    )
    expect(state.values.facts).toBe(pasted)
    expect(await casesOf(owner)).toBe(before)
  })

  it('should measure line breaks as the browser’s count does (CRLF sent, LF stored) and save 4,999 characters', async () => {
    signIn(owner)
    const lines = `${'a'.repeat(99)}\n`.repeat(50).trim()
    expect(lines.length).toBe(4_999)
    await expect(
      intakeAction(
        {},
        intakeStart,
        intakeForm({ step: '3', intent: 'submit', facts: lines.replaceAll('\n', '\r\n') }),
      ),
    ).rejects.toThrow(/^redirect to \/cases\/\d+\/confirmation$/)
    const { docs } = await payload.find({
      collection: 'cases',
      where: { owner: { equals: owner.user.id } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(docs[0].facts).toBe(lines)
  })

  it('should refuse an over-long language when continuing from its step, keeping the text', async () => {
    signIn(owner)
    const language = 'K’iche’ and Spanish, '.repeat(5)
    const state = await intakeAction(
      {},
      { ...intakeStart, step: 1 },
      intakeForm({ step: '1', intent: 'next', language }),
    )
    expect(state.step).toBe(1)
    expect(state.errors.language).toBe(
      `Applicant’s language is ${language.trim().length} characters; the limit is 80. Shorten it and save again.`,
    )
    expect(state.values.language).toBe(language.trim())
  })

  it('should refuse feedback over 5,000 characters with the limit named and keep it', async () => {
    const form = new FormData()
    form.set('category', 'library')
    form.set('message', pasted)
    const before = await payload
      .count({ collection: 'feedback', overrideAccess: true })
      .then((r) => r.totalDocs)
    const state = await sendFeedbackAction(initialFormState(), form)
    expect(state.errors.message).toBe(
      'Your feedback is 29,000 characters; the limit is 5,000. Shorten it and save again.',
    )
    expect(state.values.message).toBe(pasted)
    const after = await payload
      .count({ collection: 'feedback', overrideAccess: true })
      .then((r) => r.totalDocs)
    expect(after).toBe(before)
  })

  it('should refuse expert credentials over 5,000 characters with the limit named and keep them', async () => {
    signIn(expert)
    const form = new FormData()
    form.set('displayName', 'Dr. Long Credentials')
    form.set('credentials', pasted)
    const state = await saveExpertProfileAction(initialFormState(), form)
    expect(state.errors.credentials).toBe(
      'Credentials and experience is 29,000 characters; the limit is 5,000. Shorten it and save again.',
    )
    expect(state.values.credentials).toBe(pasted)
    const { totalDocs } = await payload.count({
      collection: 'experts',
      where: { user: { equals: expert.user.id } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})
