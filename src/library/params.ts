import type { FilterKey, LibraryFilters, LibraryParams, LibrarySort } from './types'

/** The longest search the library runs; the search box counts toward it. */
export const maxSearchLength = 200

/** Query-string names, shared by the API and the portal's plain GET form. */
export const filterParams = {
  countries: 'country',
  persecutionTypes: 'persecution',
  documentTypes: 'type',
  stages: 'stage',
  topics: 'topic',
} as const satisfies Record<FilterKey, string>

/** The sidebar groups, in the order the FAQ names them (and query strings list them). */
export const filterKeys = Object.keys(filterParams) as FilterKey[]

const ids = (params: URLSearchParams, name: string): number[] => {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => Number(v.trim()))
    .filter((v) => Number.isInteger(v) && v > 0 && v < 2 ** 31)
  return [...new Set(values)].slice(0, 50)
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const date = (value: string | null): string | undefined =>
  value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined

/** Reads filters, search, sort and page from a query string; anything malformed is ignored. */
export const parseLibraryParams = (params: URLSearchParams): LibraryParams => {
  const filters: LibraryFilters = {
    countries: ids(params, filterParams.countries),
    persecutionTypes: ids(params, filterParams.persecutionTypes),
    documentTypes: ids(params, filterParams.documentTypes),
    stages: ids(params, filterParams.stages),
    topics: ids(params, filterParams.topics),
    from: date(params.get('from')),
    to: date(params.get('to')),
  }
  const sortParam = params.get('sort')
  const sort: LibrarySort | undefined =
    sortParam === 'newest' || sortParam === 'relevance' || sortParam === 'title'
      ? sortParam
      : undefined
  const page = Number(params.get('page') ?? 1)
  return {
    filters,
    q: (params.get('q') ?? '').trim().slice(0, maxSearchLength) || undefined,
    sort,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/**
 * The query string for a parsed state, back on its first page: one value per checked option,
 * nothing empty. `parseLibraryParams` reads it back as the same state.
 */
export const toLibraryParams = (parsed: Omit<LibraryParams, 'page'>): URLSearchParams => {
  const params = new URLSearchParams()
  if (parsed.q) params.set('q', parsed.q)
  for (const key of filterKeys) {
    for (const id of parsed.filters[key]) params.append(filterParams[key], String(id))
  }
  if (parsed.filters.from) params.set('from', parsed.filters.from)
  if (parsed.filters.to) params.set('to', parsed.filters.to)
  if (parsed.sort) params.set('sort', parsed.sort)
  return params
}
