import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idsBySlug } from '@/seed/seed-vocabularies'

import { makePdf } from '../helpers/files'
import { getTestPayload, loginToken, rest } from '../helpers/payload'

const unique = `tx${Date.now().toString(36)}`
const password = 'extraction test passphrase'

describe('searching the words inside attached PDFs', () => {
  let payload: Payload
  let token: string
  let caseId: number
  let resourceId: number

  beforeAll(async () => {
    payload = await getTestPayload()
    const org = await payload.create({
      collection: 'organizations',
      overrideAccess: true,
      data: { name: `Org ${unique}`, kind: 'nonprofit' },
    })
    const email = `owner-${unique}@test.example`
    const owner = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: {
        email,
        password,
        name: 'Owner',
        role: 'advocate',
        _verified: true,
        organization: org.id,
      },
    })
    token = await loginToken(email, password)
    const [country, docType] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'document-types'),
    ])
    caseId = (
      await payload.create({
        collection: 'cases',
        overrideAccess: true,
        data: { owner: owner.id, country: country('mexico') },
      })
    ).id
    const pdf = makePdf(`Report on the ${unique}quartz cooperative and its members`)
    const file = await payload.create({
      collection: 'resource-files',
      overrideAccess: true,
      data: {},
      file: { data: pdf, mimetype: 'application/pdf', name: 'report.pdf', size: pdf.length },
    })
    resourceId = (
      await payload.create({
        collection: 'resources',
        overrideAccess: true,
        data: {
          title: 'Practice advisory with an attached report',
          documentType: docType('practice-advisory'),
          audience: 'advocates',
          publishedAt: new Date().toISOString(),
          file: file.id,
          _status: 'published',
        },
      })
    ).id
  })

  const search = async () =>
    (await rest('GET', `/cases/${caseId}/library?q=${unique}quartz`, { token })).json as {
      total: number
      items: { id: number }[]
    }

  it('should queue the extraction and find the PDF words once the job has run', async () => {
    expect((await search()).total).toBe(0)
    const queued = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { taskSlug: { equals: 'extractResourceText' } },
      limit: 100,
    })
    expect(
      queued.docs.some((job) => (job.input as { resourceId?: number }).resourceId === resourceId),
    ).toBe(true)
    await payload.jobs.run({ queue: 'library', limit: 100 })
    const found = await search()
    expect(found.items.map((item) => item.id)).toEqual([resourceId])
  })
})
