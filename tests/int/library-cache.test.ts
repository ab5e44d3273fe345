import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { requestDb } from '@/lib/audit'
import { caseForLibrarySelect } from '@/library/load'
import { caseLibrary } from '@/library/service'
import type { User } from '@/payload-types'
import { idsBySlug } from '@/seed/seed-vocabularies'

import { libraryViewsOf } from '../helpers/access-events'
import { makeOrganizationAccounts } from '../helpers/accounts'
import { getTestPayload, rest } from '../helpers/payload'
import { letters } from '../helpers/words'

const password = 'library cache passphrase'
/** Letters only, so Postgres full-text search keeps the word whole. */
const unique = `libcache${letters(Date.now())}`

type Item = { id: number; title: string; isOutdated: boolean; isNew: boolean }
type Answer = { items: Item[]; total: number; facets: { topics: { id: number; count: number }[] } }

/**
 * The library keeps each answered question's total, facets and ranked ids in process memory
 * (src/library/cache.ts). These repeat one question around resource changes: every change must
 * show on the very next load.
 */
describe('library result cache', () => {
  let payload: Payload
  let token: string
  let caseId: number
  let ownerId: number
  let owner: User
  let topic: (slug: string) => number
  let docType: (slug: string) => number

  const load = async (): Promise<Answer> => {
    const res = await rest('GET', `/cases/${caseId}/library?q=${unique}`, { token })
    expect(res.status).toBe(200)
    return res.json as Answer
  }

  const topicCount = (answer: Answer, id: number) =>
    answer.facets.topics.find((option) => option.id === id)?.count ?? 0

  const createResource = (title: string, publishedAt = '2022-01-01T12:00:00.000Z') =>
    payload.create({
      collection: 'resources',
      overrideAccess: true,
      data: {
        title,
        summary: `${unique} cached question`,
        audience: 'advocates',
        documentType: docType('practice-advisory'),
        topics: [topic('working-with-experts')],
        publishedAt,
        _status: 'published',
      },
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    const { accounts } = await makeOrganizationAccounts({
      payload,
      unique,
      password,
      roles: { owner: 'advocate' },
    })
    token = accounts.owner!.token
    ownerId = accounts.owner!.user.id
    owner = accounts.owner!.user as User
    let country: (slug: string) => number
    let persecution: (slug: string) => number
    ;[country, persecution, docType, topic] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
      idsBySlug(payload, 'document-types'),
      idsBySlug(payload, 'topics'),
    ])
    const theCase = await payload.create({
      collection: 'cases',
      overrideAccess: true,
      data: {
        owner: accounts.owner!.user.id,
        country: country('guatemala'),
        persecutionTypes: [persecution('domestic-violence')],
      },
    })
    caseId = theCase.id
  })

  it('should show a newly published resource, with its facet count, on the next load', async () => {
    const first = await createResource(`Advisory one ${unique}`)
    const before = await load()
    expect(before.items.map((item) => item.id)).toEqual([first.id])
    const second = await createResource(`Advisory two ${unique}`)
    const after = await load()
    expect(after.total).toBe(2)
    expect(after.items.map((item) => item.id).sort()).toEqual([first.id, second.id].sort())
    expect(topicCount(after, topic('working-with-experts'))).toBe(2)
  })

  it('should show an edited title on the next load', async () => {
    const resource = await createResource(`Advisory to rename ${unique}`)
    await load()
    await payload.update({
      collection: 'resources',
      id: resource.id,
      overrideAccess: true,
      data: { title: `Advisory renamed ${unique}` },
    })
    const after = await load()
    expect(after.items.find((item) => item.id === resource.id)?.title).toBe(
      `Advisory renamed ${unique}`,
    )
  })

  it('should drop an unpublished resource, and its count, on the next load', async () => {
    const resource = await createResource(`Advisory to withdraw ${unique}`)
    const before = await load()
    expect(before.items.map((item) => item.id)).toContain(resource.id)
    await payload.update({
      collection: 'resources',
      id: resource.id,
      overrideAccess: true,
      data: { _status: 'draft' },
    })
    const after = await load()
    expect(after.items.map((item) => item.id)).not.toContain(resource.id)
    expect(after.total).toBe(before.total - 1)
    expect(topicCount(after, topic('working-with-experts'))).toBe(
      topicCount(before, topic('working-with-experts')) - 1,
    )
  })

  it('should drop a deleted resource on the next load', async () => {
    const resource = await createResource(`Advisory to delete ${unique}`)
    const before = await load()
    expect(before.items.map((item) => item.id)).toContain(resource.id)
    await payload.delete({ collection: 'resources', id: resource.id, overrideAccess: true })
    const after = await load()
    expect(after.items.map((item) => item.id)).not.toContain(resource.id)
    expect(after.total).toBe(before.total - 1)
  })

  it('should log exactly one view per load, answered from the cache or not', async () => {
    const views = () => libraryViewsOf({ payload, actor: ownerId, caseId })
    const before = (await views()).length
    await createResource(`Advisory logged ${unique}`)
    const fresh = await load()
    const repeated = await load()
    await createResource(`Advisory logged later ${unique}`)
    const afterEdit = await load()
    const logged = (await views()).slice(before)
    expect(logged.map((event) => (event.details as { total: number }).total)).toEqual([
      fresh.total,
      repeated.total,
      afterEdit.total,
    ])
    expect(afterEdit.total).toBe(fresh.total + 1)
  })

  it('should mark items older than their type allows as may be outdated, fresh or cached', async () => {
    // Practice advisories may be 36 months old (the seeded age for the type).
    const monthAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString()
    const recent = await createResource(`Advisory recent ${unique}`, monthAgo)
    const old = await createResource(`Advisory old ${unique}`, '2019-03-01T12:00:00.000Z')
    const marks = (answer: Answer) =>
      Object.fromEntries(
        answer.items
          .filter((item) => item.id === recent.id || item.id === old.id)
          .map((item) => [item.id === recent.id ? 'recent' : 'old', item.isOutdated]),
      )
    const fresh = await load()
    const cached = await load()
    expect(marks(fresh)).toEqual({ recent: false, old: true })
    expect(marks(cached)).toEqual({ recent: false, old: true })
    expect(cached.items).toEqual(fresh.items)
  })

  it('should answer a repeat inside a transaction with a prepared statement, logged in it', async () => {
    await createResource(`Advisory in a transaction ${unique}`)
    const outside = await load()
    const views = async () => (await libraryViewsOf({ payload, actor: ownerId, caseId })).length
    const viewsBefore = await views()
    const req = await createLocalReq({ user: { ...owner, collection: 'users' } }, payload)
    await initTransaction(req)
    const theCase = await payload.findByID({
      collection: 'cases',
      id: caseId,
      depth: 0,
      select: caseForLibrarySelect,
      overrideAccess: true,
      req,
    })
    const params = new URLSearchParams({ q: unique })
    const answers = [
      await caseLibrary(req, theCase, params),
      await caseLibrary(req, theCase, params),
    ]
    // Prepared statements belong to a connection: this lists the transaction's own.
    const db = await requestDb(req)
    const prepared = (await db.execute(
      sql`SELECT name FROM pg_prepared_statements WHERE name LIKE 'ta_library_%'`,
    )) as unknown as { rows: { name: string }[] }
    await commitTransaction(req)
    expect(prepared.rows.length).toBeGreaterThan(0)
    for (const answer of answers) {
      expect(answer.total).toBe(outside.total)
      expect(answer.items.map((item) => item.id)).toEqual(outside.items.map((item) => item.id))
    }
    expect(await views()).toBe(viewsBefore + 2)
  })
})
