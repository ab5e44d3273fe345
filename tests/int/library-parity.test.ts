import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listRemovals } from '@/library/hints'
import { loadLibraryResource } from '@/library/load'
import { runVariantTotals } from '@/library/query'
import { isInExpertLibrary, isInLibrary, type LibraryCase } from '@/library/rules'
import { buildLibrarySql } from '@/library/sql'
import type { LibraryFilters, LibraryQuery, LibraryScope } from '@/library/types'
import type { DocumentType } from '@/payload-types'
import { idsBySlug } from '@/seed/seed-vocabularies'

import { getTestPayload } from '../helpers/payload'

/**
 * The library's rules exist twice: in JavaScript (src/library/rules.ts: downloads and resource
 * pages decide with them) and in SQL (src/library/sql.ts: the list). Generated fixtures, from a
 * fixed seed, must get the same answer from both: a resource listed is downloadable, and one
 * refused for download is never listed. The sidebar filters are held to the plain reading of
 * SPEC §4 written below (`filtersAccept`), and the empty-result hints' one statement to the full
 * query it stands for.
 */

const RESOURCES = 300
const CASES = 200
const FILTER_SETS = 300
const HINT_SETS = 40

/** mulberry32: a small seeded PRNG, so every run generates the same fixtures. */
const createRandom = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const chance = (p: number) => next() < p
  const pick = <T>(values: T[]) => values[int(0, values.length - 1)]!
  /** Up to `max` distinct values of `values` (often none). */
  const some = <T>(values: T[], max: number) => {
    const chosen = new Set<T>()
    const n = int(0, max)
    for (let i = 0; i < n; i += 1) chosen.add(pick(values))
    return [...chosen]
  }
  return { int, chance, pick, some }
}

const stamp = Date.now()
const KW = `parity${stamp.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`
const DAY = 86_400_000
const firstDay = Date.UTC(2015, 0, 1)
/** Noon UTC, so a date filter reads the same day in any session time zone. */
const noonOf = (day: number) => new Date(firstDay + day * DAY + DAY / 2).toISOString()
const isoDay = (day: number) => new Date(firstDay + day * DAY).toISOString().slice(0, 10)

/** What the fixtures are as the download path reads them, plus what the filters look at. */
type Fixture = {
  id: number
  forRules: Parameters<typeof isInLibrary>[0]
  documentTypeId: number
  stageIds: number[]
  topicIds: number[]
  sortDate: string
}

const ids = (values: unknown): number[] =>
  ((values ?? []) as (number | { id: number })[]).map((v) => (typeof v === 'object' ? v.id : v))

/** SPEC §4's sidebar, read plainly: AND across groups, every checked tag inside a group. */
const filtersAccept = (fixture: Fixture, filters: LibraryFilters) => {
  const all = (have: number[], want: number[]) => want.every((id) => have.includes(id))
  const { forRules } = fixture
  if (filters.countries.length > 0) {
    // The Country filter returns only the country-scoped types.
    if (!forRules.isCountryScoped || !all(forRules.countryIds, filters.countries)) return false
  }
  if (!all(forRules.persecutionTypeIds, filters.persecutionTypes)) return false
  if (filters.documentTypes.length > 0 && !filters.documentTypes.includes(fixture.documentTypeId))
    return false
  if (!all(fixture.stageIds, filters.stages)) return false
  if (!all(fixture.topicIds, filters.topics)) return false
  const day = fixture.sortDate.slice(0, 10)
  if (filters.from && day < filters.from) return false
  if (filters.to && day > filters.to) return false
  return true
}

describe('the library rules in JavaScript and in SQL', () => {
  let payload: Payload
  const fixtures: Fixture[] = []
  const random = createRandom(20261203)
  let pools: {
    countries: number[]
    persecutionTypes: number[]
    reliefTypes: number[]
    documentTypes: number[]
    stages: number[]
    topics: number[]
  }

  /** The fixtures the SQL lists for `query` (other files' resources share the database). */
  const listed = async (query: LibraryQuery): Promise<number[]> => {
    const result = await payload.db.drizzle.execute(buildLibrarySql(query))
    const { ids: all } = (result as unknown as { rows: { ids: number[] }[] }).rows[0]!
    const mine = new Set(fixtures.map((fixture) => fixture.id))
    return all.filter((id) => mine.has(id)).sort((a, b) => a - b)
  }

  const noFilters = (): LibraryFilters => ({
    countries: [],
    persecutionTypes: [],
    documentTypes: [],
    stages: [],
    topics: [],
  })

  const randomCase = (): LibraryCase => ({
    countryId: random.chance(0.1) ? null : random.pick(pools.countries),
    persecutionTypeIds: random.chance(0.1) ? [] : random.some(pools.persecutionTypes, 3),
    reliefTypeIds: random.some(pools.reliefTypes, 3),
  })

  const randomFilters = (): LibraryFilters => {
    const filters = noFilters()
    if (random.chance(0.3)) filters.countries = random.some(pools.countries, 2)
    if (random.chance(0.3)) filters.persecutionTypes = random.some(pools.persecutionTypes, 2)
    if (random.chance(0.3)) filters.documentTypes = random.some(pools.documentTypes, 3)
    if (random.chance(0.3)) filters.stages = random.some(pools.stages, 2)
    if (random.chance(0.3)) filters.topics = random.some(pools.topics, 2)
    if (random.chance(0.25)) filters.from = isoDay(random.int(0, 3000))
    if (random.chance(0.25)) filters.to = isoDay(random.int(1000, 4000))
    return filters
  }

  const expected = (scope: LibraryScope, filters = noFilters()) =>
    fixtures
      .filter((fixture) =>
        scope.kind === 'experts'
          ? isInExpertLibrary(fixture.forRules)
          : isInLibrary(fixture.forRules, scope.theCase),
      )
      .filter((fixture) => filtersAccept(fixture, filters))
      .map((fixture) => fixture.id)
      .sort((a, b) => a - b)

  beforeAll(async () => {
    payload = await getTestPayload()
    const [country, persecution, relief, stage, topic, documentTypes] = await Promise.all([
      idsBySlug(payload, 'countries'),
      idsBySlug(payload, 'persecution-types'),
      idsBySlug(payload, 'relief-types'),
      idsBySlug(payload, 'procedural-stages'),
      idsBySlug(payload, 'topics'),
      // Every type, country-scoped and unpublished decisions included.
      payload.find({
        collection: 'document-types',
        sort: 'id',
        limit: 100,
        depth: 0,
        // Vocabulary terms are public; read as the system for the fixtures.
        overrideAccess: true,
      }),
    ])
    // Small pools, so that cases, resources and filters meet often.
    pools = {
      countries: ['guatemala', 'honduras', 'el-salvador', 'mexico', 'haiti'].map(country),
      persecutionTypes: [
        'domestic-violence',
        'gender-based-violence',
        'gang-based-harm',
        'extortion',
        'political-opinion',
        'witchcraft-accusations',
      ].map(persecution),
      reliefTypes: ['asylum', 'withholding', 'cat'].map(relief),
      documentTypes: documentTypes.docs.map((documentType) => documentType.id),
      stages: ['immigration-court', 'board-of-immigration-appeals', 'asylum-office'].map(stage),
      topics: ['working-with-experts', 'credibility', 'nexus', 'mental-health-evidence'].map(topic),
    }
    // Every fixture drawn first (so the seed alone decides them), then created ten at a time.
    const drafts = Array.from({ length: RESOURCES }, (_, n) => {
      const publishedDay = random.int(0, 3650)
      const isDraft = random.chance(0.08)
      return {
        isDraft,
        data: {
          title: `Parity fixture ${n}`,
          summary: `${KW} resource ${n}`,
          _status: isDraft ? 'draft' : 'published',
          audience: random.chance(0.1) ? 'experts' : 'advocates',
          documentType: random.pick(pools.documentTypes),
          countries: random.some(pools.countries, 3),
          persecutionTypes: random.some(pools.persecutionTypes, 3),
          reliefTypes: random.chance(0.6) ? [] : random.some(pools.reliefTypes, 2),
          proceduralStages: random.some(pools.stages, 2),
          topics: random.some(pools.topics, 2),
          isRedacted: random.chance(0.7),
          hasAttorneyPermission: random.chance(0.7),
          publishedAt: noonOf(publishedDay),
          contentUpdatedAt: random.chance(0.3)
            ? noonOf(publishedDay + random.int(1, 800))
            : undefined,
        },
      }
    })
    const req = await createLocalReq({}, payload)
    const createFixture = async ({ isDraft, data }: (typeof drafts)[number]): Promise<Fixture> => {
      const created = await payload.create({
        collection: 'resources',
        // Fixtures: staff create resources; this test is about what the library then serves.
        overrideAccess: true,
        draft: isDraft,
        data: data as never,
      })
      // Read back as the download route reads it.
      const { resource, forRules } = (await loadLibraryResource(req, created.id))!
      const published = resource.publishedAt
      const updated = resource.contentUpdatedAt ?? published
      return {
        id: resource.id,
        forRules,
        documentTypeId: (resource.documentType as DocumentType).id,
        stageIds: ids(resource.proceduralStages),
        topicIds: ids(resource.topics),
        sortDate: new Date(Math.max(Date.parse(published), Date.parse(updated))).toISOString(),
      }
    }
    for (let start = 0; start < drafts.length; start += 10) {
      fixtures.push(...(await Promise.all(drafts.slice(start, start + 10).map(createFixture))))
    }
  }, 300_000)

  afterAll(async () => {
    await payload.delete({
      collection: 'resources',
      where: { id: { in: fixtures.map((fixture) => fixture.id) } },
      // Removing this file's fixtures.
      overrideAccess: true,
    })
  })

  it('should generate fixtures that reach every rule', () => {
    const verdicts = new Set<string>()
    const cases = Array.from({ length: 50 }, randomCase)
    for (const fixture of fixtures) {
      for (const theCase of cases) {
        verdicts.add(isInLibrary(fixture.forRules, theCase) ? 'match' : 'refused')
      }
    }
    expect(fixtures).toHaveLength(RESOURCES)
    expect([...verdicts].sort()).toEqual(['match', 'refused'])
    expect(fixtures.some((fixture) => !fixture.forRules.isPublished)).toBe(true)
    expect(fixtures.some((fixture) => fixture.forRules.audience === 'experts')).toBe(true)
    expect(
      fixtures.some((fixture) => fixture.forRules.documentTypeSlug === 'unpublished-decision'),
    ).toBe(true)
  })

  it('should list exactly the resources the download rules allow, for every generated case', async () => {
    const disagreements: string[] = []
    const sizes: number[] = []
    for (let n = 0; n < CASES; n += 1) {
      const theCase = randomCase()
      const scope: LibraryScope = { kind: 'case', theCase }
      const sql = await listed({ scope, filters: noFilters() })
      const js = expected(scope)
      sizes.push(js.length)
      if (JSON.stringify(sql) !== JSON.stringify(js)) {
        disagreements.push(`${JSON.stringify(theCase)}: SQL ${sql.length}, JS ${js.length}`)
      }
    }
    expect(disagreements).toEqual([])
    // Neither everything nor nothing: the rules had something to decide.
    console.info(
      `parity: case libraries hold ${Math.min(...sizes)}–${Math.max(...sizes)} of ${RESOURCES}`,
    )
    expect(Math.max(...sizes)).toBeLessThan(RESOURCES)
    expect(sizes.filter((size) => size > 0).length).toBeGreaterThan(CASES / 2)
  })

  it('should list exactly the expert library the expert download rule allows', async () => {
    const scope: LibraryScope = { kind: 'experts' }
    expect(await listed({ scope, filters: noFilters() })).toEqual(expected(scope))
  })

  it('should apply every generated filter set as SPEC §4 reads, in both libraries', async () => {
    const disagreements: string[] = []
    let nonEmpty = 0
    for (let n = 0; n < FILTER_SETS; n += 1) {
      const scope: LibraryScope =
        n % 10 === 0 ? { kind: 'experts' } : { kind: 'case', theCase: randomCase() }
      const filters = randomFilters()
      const sql = await listed({ scope, filters })
      const js = expected(scope, filters)
      if (js.length > 0) nonEmpty += 1
      if (JSON.stringify(sql) !== JSON.stringify(js)) {
        disagreements.push(
          `${JSON.stringify(scope)} ${JSON.stringify(filters)}: SQL ${sql}, JS ${js}`,
        )
      }
    }
    expect(disagreements).toEqual([])
    console.info(`parity: ${nonEmpty} of ${FILTER_SETS} filter sets leave results`)
    expect(nonEmpty).toBeGreaterThan(FILTER_SETS / 10)
  })

  it('should give each empty-result hint the total of the question it stands for', async () => {
    const disagreements: string[] = []
    for (let n = 0; n < HINT_SETS; n += 1) {
      const scope: LibraryScope =
        n % 8 === 0 ? { kind: 'experts' } : { kind: 'case', theCase: randomCase() }
      const parsed = { filters: randomFilters(), q: n % 2 === 0 ? KW : undefined, page: 1 }
      const variants = listRemovals(parsed).map((removal) => removal.without)
      const hinted = await runVariantTotals(payload, scope, variants)
      const full: number[] = []
      for (const variant of variants) {
        const result = await payload.db.drizzle.execute(buildLibrarySql({ scope, ...variant }))
        full.push((result as unknown as { rows: { total: number }[] }).rows[0]!.total)
      }
      if (JSON.stringify(hinted) !== JSON.stringify(full)) {
        disagreements.push(`${JSON.stringify(parsed)}: hints ${hinted}, full ${full}`)
      }
    }
    expect(disagreements).toEqual([])
  })
})
