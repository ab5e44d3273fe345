import { expertTypes, feeOptions } from '@/collections/Experts/options'

export type ExpertType = (typeof expertTypes)[number]['value']

/** The fees a reader can filter on: what makes an expert affordable, not the standard fee. */
export const feeFilters = ['pro-bono', 'reduced-fee'] as const
export type FeeFilter = (typeof feeFilters)[number]

/** Query-string names of the directory's GET form; a shared link keeps working. */
export const directoryParams = {
  countries: 'country',
  regions: 'region',
  types: 'type',
  persecutionTypes: 'persecution',
  topics: 'topic',
  languages: 'language',
  fees: 'fees',
  remote: 'remote',
} as const

export type DirectoryFilters = {
  countries: number[]
  /** Lower-cased; matched against profile regions and countries' regions. */
  regions: string[]
  types: ExpertType[]
  persecutionTypes: number[]
  topics: number[]
  /** Lower-cased: a language matches whatever capitals an expert typed. */
  languages: string[]
  fees: FeeFilter[]
  isRemoteOnly: boolean
}

export type DirectoryParams = {
  filters: DirectoryFilters
  q?: string
  page: number
}

export const MAX_QUERY_LENGTH = 200
const MAX_VALUES = 20
const MAX_TEXT_VALUE = 100
const MAX_PAGE = 1000

const values = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .map((value) => value.trim())
    .filter((value) => value.length > 0)

const ids = (params: URLSearchParams, name: string): number[] => {
  const parsed = values(params, name)
    .filter((value) => /^\d{1,10}$/.test(value))
    .map(Number)
    .filter((value) => value > 0 && value < 2 ** 31)
  return [...new Set(parsed)].slice(0, MAX_VALUES)
}

/** Free-text values (regions, languages): lower-cased, whitespace collapsed, length-capped. */
const texts = (params: URLSearchParams, name: string): string[] => {
  const parsed = values(params, name)
    .map((value) => value.replace(/\s+/g, ' ').toLowerCase())
    .filter((value) => value.length <= MAX_TEXT_VALUE)
  return [...new Set(parsed)].slice(0, MAX_VALUES)
}

const oneOf = <T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]) => {
  const parsed = values(params, name).filter((value): value is T =>
    (allowed as readonly string[]).includes(value),
  )
  return [...new Set(parsed)]
}

const typeValues = expertTypes.map((option) => option.value)

/**
 * Reads the directory's filters, search and page from a query string. Anything malformed is
 * dropped: ids must be whole numbers, choices must be known values, the search is capped at 200
 * characters. Regions and languages are checked against what profiles list later, in the service.
 */
export const parseDirectoryParams = (params: URLSearchParams): DirectoryParams => {
  const remote = params.get(directoryParams.remote)
  const page = Number(params.get('page') ?? 1)
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim()
  return {
    filters: {
      countries: ids(params, directoryParams.countries),
      regions: texts(params, directoryParams.regions),
      types: oneOf(params, directoryParams.types, typeValues),
      persecutionTypes: ids(params, directoryParams.persecutionTypes),
      topics: ids(params, directoryParams.topics),
      languages: texts(params, directoryParams.languages),
      fees: oneOf(params, directoryParams.fees, feeFilters),
      isRemoteOnly: remote === '1' || remote === 'true' || remote === 'on',
    },
    q: q || undefined,
    page: Number.isInteger(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The canonical query string of a parsed state (for links that remove one selection). */
export const toDirectoryQuery = ({ filters, q, page }: DirectoryParams): URLSearchParams => {
  const params = new URLSearchParams()
  if (q) params.set('q', q)
  for (const id of filters.countries) params.append(directoryParams.countries, String(id))
  for (const region of filters.regions) params.append(directoryParams.regions, region)
  for (const type of filters.types) params.append(directoryParams.types, type)
  for (const id of filters.persecutionTypes) {
    params.append(directoryParams.persecutionTypes, String(id))
  }
  for (const id of filters.topics) params.append(directoryParams.topics, String(id))
  for (const language of filters.languages) params.append(directoryParams.languages, language)
  for (const fee of filters.fees) params.append(directoryParams.fees, fee)
  if (filters.isRemoteOnly) params.set(directoryParams.remote, '1')
  if (page > 1) params.set('page', String(page))
  return params
}

export const expertTypeLabel = (value: string) =>
  expertTypes.find((option) => option.value === value)?.label ?? value

export const feeLabel = (value: string) =>
  feeOptions.find((option) => option.value === value)?.label ?? value
