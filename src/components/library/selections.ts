import 'server-only'

import {
  isCaseNumber,
  listRemovals,
  type LibraryParams,
  type LibraryResult,
  type Removal,
} from '@/library/service'

import { filterGroups } from './links'

export type ParsedLibraryParams = LibraryParams

/** One thing the reader chose, and the query string they would have without it. */
export type Selection = {
  key: string
  label: string
  group: string
  /** The words of the link that removes it. */
  removeText: string
  withoutIt: URLSearchParams
}

const formatDay = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' })

export const describeDateRange = (from?: string, to?: string) =>
  from && to
    ? `${formatDay(from)} to ${formatDay(to)}`
    : from
      ? `from ${formatDay(from)}`
      : to
        ? `until ${formatDay(to)}`
        : ''

/** How a selection reads in the chips and the empty state. */
const describe = (
  removal: Removal,
  result: LibraryResult,
): Omit<Selection, 'key' | 'withoutIt'> => {
  if (removal.kind === 'search') {
    const label = isCaseNumber(removal.q) ? removal.q.toUpperCase() : `“${removal.q}”`
    return { label, group: 'Search', removeText: `Remove the search ${label}` }
  }
  if (removal.kind === 'filter') {
    const group = filterGroups.find((candidate) => candidate.key === removal.filter)!
    const label =
      result.facets[removal.filter].find((option) => option.id === removal.id)?.name ??
      'An option no longer offered'
    return { label, group: group.legend, removeText: `Remove ${label} (${group.legend})` }
  }
  const label = describeDateRange(removal.from, removal.to)
  return { label, group: 'Date range', removeText: `Remove the date range (${label})` }
}

/** Every active selection (search, checked options, date range), each removable on its own. */
export const listSelections = (parsed: ParsedLibraryParams, result: LibraryResult): Selection[] =>
  listRemovals(parsed).map((removal) => ({
    key: removal.key,
    withoutIt: removal.withoutIt,
    ...describe(removal, result),
  }))
