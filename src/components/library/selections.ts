import 'server-only'

import type { Payload } from 'payload'

import { parseLibraryParams } from '@/library/params'
import {
  isCaseNumber,
  runLibraryQuery,
  type LibraryResult,
  type LibraryScope,
} from '@/library/query'

import { filterGroups } from './links'

export type ParsedLibraryParams = ReturnType<typeof parseLibraryParams>

/** The query string for a parsed state: one value per checked option, nothing empty. */
export const toParams = (parsed: ParsedLibraryParams): URLSearchParams => {
  const params = new URLSearchParams()
  if (parsed.q) params.set('q', parsed.q)
  for (const group of filterGroups) {
    for (const id of parsed.filters[group.key]) params.append(group.param, String(id))
  }
  if (parsed.filters.from) params.set('from', parsed.filters.from)
  if (parsed.filters.to) params.set('to', parsed.filters.to)
  if (parsed.sort) params.set('sort', parsed.sort)
  return params
}

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

/** Every active selection (search, checked options, date range), each removable on its own. */
export const listSelections = (parsed: ParsedLibraryParams, result: LibraryResult): Selection[] => {
  const selections: Selection[] = []
  if (parsed.q) {
    const label = isCaseNumber(parsed.q) ? parsed.q.toUpperCase() : `“${parsed.q}”`
    selections.push({
      key: 'q',
      label,
      group: 'Search',
      removeText: `Remove the search ${label}`,
      withoutIt: toParams({ ...parsed, q: undefined, sort: undefined }),
    })
  }
  for (const group of filterGroups) {
    for (const id of parsed.filters[group.key]) {
      const label =
        result.facets[group.key].find((option) => option.id === id)?.name ??
        'An option no longer offered'
      selections.push({
        key: `${group.param}-${id}`,
        label,
        group: group.legend,
        removeText: `Remove ${label} (${group.legend})`,
        withoutIt: toParams({
          ...parsed,
          filters: {
            ...parsed.filters,
            [group.key]: parsed.filters[group.key].filter((other) => other !== id),
          },
        }),
      })
    }
  }
  if (parsed.filters.from || parsed.filters.to) {
    const label = describeDateRange(parsed.filters.from, parsed.filters.to)
    selections.push({
      key: 'dates',
      label,
      group: 'Date range',
      removeText: `Remove the date range (${label})`,
      withoutIt: toParams({
        ...parsed,
        filters: { ...parsed.filters, from: undefined, to: undefined },
      }),
    })
  }
  return selections
}

export type DropHint = Selection & { total: number }

/**
 * For an empty result: how many results dropping each selection alone would give. Runs the engine
 * once per selection (a handful of indexed queries); the view itself was already checked and logged.
 */
export const dropHints = async ({
  payload,
  scope,
  selections,
}: {
  payload: Payload
  scope: LibraryScope
  selections: Selection[]
}): Promise<DropHint[]> =>
  Promise.all(
    selections.slice(0, 10).map(async (selection) => {
      const parsed = parseLibraryParams(selection.withoutIt)
      const { total } = await runLibraryQuery(payload, { scope, ...parsed, pageSize: 1 })
      return { ...selection, total }
    }),
  )
