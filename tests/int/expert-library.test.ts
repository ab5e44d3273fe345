import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idsBySlug } from '@/seed/seed-vocabularies'

import { makePdf } from '../helpers/files'
import { startWithAccounts, tokensOf } from '../helpers/accounts'
import { rest } from '../helpers/payload'

const unique = `xl${Date.now().toString(36)}`
const password = 'expert library passphrase'

describe('Expert Witness Resource Library API', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}
  let expertResourceId: number
  let advocateResourceId: number

  let removeCreatedRecords: () => Promise<void>

  beforeAll(async () => {
    const started = await startWithAccounts({
      unique,
      password,
      roles: { expert: 'expert', advocate: 'advocate', staff: 'staff' },
    })
    payload = started.payload
    removeCreatedRecords = started.removeCreatedRecords
    const { accounts } = started
    Object.assign(tokens, tokensOf(accounts))
    const docType = await idsBySlug(payload, 'document-types')
    const pdf = makePdf('guide for experts')
    const file = await payload.create({
      collection: 'resource-files',
      overrideAccess: true,
      data: {},
      file: { data: pdf, mimetype: 'application/pdf', name: 'guide.pdf', size: pdf.length },
    })
    const make = async (audience: 'experts' | 'advocates') =>
      (
        await payload.create({
          collection: 'resources',
          overrideAccess: true,
          data: {
            title: `${audience} ${unique} guide`,
            documentType: docType('practice-advisory'),
            audience,
            publishedAt: new Date().toISOString(),
            file: file.id,
            _status: 'published',
          },
        })
      ).id
    expertResourceId = await make('experts')
    advocateResourceId = await make('advocates')
  })

  afterAll(() => removeCreatedRecords())

  it('should list only expert-audience resources to an expert', async () => {
    const res = await rest('GET', `/expert-library?q=${unique}`, { token: tokens.expert })
    expect(res.status).toBe(200)
    expect(res.json.items.map((i: { id: number }) => i.id)).toEqual([expertResourceId])
  })

  it('should refuse advocates and guests', async () => {
    const [advocate, guest] = await Promise.all([
      rest('GET', '/expert-library', { token: tokens.advocate }),
      rest('GET', '/expert-library'),
    ])
    expect([advocate.status, guest.status]).toEqual([403, 401])
    expect(advocate.text).not.toContain(unique)
  })

  it('should let an expert download an expert resource file and log it', async () => {
    const before = (
      await payload.count({
        collection: 'access-events',
        overrideAccess: true,
        where: { resource: { equals: expertResourceId } },
      })
    ).totalDocs
    const res = await rest('GET', `/expert-library/resources/${expertResourceId}/download`, {
      token: tokens.expert,
    })
    expect(res.status).toBe(200)
    expect(res.text.startsWith('%PDF')).toBe(true)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/)
    const after = (
      await payload.count({
        collection: 'access-events',
        overrideAccess: true,
        where: { resource: { equals: expertResourceId } },
      })
    ).totalDocs
    expect(after).toBe(before + 1)
  })

  it('should not serve advocate-audience files through the expert route, nor expert files to advocates', async () => {
    const [wrongAudience, advocate] = await Promise.all([
      rest('GET', `/expert-library/resources/${advocateResourceId}/download`, {
        token: tokens.expert,
      }),
      rest('GET', `/expert-library/resources/${expertResourceId}/download`, {
        token: tokens.advocate,
      }),
    ])
    expect([wrongAudience.status, advocate.status]).toEqual([404, 404])
  })
})
