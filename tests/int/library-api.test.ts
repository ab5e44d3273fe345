import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '@/lib/lexical'
import { idsBySlug } from '@/seed/seed-vocabularies'

import { libraryViewsOf } from '../helpers/access-events'
import { caseTeamRoles, makeOrganizationAccounts, tokensOf, userIdsOf } from '../helpers/accounts'
import { shareRow } from '../helpers/cases'
import { getTestPayload, rest } from '../helpers/payload'
import { letters } from '../helpers/words'

const password = 'library api passphrase'
const stamp = Date.now()
// Letters only, so Postgres full-text search keeps each word whole.
const unique = `lib${letters(stamp)}`
// Every fixture's summary holds this word, so searching it isolates this file's resources from
// whatever other test files left in the shared database.
const KW = `${unique}corpus`
const caseNumber = (n: number) => `ZQ-2019-${String((stamp % 100_000) * 10 + n).padStart(6, '0')}`

type Query = Record<string, string | number | (string | number)[]>

const queryString = (query: Query) => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item))
  }
  return params.toString()
}

describe('GET /api/cases/:id/library (the tailored-library engine over REST)', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}
  const users: Record<string, number> = {}
  let caseId: number
  let orgId: number
  let intakeCaseId: number
  const ids: Record<string, number> = {}
  const titles: Record<string, string> = {}
  let country: (slug: string) => number
  let persecution: (slug: string) => number
  let docType: (slug: string) => number
  let stage: (slug: string) => number
  let topic: (slug: string) => number

  const library = (who: string | undefined, query: Query = {}, theCaseId = caseId) =>
    rest('GET', `/cases/${theCaseId}/library?${queryString(query)}`, {
      token: who ? tokens[who] : undefined,
    })

  /** The ids the owner gets for `query` (with the fixture keyword unless `q` is given). */
  const resultIds = async (query: Query = {}, theCaseId = caseId): Promise<number[]> => {
    const res = await library('owner', { q: KW, ...query }, theCaseId)
    expect(res.status).toBe(200)
    return (res.json.items as { id: number }[]).map((item) => item.id)
  }

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
  const idsOf = (...keys: string[]) => sorted(keys.map((key) => ids[key]!))

  /** A case of the owner's own, so its visits and marks are not shared with other tests. */
  const createVisitCase = () =>
    payload.create({
      collection: 'cases',
      overrideAccess: true,
      data: {
        owner: users.owner!,
        country: country('guatemala'),
        persecutionTypes: [persecution('witchcraft-accusations')],
      },
    })

  const countViews = async (actor: number, theCaseId = caseId) =>
    (await libraryViewsOf({ payload, actor, caseId: theCaseId })).length

  beforeAll(async () => {
    payload = await getTestPayload()
    const { organization, accounts } = await makeOrganizationAccounts({
      payload,
      unique,
      password,
      roles: caseTeamRoles,
    })
    orgId = organization.id
    Object.assign(users, userIdsOf(accounts))
    Object.assign(tokens, tokensOf(accounts))
    let relief: (slug: string) => number
    ;[country, persecution, docType, stage, topic, relief] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
      idsBySlug(payload, 'document-types'),
      idsBySlug(payload, 'procedural-stages'),
      idsBySlug(payload, 'topics'),
      idsBySlug(payload, 'relief-types'),
    ])

    const theCase = await payload.create({
      collection: 'cases',
      overrideAccess: true,
      data: {
        owner: users.owner!,
        country: country('guatemala'),
        persecutionTypes: [persecution('domestic-violence'), persecution('gender-based-violence')],
        reliefSought: [relief('asylum')],
        shares: [shareRow(users.shared!, users.owner!)],
      },
    })
    caseId = theCase.id
    const intakeCase = await payload.create({
      collection: 'cases',
      overrideAccess: true,
      data: {
        owner: users.owner!,
        country: country('guatemala'),
        persecutionTypes: [persecution('domestic-violence')],
      },
    })
    intakeCaseId = intakeCase.id

    const DV = persecution('domestic-violence')
    const GBV = persecution('gender-based-violence')
    // Distinct first letters (one lower-case) make the title order independent of collation.
    const fixtures: Record<string, Record<string, unknown>> = {
      ccGuatemala: {
        title: `A Guatemala violence report ${unique}alpha`,
        documentType: docType('country-conditions'),
        countries: [country('guatemala')],
        persecutionTypes: [DV, GBV],
        publishedAt: '2021-03-10T12:00:00.000Z',
      },
      ccHonduras: {
        title: 'B Honduras report',
        documentType: docType('country-conditions'),
        countries: [country('honduras')],
        persecutionTypes: [DV],
        publishedAt: '2021-03-11T12:00:00.000Z',
      },
      ccNoCountry: {
        title: 'C Country conditions naming no country',
        documentType: docType('country-conditions'),
        publishedAt: '2021-03-12T12:00:00.000Z',
      },
      declGuatemala: {
        title: 'D Universal declaration on femicide',
        summary: `${KW} words ${unique}gamma in the summary only`,
        documentType: docType('expert-declaration'),
        countries: [country('guatemala')],
        persecutionTypes: [GBV],
        proceduralStages: [stage('immigration-court')],
        mayBeFiledAsEvidence: true,
        publishedAt: '2021-04-01T12:00:00.000Z',
      },
      briefHonduras: {
        title: 'E Sample brief from Honduras',
        documentType: docType('sample-brief'),
        countries: [country('honduras')],
        persecutionTypes: [DV],
        proceduralStages: [stage('immigration-court')],
        publishedAt: '2021-05-01T12:00:00.000Z',
      },
      briefGuatemala: {
        title: `f sample brief from Guatemala ${unique}rank`,
        documentType: docType('sample-brief'),
        countries: [country('guatemala')],
        persecutionTypes: [GBV],
        publishedAt: '2021-05-02T12:00:00.000Z',
      },
      advisoryUntagged: {
        title: 'G Practice advisory for every claim',
        documentType: docType('practice-advisory'),
        body: lexicalFromParagraphs([`The body alone holds ${unique}beta.`]),
        publishedAt: '2021-06-01T12:00:00.000Z',
      },
      advisoryGang: {
        title: 'H Gang advisory',
        documentType: docType('practice-advisory'),
        persecutionTypes: [persecution('gang-based-harm')],
        publishedAt: '2021-06-02T12:00:00.000Z',
      },
      advisoryCatOnly: {
        title: 'I CAT-only advisory',
        documentType: docType('practice-advisory'),
        reliefTypes: [relief('cat')],
        publishedAt: '2021-06-03T12:00:00.000Z',
      },
      advisoryAsylum: {
        title: 'J Asylum and CAT advisory',
        documentType: docType('practice-advisory'),
        reliefTypes: [relief('asylum'), relief('cat')],
        publishedAt: '2021-06-04T12:00:00.000Z',
      },
      decisionCleared: {
        title: 'K Decision, redacted and permitted',
        documentType: docType('unpublished-decision'),
        persecutionTypes: [DV],
        isRedacted: true,
        hasAttorneyPermission: true,
        sourceCaseNumber: caseNumber(1),
        publishedAt: '2021-07-01T12:00:00.000Z',
      },
      decisionNotRedacted: {
        title: 'L Decision not yet redacted',
        documentType: docType('unpublished-decision'),
        persecutionTypes: [DV],
        isRedacted: false,
        hasAttorneyPermission: true,
        sourceCaseNumber: caseNumber(2),
        publishedAt: '2021-07-02T12:00:00.000Z',
      },
      decisionNoPermission: {
        title: 'M Decision without permission',
        documentType: docType('unpublished-decision'),
        persecutionTypes: [DV],
        isRedacted: true,
        hasAttorneyPermission: false,
        sourceCaseNumber: caseNumber(3),
        publishedAt: '2021-07-03T12:00:00.000Z',
      },
      decisionIrrelevant: {
        title: 'N Religion decision',
        documentType: docType('unpublished-decision'),
        persecutionTypes: [persecution('religion')],
        isRedacted: true,
        hasAttorneyPermission: true,
        sourceCaseNumber: caseNumber(4),
        publishedAt: '2021-07-04T12:00:00.000Z',
      },
      decisionUntagged: {
        title: 'O Decision with no claim type',
        documentType: docType('unpublished-decision'),
        isRedacted: true,
        hasAttorneyPermission: true,
        sourceCaseNumber: caseNumber(5),
        publishedAt: '2021-07-05T12:00:00.000Z',
      },
      draft: {
        title: 'P Draft advisory',
        documentType: docType('practice-advisory'),
        _status: 'draft',
        publishedAt: '2021-08-01T12:00:00.000Z',
      },
      forExperts: {
        title: 'Q Guide for experts',
        documentType: docType('practice-advisory'),
        audience: 'experts',
        publishedAt: '2021-08-02T12:00:00.000Z',
      },
      trainingExperts: {
        title: 'R Working with experts webinar',
        documentType: docType('training'),
        topics: [topic('working-with-experts')],
        body: lexicalFromParagraphs([`Mentioned once in the body: ${unique}rank.`]),
        publishedAt: '2021-09-01T12:00:00.000Z',
      },
      filingUpdated: {
        title: 'S Filing updated later',
        documentType: docType('filing'),
        publishedAt: '2019-01-05T12:00:00.000Z',
        contentUpdatedAt: '2023-06-20T12:00:00.000Z',
      },
    }
    for (const [key, data] of Object.entries(fixtures)) {
      const created = await payload.create({
        collection: 'resources',
        overrideAccess: true,
        data: {
          audience: 'advocates',
          summary: `${KW} fixture ${key}`,
          _status: 'published',
          ...data,
        } as never,
      })
      ids[key] = created.id
      titles[key] = created.title
    }
  })

  const inLibrary = [
    'ccGuatemala',
    'declGuatemala',
    'briefHonduras',
    'briefGuatemala',
    'advisoryUntagged',
    'advisoryAsylum',
    'decisionCleared',
    'trainingExperts',
    'filingUpdated',
  ]

  describe('matching (SPEC §4 rules 1–3)', () => {
    it('should hold exactly the published advocate resources that match the case', async () => {
      expect(sorted(await resultIds())).toEqual(idsOf(...inLibrary))
    })

    it('should match every case on a dimension the resource leaves empty', async () => {
      expect(await resultIds()).toContain(ids.advisoryUntagged)
    })

    it('should require a specified dimension to intersect the case (claim type and relief)', async () => {
      const found = await resultIds()
      expect(found).not.toContain(ids.advisoryGang)
      expect(found).not.toContain(ids.advisoryCatOnly)
      expect(found).toContain(ids.advisoryAsylum)
    })

    it("should limit country conditions and declarations to the case's country", async () => {
      const found = await resultIds()
      expect(found).toContain(ids.ccGuatemala)
      expect(found).not.toContain(ids.ccHonduras)
      expect(found).not.toContain(ids.ccNoCountry)
    })

    it('should match briefs by claim type from any country', async () => {
      expect(await resultIds()).toEqual(
        expect.arrayContaining([ids.briefHonduras, ids.briefGuatemala]),
      )
    })

    it('should show an unpublished decision only when redacted, permitted and relevant', async () => {
      const found = await resultIds({ type: docType('unpublished-decision') })
      expect(found).toEqual([ids.decisionCleared])
    })

    it('should leave out drafts and expert-audience resources', async () => {
      const found = await resultIds()
      expect(found).not.toContain(ids.draft)
      expect(found).not.toContain(ids.forExperts)
    })

    it('should follow an intake edit on the next response', async () => {
      const before = await resultIds({}, intakeCaseId)
      expect(before).toContain(ids.briefHonduras)
      expect(before).not.toContain(ids.briefGuatemala)
      const patched = await rest('PATCH', `/cases/${intakeCaseId}`, {
        token: tokens.owner,
        body: { persecutionTypes: [persecution('gender-based-violence')] },
      })
      expect(patched.status).toBe(200)
      const after = await resultIds({}, intakeCaseId)
      expect(after).toContain(ids.briefGuatemala)
      expect(after).not.toContain(ids.briefHonduras)
    })
  })

  describe('filters', () => {
    it('should require every checked tag inside a multi-valued group', async () => {
      const both = await resultIds({
        persecution: [persecution('domestic-violence'), persecution('gender-based-violence')],
      })
      expect(both).toEqual([ids.ccGuatemala])
    })

    it('should combine groups with AND', async () => {
      const found = await resultIds({
        persecution: persecution('domestic-violence'),
        type: docType('sample-brief'),
      })
      expect(found).toEqual([ids.briefHonduras])
    })

    it('should treat several document types as any of them', async () => {
      const found = await resultIds({
        type: [docType('country-conditions'), docType('expert-declaration')],
      })
      expect(sorted(found)).toEqual(idsOf('ccGuatemala', 'declGuatemala'))
    })

    it('should limit the Country filter to country conditions and expert declarations', async () => {
      const found = await resultIds({ country: country('guatemala') })
      expect(sorted(found)).toEqual(idsOf('ccGuatemala', 'declGuatemala'))
    })

    it('should filter by procedural stage and topic', async () => {
      expect(sorted(await resultIds({ stage: stage('immigration-court') }))).toEqual(
        idsOf('declGuatemala', 'briefHonduras'),
      )
      expect(await resultIds({ topic: topic('working-with-experts') })).toEqual([
        ids.trainingExperts,
      ])
    })

    it('should filter dates on the later of publication and update, inclusively', async () => {
      expect(await resultIds({ from: '2023-06-20', to: '2023-06-20' })).toEqual([ids.filingUpdated])
      expect(await resultIds({ from: '2019-01-01', to: '2019-12-31' })).toEqual([])
      expect(sorted(await resultIds({ from: '2021-07-01', to: '2021-09-01' }))).toEqual(
        idsOf('decisionCleared', 'trainingExperts'),
      )
    })

    it('should give every facet option the total that applying it gives', async () => {
      for (const base of [
        { q: KW },
        { q: KW, persecution: persecution('domestic-violence') },
        { q: KW, stage: stage('immigration-court') },
      ] as Query[]) {
        const { json } = await library('owner', base)
        const groups = [
          ['countries', 'country'],
          ['persecutionTypes', 'persecution'],
          ['stages', 'stage'],
          ['topics', 'topic'],
        ] as const
        for (const [facet, param] of groups) {
          const current = ([] as (string | number)[]).concat(base[param] ?? [])
          for (const option of json.facets[facet] as { id: number; count: number }[]) {
            const applied = await library('owner', { ...base, [param]: [...current, option.id] })
            expect({ facet, option: option.id, total: applied.json.total }).toEqual({
              facet,
              option: option.id,
              total: option.count,
            })
          }
        }
        // One type per resource: a type's count is what checking only that type gives.
        for (const option of json.facets.documentTypes as { id: number; count: number }[]) {
          const applied = await library('owner', { ...base, type: option.id })
          expect({ type: option.id, total: applied.json.total }).toEqual({
            type: option.id,
            total: option.count,
          })
        }
      }
    })

    it('should not count briefs tagged with the country under the Country filter', async () => {
      const { json } = await library('owner', { q: KW })
      const guatemala = (json.facets.countries as { id: number; count: number }[]).find(
        (option) => option.id === country('guatemala'),
      )
      expect(guatemala?.count).toBe(2)
    })
  })

  describe('search and order', () => {
    it('should find words in the title, the summary and the body', async () => {
      expect(await resultIds({ q: `${unique}alpha` })).toEqual([ids.ccGuatemala])
      expect(await resultIds({ q: `${unique}gamma` })).toEqual([ids.declGuatemala])
      expect(await resultIds({ q: `${unique}beta` })).toEqual([ids.advisoryUntagged])
    })

    it('should not find words of resources outside the library', async () => {
      const res = await library('owner', { q: `${KW} Honduras report` })
      expect(res.json.total).toBe(0)
    })

    it('should rank a title match above a body match when sorting by relevance', async () => {
      const q = `${unique}rank`
      expect(await resultIds({ q, sort: 'relevance' })).toEqual([
        ids.briefGuatemala,
        ids.trainingExperts,
      ])
      expect(await resultIds({ q, sort: 'newest' })).toEqual([
        ids.trainingExperts,
        ids.briefGuatemala,
      ])
    })

    it('should sort newest first by the later of publication and update by default', async () => {
      const found = await resultIds({ sort: 'newest' })
      expect(found[0]).toBe(ids.filingUpdated)
      expect(found[1]).toBe(ids.trainingExperts)
    })

    it('should sort by title, ignoring case', async () => {
      const expected = [...inLibrary]
        .sort((a, b) => titles[a]!.toLowerCase().localeCompare(titles[b]!.toLowerCase()))
        .map((key) => ids[key])
      expect(await resultIds({ sort: 'title' })).toEqual(expected)
    })
  })

  describe('case-number search', () => {
    it("should find a cleared, relevant decision by its source case's number", async () => {
      const res = await library('owner', { q: caseNumber(1) })
      expect(res.json.items.map((item: { id: number }) => item.id)).toEqual([ids.decisionCleared])
      expect(res.json.caseNumberSearch).toEqual({ caseNumber: caseNumber(1), isFound: true })
    })

    it('should say a held decision is found even when the filters hide it', async () => {
      const res = await library('owner', { q: caseNumber(1), country: country('guatemala') })
      expect(res.json.total).toBe(0)
      expect(res.json.caseNumberSearch.isFound).toBe(true)
    })

    it('should answer the same for not cleared, not relevant and unknown numbers', async () => {
      const answers = await Promise.all(
        [caseNumber(2), caseNumber(3), caseNumber(4), caseNumber(5), caseNumber(9)].map((q) =>
          library('owner', { q }),
        ),
      )
      const normalized = answers.map((answer) => {
        expect(answer.status).toBe(200)
        expect(answer.json.total).toBe(0)
        expect(answer.json.caseNumberSearch.isFound).toBe(false)
        return JSON.stringify({
          ...answer.json,
          caseNumberSearch: { ...answer.json.caseNumberSearch, caseNumber: 'X' },
        })
      })
      expect(new Set(normalized).size).toBe(1)
    })

    it('should never put a source case number in the response', async () => {
      const listing = await library('owner', { q: KW })
      for (let n = 1; n <= 5; n += 1) expect(listing.text).not.toContain(caseNumber(n))
      expect(listing.text).not.toContain('sourceCaseNumber')
      const found = await library('owner', { q: caseNumber(1) })
      expect(JSON.stringify(found.json.items)).not.toContain(caseNumber(1))
      expect(found.text).not.toContain('sourceCaseNumber')
    })
  })

  describe('badges', () => {
    it('should mark what may be filed as evidence', async () => {
      const { json } = await library('owner', { q: KW, type: docType('expert-declaration') })
      expect(json.items[0].mayBeFiledAsEvidence).toBe(true)
    })

    it('should mark items newer than the last visit, and keep the marks during the visit', async () => {
      const visitCase = await createVisitCase()
      // An earlier visit, two hours ago, then an item published since.
      await payload.create({
        collection: 'access-events',
        overrideAccess: true,
        data: {
          action: 'view-library',
          actor: users.owner!,
          case: visitCase.id,
          createdAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
        } as never,
      })
      const fresh = await payload.create({
        collection: 'resources',
        overrideAccess: true,
        data: {
          title: `Fresh advisory ${unique}`,
          summary: `${KW} fresh`,
          documentType: docType('practice-advisory'),
          // Only this visit's case claims this; the other fixture cases never see the item.
          persecutionTypes: [persecution('witchcraft-accusations')],
          audience: 'advocates',
          publishedAt: new Date().toISOString(),
          _status: 'published',
        } as never,
      })
      const isNewIn = async () => {
        const { json } = await library('owner', { q: KW }, visitCase.id)
        const marks = new Map(
          (json.items as { id: number; isNew: boolean }[]).map((item) => [item.id, item.isNew]),
        )
        return { fresh: marks.get(fresh.id), old: marks.get(ids.advisoryUntagged) }
      }
      expect(await isNewIn()).toEqual({ fresh: true, old: false })
      // Applying a filter or turning a page is the same visit: the marks stay.
      expect(await isNewIn()).toEqual({ fresh: true, old: false })
    })

    it('should store each view as Payload reads it, and mark what is new across two visits', async () => {
      const visitCase = await createVisitCase()
      const views = async () =>
        (
          await payload.find({
            collection: 'access-events',
            where: { case: { equals: visitCase.id } },
            sort: 'createdAt',
            depth: 0,
            pagination: false,
            overrideAccess: true,
          })
        ).docs
      const marksOf = (items: { id: number; isNew: boolean }[]) =>
        new Map(items.map((item) => [item.id, item.isNew]))

      // First visit: nothing earlier, so nothing is new; the view is logged in full.
      const startedAt = Date.now()
      const first = await library('owner', { q: KW, page: 1 }, visitCase.id)
      expect(first.status).toBe(200)
      expect((first.json.items as { isNew: boolean }[]).every((item) => item.isNew === false)).toBe(
        true,
      )
      const [event, ...others] = await views()
      expect(others).toEqual([])
      expect(event).toMatchObject({
        action: 'view-library',
        actor: users.owner,
        organization: orgId,
        case: visitCase.id,
        details: { page: 1, total: first.json.total, hasSearch: true },
      })
      expect(event!.resource ?? null).toBeNull()
      expect(event!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
      expect(event!.updatedAt).toBe(event!.createdAt)
      expect(Date.parse(event!.createdAt)).toBeGreaterThanOrEqual(startedAt - 1000)
      expect(Date.parse(event!.createdAt)).toBeLessThanOrEqual(Date.now() + 1000)

      // The first visit ended two hours ago (the event moved back, as time passing would), then an
      // item was published.
      await payload.db.drizzle.execute(sql`
        UPDATE access_events
        SET created_at = created_at - interval '2 hours', updated_at = updated_at - interval '2 hours'
        WHERE id = ${event!.id}::int`)
      const fresh = await payload.create({
        collection: 'resources',
        overrideAccess: true,
        data: {
          title: `Second-visit advisory ${unique}`,
          summary: `${KW} second visit`,
          documentType: docType('practice-advisory'),
          persecutionTypes: [persecution('witchcraft-accusations')],
          audience: 'advocates',
          publishedAt: new Date().toISOString(),
          _status: 'published',
        } as never,
      })

      // Second visit: the new item is marked, the old one not, and stays so during the visit.
      for (const page of [1, 1]) {
        const second = await library('owner', { q: KW, page }, visitCase.id)
        const marks = marksOf(second.json.items)
        expect({ fresh: marks.get(fresh.id), old: marks.get(ids.advisoryUntagged) }).toEqual({
          fresh: true,
          old: false,
        })
      }
      const logged = await views()
      expect(logged.map((view) => [view.action, view.actor, view.case])).toEqual([
        ['view-library', users.owner, visitCase.id],
        ['view-library', users.owner, visitCase.id],
        ['view-library', users.owner, visitCase.id],
      ])
      // A shared user's or staff's views are theirs, never the owner's visit.
      const byStaff = await library('staff', { q: KW }, visitCase.id)
      expect(byStaff.status).toBe(200)
      const staffView = (await views()).at(-1)!
      expect(staffView).toMatchObject({
        action: 'view-library',
        actor: users.staff,
        case: visitCase.id,
      })
      expect(staffView.organization ?? null).toBeNull()
    })
  })

  describe('access', () => {
    it('should answer the owner, a shared user and staff, logging each view as theirs', async () => {
      for (const who of ['owner', 'shared', 'staff']) {
        const before = await countViews(users[who]!)
        const res = await library(who, { q: KW })
        expect({ who, status: res.status }).toEqual({ who, status: 200 })
        expect(res.json.total).toBe(inLibrary.length)
        expect(await countViews(users[who]!)).toBe(before + 1)
      }
    })

    it('should refuse another advocate and an expert with 404, logging nothing', async () => {
      for (const who of ['other', 'expert']) {
        const res = await library(who, { q: KW })
        expect({ who, status: res.status }).toEqual({ who, status: 404 })
        expect(res.text).not.toContain(KW)
        expect(await countViews(users[who]!)).toBe(0)
      }
    })

    it('should refuse a guest with 401', async () => {
      const res = await library(undefined, { q: KW })
      expect(res.status).toBe(401)
      expect(res.text).not.toContain(KW)
    })

    it('should answer a case that does not exist like a refused one', async () => {
      const missing = await library('other', { q: KW }, 987_654_321)
      const refused = await library('other', { q: KW })
      expect(missing.status).toBe(404)
      expect(missing.text).toBe(refused.text)
    })
  })
})
