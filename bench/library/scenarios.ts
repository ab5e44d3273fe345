/**
 * What the benchmark asks for, three ways: the library API, the same question asked the naive way
 * over Payload's REST API, and the engine's SQL alone.
 */
import type { LibraryQuery } from '../../src/library/types'

import type { CaseTarget, Manifest } from './config'

export const KEYWORDS = 'gang violence police protection'

export type Scenario = {
  key: string
  label: string
  target: 'typical' | 'largestCountry'
  page: number
  q?: string
  /** Check the case's first persecution type and the manifest's procedural stage. */
  hasFilters: boolean
  /**
   * A question the app has not seen before on every request: page 1 with a date range ending on
   * a different day each time, all after the newest item (so the same items), which the result
   * cache cannot have answered: the full statement every time.
   */
  isUncached?: boolean
}

/**
 * In the order measured. The new-question scenario comes last: it overloads the app at 100/s, and
 * whatever is measured right after heavy work measures its aftermath too.
 */
export const scenarios: Scenario[] = [
  {
    key: 'typical-p1',
    label: 'Typical case, page 1',
    target: 'typical',
    page: 1,
    hasFilters: false,
  },
  {
    key: 'typical-p50',
    label: 'Typical case, page 50',
    target: 'typical',
    page: 50,
    hasFilters: false,
  },
  {
    key: 'typical-q',
    label: 'Typical case, keywords',
    target: 'typical',
    page: 1,
    q: KEYWORDS,
    hasFilters: false,
  },
  {
    key: 'typical-2f',
    label: 'Typical case, 2 filters',
    target: 'typical',
    page: 1,
    hasFilters: true,
  },
  {
    key: 'largest-p1',
    label: 'Largest country, page 1',
    target: 'largestCountry',
    page: 1,
    hasFilters: false,
  },
  {
    key: 'largest-p50',
    label: 'Largest country, page 50',
    target: 'largestCountry',
    page: 50,
    hasFilters: false,
  },
  {
    key: 'largest-q',
    label: 'Largest country, keywords',
    target: 'largestCountry',
    page: 1,
    q: KEYWORDS,
    hasFilters: false,
  },
  {
    key: 'largest-2f',
    label: 'Largest country, 2 filters',
    target: 'largestCountry',
    page: 1,
    hasFilters: true,
  },
  {
    key: 'typical-new',
    label: 'Typical case, a new question each time',
    target: 'typical',
    page: 1,
    hasFilters: false,
    isUncached: true,
  },
]

export const targetOf = (manifest: Manifest, scenario: Scenario): CaseTarget =>
  manifest.targets[scenario.target]

const filtersOf = (manifest: Manifest, scenario: Scenario) => {
  const target = targetOf(manifest, scenario)
  return scenario.hasFilters
    ? { persecutionTypeId: target.persecutionTypeIds[0]!, stageId: manifest.targets.filterStage.id }
    : null
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The uncached scenarios' `to` date for request `n`: from 2030 on, never the same twice in a run. */
const toDateOf = (n: number) =>
  new Date(Date.UTC(2030, 0, 1) + n * DAY_MS).toISOString().slice(0, 10)

/** GET /api/cases/:id/library with the scenario's query string (`n`: the request's number). */
export const libraryPath = (manifest: Manifest, scenario: Scenario, n = 0) => {
  const params = new URLSearchParams()
  if (scenario.page > 1) params.set('page', String(scenario.page))
  if (scenario.isUncached) params.set('to', toDateOf(n))
  if (scenario.q) params.set('q', scenario.q)
  const filters = filtersOf(manifest, scenario)
  if (filters) {
    params.set('persecution', String(filters.persecutionTypeId))
    params.set('stage', String(filters.stageId))
  }
  const query = params.toString()
  return `/api/cases/${targetOf(manifest, scenario).id}/library${query ? `?${query}` : ''}`
}

/** The engine's input for the same scenario, for EXPLAIN. */
export const libraryQuery = (manifest: Manifest, scenario: Scenario): LibraryQuery => {
  const target = targetOf(manifest, scenario)
  const filters = filtersOf(manifest, scenario)
  return {
    scope: {
      kind: 'case',
      theCase: {
        countryId: target.countryId,
        persecutionTypeIds: target.persecutionTypeIds,
        reliefTypeIds: target.reliefTypeIds,
      },
    },
    filters: {
      countries: [],
      persecutionTypes: filters ? [filters.persecutionTypeId] : [],
      documentTypes: [],
      stages: filters ? [filters.stageId] : [],
      topics: [],
      ...(scenario.isUncached ? { to: toDateOf(0) } : {}),
    },
    q: scenario.q,
    page: scenario.page,
  }
}

const encode = (value: unknown, prefix: string, out: string[]) => {
  if (Array.isArray(value)) value.forEach((v, i) => encode(v, `${prefix}[${i}]`, out))
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) encode(v, prefix ? `${prefix}[${key}]` : key, out)
  } else out.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`)
}

/**
 * The matching rules approximated with Payload's `where` (tags `in` / `exists`, `like` on title
 * and summary for keywords), as someone building the library on the REST API would write it.
 */
export const naiveWhere = (manifest: Manifest, scenario: Scenario) => {
  const target = targetOf(manifest, scenario)
  const types = manifest.documentTypeIds
  const and: unknown[] = [
    { _status: { equals: 'published' } },
    { audience: { equals: 'advocates' } },
    {
      or: [
        { documentType: { not_in: [types['country-conditions'], types['expert-declaration']] } },
        { countries: { in: [target.countryId] } },
      ],
    },
    {
      or: [
        { persecutionTypes: { in: target.persecutionTypeIds } },
        { persecutionTypes: { exists: false } },
      ],
    },
    {
      or: [{ reliefTypes: { in: target.reliefTypeIds } }, { reliefTypes: { exists: false } }],
    },
    {
      or: [
        { documentType: { not_equals: types['unpublished-decision'] } },
        { and: [{ isRedacted: { equals: true } }, { hasAttorneyPermission: { equals: true } }] },
      ],
    },
  ]
  if (scenario.q)
    and.push({ or: [{ title: { like: scenario.q } }, { summary: { like: scenario.q } }] })
  const filters = filtersOf(manifest, scenario)
  if (filters) {
    and.push({ persecutionTypes: { in: [filters.persecutionTypeId] } })
    and.push({ proceduralStages: { in: [filters.stageId] } })
  }
  return { and }
}

/**
 * The naive way is two requests: the page (depth 2, as Payload defaults) and a count. It caches
 * nothing, so an uncached scenario asks it the same question as page 1.
 */
export const naivePaths = (manifest: Manifest, scenario: Scenario) => {
  const where: string[] = []
  encode(naiveWhere(manifest, scenario), 'where', where)
  const find = [
    'depth=2',
    'limit=20',
    `page=${scenario.page}`,
    `sort=${encodeURIComponent('-publishedAt')}`,
    ...where,
  ].join('&')
  return { find: `/api/resources?${find}`, count: `/api/resources/count?${where.join('&')}` }
}
