import { filterParams, type FilterKey } from '@/library/service'

/** What Next hands a page as `searchParams`. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>

/** The page's query string, without the empty values a submitted GET form leaves behind. */
export const toSearchParams = (record: SearchParamsRecord): URLSearchParams => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string' && item.trim() !== '') params.append(name, item)
    }
  }
  return params
}

export const hrefOf = (basePath: string, params: URLSearchParams) => {
  const query = params.toString()
  return query ? `${basePath}?${query}` : basePath
}

/** A copy of `params` without `name` (or only without its `value`), back on the first page. */
export const without = (params: URLSearchParams, name: string, value?: string) => {
  const next = new URLSearchParams()
  for (const [key, item] of params) {
    if (key === 'page') continue
    if (key === name && (value === undefined || item === value)) continue
    next.append(key, item)
  }
  return next
}

export const withPage = (params: URLSearchParams, page: number) => {
  const next = new URLSearchParams(params)
  next.delete('page')
  if (page > 1) next.set('page', String(page))
  return next
}

export type FilterGroup = {
  key: FilterKey
  param: string
  legend: string
  hint?: string
}

/** The sidebar groups in the order the FAQ names them. */
export const filterGroups: FilterGroup[] = [
  {
    key: 'countries',
    param: filterParams.countries,
    legend: 'Country of Origin',
    hint: 'Shows only country conditions and expert declarations.',
  },
  { key: 'persecutionTypes', param: filterParams.persecutionTypes, legend: 'Type of Persecution' },
  {
    key: 'documentTypes',
    param: filterParams.documentTypes,
    legend: 'Type of Document',
    hint: 'Any checked type matches.',
  },
  { key: 'stages', param: filterParams.stages, legend: 'Procedural Stage' },
  { key: 'topics', param: filterParams.topics, legend: 'Other Topics' },
]
