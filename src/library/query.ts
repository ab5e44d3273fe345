import type { Payload } from 'payload'

import { cacheKey, cachesFor, type CachedResult } from './cache'
import { executePrepared, rowsOf, type Executor } from './execute'
import { resolveLibraryQuery } from './resolve'
import { buildLibraryPageSql, buildLibrarySql, buildVariantTotalsSql } from './sql'
import type {
  FacetOption,
  IndexedItem,
  LibraryItem,
  LibraryQuery,
  LibraryResult,
  LibraryScope,
  ViewLog,
} from './types'

/**
 * The library's orchestration: which statement answers a question (src/library/sql.ts), the
 * result cache around it (src/library/cache.ts), and the badges decided on the answer.
 */

type FullRow = {
  version: string
  total: number
  base_total: number
  ids: number[]
  items: IndexedItem[]
  last_visit: string | null
  countries: FacetOption[]
  persecution_types: FacetOption[]
  stages: FacetOption[]
  topics: FacetOption[]
  document_types: FacetOption[]
}

type PageRow = {
  version: string
  last_visit: string | null
  is_logged: boolean
  items: IndexedItem[]
}

/**
 * SPEC §4 badges: "may be outdated" once older than its type's staff-set age, "new since your last
 * visit" when dated after the viewer's last visit.
 */
export const withBadges = (
  item: IndexedItem,
  lastVisit: string | null,
  now = Date.now(),
): LibraryItem => {
  const { sortDate, outdatedAt, ...rest } = item
  return {
    ...rest,
    isOutdated: outdatedAt !== null && Date.parse(outdatedAt) < now,
    isNew: lastVisit !== null && Date.parse(sortDate) > Date.parse(lastVisit),
  }
}

const answer = (query: LibraryQuery, result: CachedResult, items: LibraryItem[]): LibraryResult => {
  const { q, isCaseNumberSearch, page, pageSize } = resolveLibraryQuery(query)
  return {
    items,
    total: result.total,
    page,
    pageSize,
    facets: result.facets,
    caseNumberSearch: isCaseNumberSearch
      ? { caseNumber: q.toUpperCase(), isFound: result.baseTotal > 0 }
      : null,
  }
}

/**
 * The library answer. A repeat of a question already answered (same matching inputs, filters,
 * search and sort) costs one small statement: the content version, the viewer's last visit, the
 * rows of the page's items not already held, and the view's access event. When the version
 * moved, or on first sight, the full statement runs and its result is kept
 * (src/library/cache.ts). `db` is the request's transaction when it has one.
 */
export const runLibraryQuery = async (
  payload: Payload,
  query: LibraryQuery,
  { db = payload.db.drizzle, viewLog }: { db?: Executor; viewLog?: ViewLog } = {},
): Promise<LibraryResult> => {
  const { results, items } = cachesFor(payload)
  const key = cacheKey(query)
  const cached = results.get(key)
  const { page, pageSize } = resolveLibraryQuery(query)
  if (cached) {
    const offset = (page - 1) * pageSize
    const ids = Array.from(cached.ids.subarray(offset, offset + pageSize))
    const held = new Map<number, IndexedItem>()
    for (const id of ids) {
      const item = items.get(String(id))
      if (item && item.version === cached.version) held.set(id, item.item)
    }
    const result = await executePrepared(
      db,
      buildLibraryPageSql({
        ids: ids.filter((id) => !held.has(id)),
        lastVisitOf: query.lastVisitOf,
        expectedVersion: cached.version,
        logViewIf: viewLog
          ? (condition) => viewLog.insertIf({ page, total: cached.total }, condition)
          : undefined,
      }),
    )
    const row = rowsOf<PageRow>(result)[0]!
    if (row.version === cached.version) {
      for (const item of row.items) {
        held.set(item.id, item)
        items.set(String(item.id), { version: row.version, item })
      }
      const now = Date.now()
      const pageItems = ids.map((id) => withBadges(held.get(id)!, row.last_visit, now))
      if (viewLog && !row.is_logged) await viewLog.insert({ page, total: cached.total })
      return answer(query, cached, pageItems)
    }
    results.delete(key)
  }
  const result = await db.execute(buildLibrarySql(query))
  const row = rowsOf<FullRow>(result)[0]!
  const fresh: CachedResult = {
    version: row.version,
    total: row.total,
    baseTotal: row.base_total,
    ids: Int32Array.from(row.ids),
    facets: {
      countries: row.countries,
      persecutionTypes: row.persecution_types,
      documentTypes: row.document_types,
      stages: row.stages,
      topics: row.topics,
    },
  }
  results.set(key, fresh)
  for (const item of row.items) items.set(String(item.id), { version: row.version, item })
  const now = Date.now()
  if (viewLog) await viewLog.insert({ page, total: fresh.total })
  return answer(
    query,
    fresh,
    row.items.map((item) => withBadges(item, row.last_visit, now)),
  )
}

/** The totals of several variants of a question in one library (one statement, in order). */
export const runVariantTotals = async (
  payload: Payload,
  scope: LibraryScope,
  variants: Pick<LibraryQuery, 'filters' | 'q'>[],
  { db = payload.db.drizzle }: { db?: Executor } = {},
): Promise<number[]> => {
  if (variants.length === 0) return []
  const result = await db.execute(buildVariantTotalsSql(scope, variants))
  return rowsOf<{ totals: number[] }>(result)[0]!.totals
}
