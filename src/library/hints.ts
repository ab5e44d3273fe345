import type { Payload } from 'payload'

import { removableSelections } from '@/collections/Cases/caseNumberSearch'

import type { Executor } from './execute'
import { filterKeys, filterParams, toLibraryParams } from './params'
import { runVariantTotals } from './query'
import type { FilterKey, LibraryParams, LibraryResult, LibraryScope } from './types'

/** One thing the reader chose: the search, one checked option, or the date range. */
export type Removal = (
  | { kind: 'search'; q: string }
  | { kind: 'filter'; filter: FilterKey; id: number }
  | { kind: 'dates'; from?: string; to?: string }
) & {
  key: string
  /** The question without it, and its query string (back on the first page). */
  without: LibraryParams
  withoutIt: URLSearchParams
}

const removal = <T extends Omit<Removal, 'without' | 'withoutIt'>>(
  selection: T,
  without: LibraryParams,
) => ({ ...selection, without, withoutIt: toLibraryParams(without) })

/** Every active selection (search, checked options, date range), each removable on its own. */
export const listRemovals = (parsed: LibraryParams): Removal[] => {
  const removals: Removal[] = []
  const base = { ...parsed, page: 1 }
  if (parsed.q) {
    // Without the search, relevance means nothing: the sort goes with it.
    removals.push(
      removal(
        { kind: 'search', key: 'q', q: parsed.q },
        { ...base, q: undefined, sort: undefined },
      ),
    )
  }
  for (const filter of filterKeys) {
    for (const id of parsed.filters[filter]) {
      removals.push(
        removal(
          { kind: 'filter', key: `${filterParams[filter]}-${id}`, filter, id },
          {
            ...base,
            filters: {
              ...parsed.filters,
              [filter]: parsed.filters[filter].filter((other) => other !== id),
            },
          },
        ),
      )
    }
  }
  if (parsed.filters.from || parsed.filters.to) {
    const { from, to } = parsed.filters
    removals.push(
      removal(
        { kind: 'dates', key: 'dates', from, to },
        { ...base, filters: { ...parsed.filters, from: undefined, to: undefined } },
      ),
    )
  }
  return removals
}

/** How many results removing one selection alone would give (`key` as in `listRemovals`). */
export type EmptyResultHint = { key: string; total: number }

/** Hints are given for this many selections at most, the first ones listed. */
const MAX_HINTS = 10

/**
 * For an empty result: the total each removable selection's removal would give, all in one
 * statement. A case number that is not in the library gets no hint at all (none may say why);
 * one that is there but hidden by the filters gets hints for the filters only.
 */
export const emptyResultHints = async ({
  payload,
  db,
  scope,
  parsed,
  result,
}: {
  payload: Payload
  db?: Executor
  scope: LibraryScope
  parsed: LibraryParams
  result: LibraryResult
}): Promise<EmptyResultHint[]> => {
  if (result.total > 0) return []
  const caseSearch = result.caseNumberSearch
  const removable = removableSelections({
    search: caseSearch,
    selections: listRemovals(parsed),
  }).slice(0, MAX_HINTS)
  const totals = await runVariantTotals(
    payload,
    scope,
    removable.map((candidate) => candidate.without),
    { db },
  )
  return removable.map((candidate, index) => ({ key: candidate.key, total: totals[index]! }))
}
