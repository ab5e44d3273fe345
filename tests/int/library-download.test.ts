import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idsBySlug } from '@/seed/seed-vocabularies'

import { makePdf } from '../helpers/files'
import { caseTeamRoles, makeOrganizationAccounts, tokensOf, userIdsOf } from '../helpers/accounts'
import { shareRow } from '../helpers/cases'
import { getTestPayload, rest } from '../helpers/payload'

const password = 'download test passphrase'
const unique = `dl${Date.now().toString(36)}`

describe('library file download route', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}
  let caseId: number
  let matchingId: number
  let otherCountryId: number
  let draftId: number
  const pdf = makePdf('matching resource body')

  const countDownloads = async () =>
    (
      await payload.count({
        collection: 'access-events',
        where: { and: [{ action: { equals: 'download' } }, { case: { equals: caseId } }] },
        overrideAccess: true,
      })
    ).totalDocs

  beforeAll(async () => {
    payload = await getTestPayload()
    const { accounts } = await makeOrganizationAccounts({
      payload,
      unique,
      password,
      roles: caseTeamRoles,
    })
    const users: Record<string, number> = userIdsOf(accounts)
    Object.assign(tokens, tokensOf(accounts))
    const [country, persecution, docType] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
      idsBySlug(payload, 'document-types'),
    ])
    const theCase = await payload.create({
      collection: 'cases',
      overrideAccess: true,
      data: {
        owner: users.owner!,
        country: country('guatemala'),
        persecutionTypes: [persecution('domestic-violence')],
        shares: [shareRow(users.shared!, users.owner!)],
      },
    })
    caseId = theCase.id
    const file = await payload.create({
      collection: 'resource-files',
      overrideAccess: true,
      data: {},
      file: {
        data: pdf,
        mimetype: 'application/pdf',
        name: 'guatemala-report.pdf',
        size: pdf.length,
      },
    })
    const makeResource = async (overrides: Record<string, unknown>) =>
      (
        await payload.create({
          collection: 'resources',
          overrideAccess: true,
          data: {
            title: `Resource ${unique}`,
            documentType: docType('country-conditions'),
            audience: 'advocates',
            publishedAt: new Date().toISOString(),
            file: file.id,
            _status: 'published',
            ...overrides,
          } as never,
        })
      ).id
    matchingId = await makeResource({ countries: [country('guatemala')] })
    otherCountryId = await makeResource({ countries: [country('honduras')] })
    draftId = await makeResource({ countries: [country('guatemala')], _status: 'draft' })
  })

  const download = (who: string | undefined, resourceId: number, theCaseId = caseId) =>
    rest('GET', `/cases/${theCaseId}/resources/${resourceId}/download`, {
      token: who ? tokens[who] : undefined,
    })

  it('should give the owner the file as a private attachment and log the download', async () => {
    const before = await countDownloads()
    const res = await download('owner', matchingId)
    expect(res.status).toBe(200)
    expect(Buffer.from(res.text, 'latin1').equals(pdf)).toBe(true)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('content-security-policy')).toContain('sandbox')
    expect(await countDownloads()).toBe(before + 1)
  })

  it('should give a shared user the file', async () => {
    expect((await download('shared', matchingId)).status).toBe(200)
  })

  it('should give staff the file', async () => {
    expect((await download('staff', matchingId)).status).toBe(200)
  })

  it('should refuse another advocate, an expert and a guest without logging a download', async () => {
    const before = await countDownloads()
    const answers = await Promise.all([
      download('other', matchingId),
      download('expert', matchingId),
      download(undefined, matchingId),
    ])
    expect(answers.map((a) => a.status)).toEqual([404, 404, 401])
    expect(answers.every((a) => !a.text.startsWith('%PDF'))).toBe(true)
    expect(await countDownloads()).toBe(before)
  })

  it('should refuse a resource that is not in the case library, with the same answer as a missing one', async () => {
    const notInLibrary = await download('owner', otherCountryId)
    const draft = await download('owner', draftId)
    const missing = await download('owner', 987654321)
    expect([notInLibrary.status, draft.status, missing.status]).toEqual([404, 404, 404])
    expect(notInLibrary.text).toBe(missing.text)
    expect(draft.text).toBe(missing.text)
  })

  it('should not serve resource files through the generic file URL to advocates', async () => {
    const { docs } = await payload.find({
      collection: 'resource-files',
      overrideAccess: true,
      limit: 1,
      sort: '-createdAt',
    })
    const res = await rest('GET', `/resource-files/file/${docs[0]!.filename}`, {
      token: tokens.owner,
    })
    expect([403, 404]).toContain(res.status)
    expect(res.text.startsWith('%PDF')).toBe(false)
  })
})
