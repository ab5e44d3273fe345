import type { Payload } from 'payload'

import { isAdvocateOrStaff } from '@/access/isAdvocateOrStaff'
import { testimonyKinds } from '@/collections/Experts/options'
import type { Expert, User } from '@/payload-types'

import {
  buildUniverse,
  groupDefinitions,
  groupKeys,
  matchDirectory,
  type Facet,
  type GroupKey,
  type Universe,
  validateFilters,
} from './facets'
import { loadListed } from './listed'
import {
  expertTypeLabel,
  feeLabel,
  parseDirectoryParams,
  toDirectoryQuery,
  type DirectoryFilters,
  type DirectoryParams,
} from './params'

export const DIRECTORY_PAGE_SIZE = 20

/** What a result shows: public fields only, names instead of ids. */
export type DirectoryItem = {
  id: number
  name: string
  types: string[]
  countries: string[]
  regions: string[]
  languages: string[]
  fees: string | null
  feeNotes: string | null
  location: string | null
  isRemoteAvailable: boolean
  testimonyKinds: string[]
}

/** One thing the reader chose, the query string without it, and how many results that gives. */
export type DirectorySelection = {
  key: string
  group: string
  label: string
  without: URLSearchParams
  totalWithout: number
}

export type DirectoryResult = {
  items: DirectoryItem[]
  total: number
  /** Every listed profile, before search and filters. */
  listedTotal: number
  page: number
  pageSize: number
  facets: Facet[]
  /** The params after validation: what the results really apply. */
  applied: DirectoryParams
  selections: DirectorySelection[]
}

/** The public fields a result shows. Staff notes, review log and message, CV: never selected. */
const resultSelect = {
  displayName: true,
  expertTypes: true,
  countries: true,
  regions: true,
  languages: true,
  fees: true,
  feeNotes: true,
  location: true,
  isRemoteAvailable: true,
  testimonyKinds: true,
} as const

const testimonyLabel = (value: string) =>
  testimonyKinds.find((option) => option.value === value)?.label ?? value

const ids = (values: Expert['countries']) =>
  (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

const toItem = (doc: Partial<Expert> & { id: number }, universe: Universe): DirectoryItem => ({
  id: doc.id,
  name: doc.displayName ?? '',
  types: (doc.expertTypes ?? []).map(expertTypeLabel),
  countries: ids(doc.countries)
    .map((id) => universe.countries.get(id)?.name)
    .filter((name): name is string => Boolean(name)),
  regions: doc.regions ?? [],
  languages: doc.languages ?? [],
  fees: doc.fees ? feeLabel(doc.fees) : null,
  feeNotes: doc.feeNotes ?? null,
  location: doc.location ?? null,
  isRemoteAvailable: Boolean(doc.isRemoteAvailable),
  testimonyKinds: (doc.testimonyKinds ?? []).map(testimonyLabel),
})

const emptyParams = (): DirectoryParams => parseDirectoryParams(new URLSearchParams())

const emptyResult = (): DirectoryResult => ({
  items: [],
  total: 0,
  listedTotal: 0,
  page: 1,
  pageSize: DIRECTORY_PAGE_SIZE,
  facets: [],
  applied: emptyParams(),
  selections: [],
})

/** Every applied selection, each removable alone, with the result count without it. */
const listSelections = ({
  applied,
  facets,
  totalWithout,
}: {
  applied: DirectoryParams
  facets: Facet[]
  totalWithout: (group: GroupKey | 'q', value?: string) => number
}): DirectorySelection[] => {
  const selections: DirectorySelection[] = []
  const base = { ...applied, page: 1 }
  if (applied.q) {
    selections.push({
      key: 'q',
      group: 'Search',
      label: `“${applied.q}”`,
      without: toDirectoryQuery({ ...base, q: undefined }),
      totalWithout: totalWithout('q'),
    })
  }
  const filterValues = (filters: DirectoryFilters, group: GroupKey): string[] => {
    if (group === 'remote') return filters.isRemoteOnly ? ['1'] : []
    return (filters[group] as (string | number)[]).map(String)
  }
  for (const group of groupKeys) {
    const facet = facets.find((candidate) => candidate.key === group)
    for (const value of filterValues(applied.filters, group)) {
      const option = facet?.options.find(
        (candidate) => candidate.isChecked && candidate.value.toLowerCase() === value,
      )
      const filters: DirectoryFilters =
        group === 'remote'
          ? { ...applied.filters, isRemoteOnly: false }
          : {
              ...applied.filters,
              [group]: (applied.filters[group] as (string | number)[]).filter(
                (other) => String(other) !== value,
              ),
            }
      selections.push({
        key: `${group}:${value}`,
        group: groupDefinitions[group].legend,
        label: option?.label ?? value,
        without: toDirectoryQuery({ ...base, filters }),
        totalWithout: totalWithout(group, value),
      })
    }
  }
  return selections
}

/**
 * The Expert Witness Database for one viewer, in two queries: one SQL statement loads what every
 * listed profile is filtered and counted on (search included), then the page's profiles are read
 * AS THE VIEWER through the Local API with only their public fields.
 *
 * Why not load every profile through the Local API: non-staff reads are capped at 100 documents
 * (harden-config), so a directory of a thousand profiles would take ten queries per page view.
 * The statement reads listed (published) profiles only, which is what advocates may read; the
 * displayed profiles still pass the collection's access rules.
 */
export const searchExperts = async ({
  payload,
  user,
  params,
}: {
  payload: Payload
  user: User | null | undefined
  params: URLSearchParams
}): Promise<DirectoryResult> => {
  // Attorneys and advocates use the directory; staff check what they see. Experts and guests not.
  if (!user || !isAdvocateOrStaff({ req: { user } })) return emptyResult()

  const parsed = parseDirectoryParams(params)
  const data = await loadListed(payload, {
    q: parsed.q,
    countryIds: parsed.filters.countries,
    topicIds: parsed.filters.topics,
    persecutionIds: parsed.filters.persecutionTypes,
  })
  const universe = buildUniverse(data)
  const filters = validateFilters(parsed.filters, universe)
  const { results, facets, totalWithout } = matchDirectory({
    data,
    universe,
    filters,
    isSearch: Boolean(parsed.q),
  })
  const applied: DirectoryParams = { ...parsed, filters }

  const pageIds = results
    .slice((parsed.page - 1) * DIRECTORY_PAGE_SIZE, parsed.page * DIRECTORY_PAGE_SIZE)
    .map((profile) => profile.id)
  const docs =
    pageIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'experts',
            where: { and: [{ id: { in: pageIds } }, { _status: { equals: 'published' } }] },
            select: resultSelect,
            depth: 0,
            draft: false,
            limit: pageIds.length,
            pagination: false,
            user,
            overrideAccess: false,
          })
        ).docs
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const items = pageIds
    .map((id) => byId.get(id))
    .filter((doc) => doc !== undefined)
    .map((doc) => toItem(doc, universe))

  return {
    items,
    total: results.length,
    listedTotal: data.profiles.length,
    page: parsed.page,
    pageSize: DIRECTORY_PAGE_SIZE,
    facets,
    applied,
    selections: listSelections({ applied, facets, totalWithout }),
  }
}
