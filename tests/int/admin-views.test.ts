import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/ids'
import type { Case } from '@/payload-types'

import type { TestAccount } from '../helpers/accounts'
import { getTestPayload, rest } from '../helpers/payload'
import { type CaseRole, makeCaseWithPeople } from '../helpers/services'

/**
 * What the staff lists show and let staff find: outcomes by case number with their result per
 * relief and the case's country; Program News publishable without typing a slug.
 */
const unique = `adv${Date.now().toString(36)}`

let payload: Payload
let people: Record<CaseRole, TestAccount>
let theCase: Case
let asylum: number
let cleanup: () => Promise<void>
let outcomeId: number
const newsIds: number[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ people, theCase, asylum, cleanup } = await makeCaseWithPeople({ payload, unique }))
  const outcome = await payload.create({
    collection: 'outcomes',
    overrideAccess: true,
    data: {
      case: theCase.id,
      decisionDate: '2026-06-01',
      results: [{ relief: asylum, result: 'granted' }],
    },
  })
  outcomeId = outcome.id
})

afterAll(async () => {
  await payload.delete({
    collection: 'outcomes',
    where: { case: { equals: theCase.id } },
    overrideAccess: true,
  })
  if (newsIds.length > 0) {
    await payload.delete({
      collection: 'program-news',
      where: { id: { in: newsIds } },
      overrideAccess: true,
    })
  }
  await cleanup()
})

describe('the outcomes list', () => {
  it('should show staff the case number, the case’s country and the result per relief', async () => {
    const response = await rest('GET', `/outcomes/${outcomeId}?depth=0`, {
      token: people.staff.token,
    })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({
      caseNumber: theCase.caseNumber,
      country: idOf(theCase.country),
      resultSummary: 'Asylum: Granted',
    })
  })

  it('should find an outcome by its case number in the list search', async () => {
    const response = await rest(
      'GET',
      `/outcomes?depth=0&where[caseNumber][like]=${encodeURIComponent(theCase.caseNumber ?? '')}`,
      { token: people.staff.token },
    )
    expect((response.json.docs as { id: number }[]).map((doc) => doc.id)).toEqual([outcomeId])
  })

  it('should give the case number to the case’s own people only', async () => {
    const [owner, other] = await Promise.all([
      rest('GET', `/outcomes/${outcomeId}?depth=0`, { token: people.owner.token }),
      rest('GET', `/outcomes/${outcomeId}?depth=0`, { token: people.otherAdvocate.token }),
    ])
    expect(owner.json.caseNumber).toBe(theCase.caseNumber)
    expect(other.status).toBe(404)
    expect(other.text).not.toContain(theCase.caseNumber)
  })
})

describe('Program News slugs', () => {
  const create = (data: Record<string, unknown>) =>
    rest('POST', '/program-news', {
      token: people.staff.token,
      body: { publishedAt: '2026-12-01T00:00:00.000Z', summary: 'Summary.', ...data },
    })

  it('should fill an empty slug from the title, accents folded', async () => {
    const response = await create({ title: `Asylum clinic: new dates ${unique} (Peñas)` })
    expect(response.status).toBe(201)
    newsIds.push(response.json.doc.id)
    expect(response.json.doc.slug).toBe(`asylum-clinic-new-dates-${unique}-penas`)
  })

  it('should add a number when another item already has the slug', async () => {
    const first = await create({ title: `Same title ${unique}` })
    const second = await create({ title: `Same title ${unique}` })
    newsIds.push(first.json.doc.id, second.json.doc.id)
    expect([first.json.doc.slug, second.json.doc.slug]).toEqual([
      `same-title-${unique}`,
      `same-title-${unique}-2`,
    ])
  })

  it('should keep a slug staff typed, and refuse a malformed one on the slug field', async () => {
    const typed = await create({ title: `Typed ${unique}`, slug: `my-own-${unique}` })
    newsIds.push(typed.json.doc.id)
    const malformed = await create({ title: `Bad ${unique}`, slug: 'Not A Slug' })
    expect(typed.json.doc.slug).toBe(`my-own-${unique}`)
    expect(malformed.status).toBe(400)
    expect(malformed.json.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'slug' }),
    ])
  })
})
