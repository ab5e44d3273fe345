import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { PgDialect, type PgSession } from 'drizzle-orm/pg-core'
import type { Payload } from 'payload'

import {
  createLruCache,
  LIBRARY_CACHE_ENTRIES,
  LIBRARY_ITEM_CACHE_ENTRIES,
  type LruCache,
} from './cache'
import type { LibraryCase } from './rules'

/** Whose library: a case's (SPEC §4 matching) or the Expert Witness Resource Library. */
export type LibraryScope = { kind: 'case'; theCase: LibraryCase } | { kind: 'experts' }

export type LibraryFilters = {
  countries: number[]
  persecutionTypes: number[]
  documentTypes: number[]
  stages: number[]
  topics: number[]
  /** ISO dates (YYYY-MM-DD), inclusive, on the later of publication and update. */
  from?: string
  to?: string
}

export type LibrarySort = 'newest' | 'relevance' | 'title'

export type LibraryQuery = {
  scope: LibraryScope
  filters: LibraryFilters
  q?: string
  sort?: LibrarySort
  page?: number
  pageSize?: number
  /** Items dated after this are marked "new since your last visit". */
  lastVisitAt?: string | null
  /**
   * Or: read the last visit in the same statement, as the newest `view-library` access event of
   * this actor on this case before `before` (the index on access_events (action, actor_id,
   * case_id, created_at) answers it with one descent). Saves a round trip on every case library
   * request.
   */
  lastVisitOf?: LastVisitOf | null
}

export type LastVisitOf = { actorId: number; caseId: number; before: string }

export type FacetOption = { id: number; name: string; count: number }

export type LibraryItem = {
  id: number
  title: string
  summary: string | null
  documentType: { id: number; slug: string; name: string }
  publishedAt: string
  contentUpdatedAt: string | null
  mayBeFiledAsEvidence: boolean
  hasFile: boolean
  isOutdated: boolean
  isNew: boolean
  countries: string[]
  persecutionTypes: string[]
  reliefTypes: string[]
  stages: string[]
  topics: string[]
}

export type LibraryResult = {
  items: LibraryItem[]
  total: number
  page: number
  pageSize: number
  facets: {
    countries: FacetOption[]
    persecutionTypes: FacetOption[]
    documentTypes: FacetOption[]
    stages: FacetOption[]
    topics: FacetOption[]
  }
  /**
   * Set when the search box held a case number: searched only for that case's decision. `isFound`
   * says whether this library holds it, whatever the sidebar filters; they may still hide it.
   */
  caseNumberSearch: { caseNumber: string; isFound: boolean } | null
}

const CASE_NUMBER = /^[A-Z]{2,5}-\d{4}-\d{3,8}$/i

export const isCaseNumber = (q: string | undefined) => Boolean(q && CASE_NUMBER.test(q.trim()))

const ints = (values: number[]) => sql`${`{${values.map((v) => Math.trunc(v)).join(',')}}`}::int[]`

const and = (parts: SQL[]) => (parts.length === 0 ? sql`true` : sql.join(parts, sql` AND `))

/** SPEC §4 rules 1–3 for a case; published expert-audience items for the expert library. */
const scopeCondition = (scope: LibraryScope): SQL => {
  if (scope.kind === 'experts') return sql`li.audience = 'experts' AND li.is_published`
  const { countryId, persecutionTypeIds, reliefTypeIds } = scope.theCase
  const persecution = ints(persecutionTypeIds)
  return sql`li.audience = 'advocates' AND li.is_published
    AND (NOT li.is_country_scoped OR ${countryId ?? null}::int = ANY(li.country_ids))
    AND (cardinality(li.persecution_ids) = 0 OR li.persecution_ids && ${persecution})
    AND (cardinality(li.relief_ids) = 0 OR li.relief_ids && ${ints(reliefTypeIds)})
    AND (li.document_type_slug <> 'unpublished-decision'
         OR (li.is_decision_cleared AND li.persecution_ids && ${persecution}))`
}

type FilterKey = keyof Omit<LibraryFilters, 'from' | 'to'>

/** Each sidebar group's condition. AND across groups; inside a multi-valued group all are required. */
const filterConditions = (filters: LibraryFilters, except?: FilterKey): SQL[] => {
  const parts: SQL[] = []
  if (except !== 'countries' && filters.countries.length > 0) {
    // The Country filter returns only the country-scoped types (country conditions, declarations).
    parts.push(sql`li.is_country_scoped AND li.country_ids @> ${ints(filters.countries)}`)
  }
  if (except !== 'persecutionTypes' && filters.persecutionTypes.length > 0) {
    parts.push(sql`li.persecution_ids @> ${ints(filters.persecutionTypes)}`)
  }
  if (except !== 'documentTypes' && filters.documentTypes.length > 0) {
    // One type per resource, so several checked types mean any of them.
    parts.push(sql`li.document_type_id = ANY(${ints(filters.documentTypes)})`)
  }
  if (except !== 'stages' && filters.stages.length > 0) {
    parts.push(sql`li.stage_ids @> ${ints(filters.stages)}`)
  }
  if (except !== 'topics' && filters.topics.length > 0) {
    parts.push(sql`li.topic_ids @> ${ints(filters.topics)}`)
  }
  if (filters.from) parts.push(sql`li.sort_date >= ${filters.from}::date`)
  if (filters.to) parts.push(sql`li.sort_date < (${filters.to}::date + 1)`)
  return parts
}

const names = (table: string, column: string) =>
  sql`(SELECT coalesce(json_agg(v.name ORDER BY v.name), '[]'::json) FROM ${sql.raw(table)} v WHERE v.id = ANY(p.${sql.raw(column)}))`

/** Page, size, sort and search kind as the statement reads them, whatever the caller passed. */
export const resolveLibraryQuery = (query: LibraryQuery) => {
  const q = query.q?.trim() ?? ''
  const isCaseNumberSearch = isCaseNumber(q)
  const isTextSearch = q.length > 0 && !isCaseNumberSearch
  const sort: LibrarySort =
    query.sort === 'relevance' && !isTextSearch
      ? 'newest'
      : (query.sort ?? (isTextSearch ? 'relevance' : 'newest'))
  return {
    q,
    isCaseNumberSearch,
    isTextSearch,
    sort,
    pageSize: Math.min(Math.max(query.pageSize ?? 20, 1), 100),
    page: Math.min(Math.max(query.page ?? 1, 1), 10_000),
  }
}

/**
 * What a cached result was computed from, besides the query: the index version the indexer bumps
 * with every change, and each vocabulary's size and last edit (the facets carry their names).
 * A few dozen rows read, well under a millisecond.
 */
const contentVersion = sql`concat_ws(';',
  (SELECT version::text FROM library_index_version WHERE id = 1),
  (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM countries),
  (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM persecution_types),
  (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM relief_types),
  (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM procedural_stages),
  (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM topics),
  (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM document_types))`

/** The last visit as a timestamptz expression (NULL when none): given, or read in the statement. */
const lastVisitSql = ({
  lastVisitAt,
  lastVisitOf,
}: Pick<LibraryQuery, 'lastVisitAt' | 'lastVisitOf'>) =>
  lastVisitOf
    ? sql`(SELECT ae.created_at FROM access_events ae
           WHERE ae.action = 'view-library' AND ae.actor_id = ${lastVisitOf.actorId}::int
             AND ae.case_id = ${lastVisitOf.caseId}::int AND ae.created_at < ${lastVisitOf.before}::timestamptz
           ORDER BY ae.created_at DESC LIMIT 1)`
    : sql`${lastVisitAt ?? null}::timestamptz`

/**
 * The page's items as JSON, from `page p` (library_index rows) in `order`. The two badges that
 * depend on the viewer or the clock are left to `withBadges`: each row carries the dates they
 * are decided on, so a row can be cached for every viewer (see `runLibraryQuery`).
 */
const itemsJson = (order: SQL) => sql`(
  SELECT coalesce(json_agg(json_build_object(
      'id', p.resource_id,
      'title', p.title,
      'summary', p.summary,
      'documentType', json_build_object('id', dt.id, 'slug', dt.slug, 'name', dt.name),
      'publishedAt', p.published_at,
      'contentUpdatedAt', p.content_updated_at,
      'mayBeFiledAsEvidence', p.may_be_filed_as_evidence,
      'hasFile', p.has_file,
      'sortDate', p.sort_date,
      'outdatedAt', p.sort_date + make_interval(months => dt.outdated_after_months::int),
      'countries', ${names('countries', 'country_ids')},
      'persecutionTypes', ${names('persecution_types', 'persecution_ids')},
      'reliefTypes', ${names('relief_types', 'relief_ids')},
      'stages', ${names('procedural_stages', 'stage_ids')},
      'topics', ${names('topics', 'topic_ids')}
    ) ORDER BY ${order}), '[]'::json)
  FROM page p JOIN document_types dt ON dt.id = p.document_type_id)`

/** An item as the statement returns it: the badges' dates instead of the badges. */
type IndexedItem = Omit<LibraryItem, 'isOutdated' | 'isNew'> & {
  sortDate: string
  /** When the item turns "may be outdated" (its type's age limit after its date), or null. */
  outdatedAt: string | null
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

/** A tag facet: every option with its count among `tag_counts` of dimension `dim`. */
const facet = (table: string, dim: number, order: string, extra: SQL = sql`true`) => sql`(
  SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'count', coalesce(c.n, 0))
                           ORDER BY ${sql.raw(order)}), '[]'::json)
  FROM ${sql.raw(table)} v
  LEFT JOIN tag_counts c ON c.dim = ${sql.raw(String(dim))} AND c.id = v.id
  WHERE ${extra})`

/**
 * The whole library answer in ONE statement: matching, filters, full-text or case-number search,
 * the page of items with their tag names and badges, the total, every facet's counts given the
 * other selections, and every result's id in order (what src/library/cache.ts keeps, so later
 * pages and visits need only `buildLibraryPageSql`). Postgres evaluates `base` once and reuses it.
 */
export const buildLibrarySql = (query: LibraryQuery): SQL => {
  const { scope, filters } = query
  const { q, isCaseNumberSearch, isTextSearch, sort, pageSize, page } = resolveLibraryQuery(query)
  const search = isCaseNumberSearch
    ? sql`li.source_case_number = ${q.toUpperCase()}`
    : isTextSearch
      ? sql`li.search @@ websearch_to_tsquery('english', ${q})`
      : sql`true`
  // Ranked on the small inline title + summary vector: the full one is toasted, and reading it
  // back for every match cost most of a keyword search. Body and PDF words still decide matches.
  const rank = isTextSearch
    ? sql`ts_rank_cd(li.rank_search, websearch_to_tsquery('english', ${q}))`
    : sql`0::real`
  const order =
    sort === 'title'
      ? sql.raw('lower(p.title), p.resource_id')
      : sort === 'relevance'
        ? sql.raw('p.rank DESC, p.sort_date DESC, p.resource_id DESC')
        : sql.raw('p.sort_date DESC, p.resource_id DESC')
  const selectedCountries = ints(filters.countries)
  const caseCountry = scope.kind === 'case' ? (scope.theCase.countryId ?? null) : null
  const conditions = filterConditions(filters)
  // Without sidebar filters the filtered set is the base set: no second copy of it.
  const filtered = sql.raw(conditions.length > 0 ? 'filtered' : 'base')

  // The materialized CTEs carry only what matching, filters, facets and ordering read: the page's
  // display columns are fetched for its rows alone. `li.*` would copy every matching row's
  // summary and tsvector (about 3 kB a row), a third of the statement's time.
  return sql`
    WITH base AS MATERIALIZED (
      SELECT li.resource_id, li.document_type_id, li.is_country_scoped, li.country_ids,
             li.persecution_ids, li.stage_ids, li.topic_ids, li.sort_date, li.title,
             ${rank} AS rank
      FROM library_index li
      WHERE ${scopeCondition(scope)} AND ${search}
    ),
    ${conditions.length > 0 ? sql`filtered AS MATERIALIZED (SELECT li.* FROM base li WHERE ${and(conditions)}),` : sql``}
    -- Every tag facet's counts in one pass over the results (dimension 1 countries, counted on
    -- country-scoped items only, 2 persecution types, 3 stages, 4 topics).
    tag_counts AS MATERIALIZED (
      SELECT t.dim, t.id, count(*)::int AS n
      FROM (
        SELECT 1 AS dim, unnest(f.country_ids) AS id FROM ${filtered} f WHERE f.is_country_scoped
        UNION ALL SELECT 2, unnest(f.persecution_ids) FROM ${filtered} f
        UNION ALL SELECT 3, unnest(f.stage_ids) FROM ${filtered} f
        UNION ALL SELECT 4, unnest(f.topic_ids) FROM ${filtered} f
      ) t
      GROUP BY 1, 2
    ),
    page AS (
      SELECT li.*, p.rank
      FROM (
        SELECT p.resource_id, p.rank FROM ${filtered} p
        ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
      ) p
      JOIN library_index li ON li.resource_id = p.resource_id
    )
    SELECT
      ${contentVersion} AS version,
      (SELECT count(*) FROM ${filtered})::int AS total,
      (SELECT count(*) FROM base)::int AS base_total,
      (SELECT coalesce(array_agg(p.resource_id ORDER BY ${order}), '{}') FROM ${filtered} p) AS ids,
      ${itemsJson(order)} AS items,
      to_json(${lastVisitSql(query)}) AS last_visit,
      ${facet('countries', 1, 'v.name', sql`(c.n > 0 OR v.id = ANY(${selectedCountries}) OR v.id = ${caseCountry}::int)`)} AS countries,
      ${facet('persecution_types', 2, 'v.name')} AS persecution_types,
      ${facet('procedural_stages', 3, 'v."order", v.name')} AS stages,
      ${facet('topics', 4, 'v.name', scope.kind === 'experts' ? sql`v.audience IN ('experts', 'both')` : sql`v.audience IN ('advocates', 'both')`)} AS topics,
      (SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'count', coalesce(c.n, 0)) ORDER BY v.name), '[]'::json)
       FROM document_types v
       LEFT JOIN (SELECT li.document_type_id AS id, count(*) AS n FROM base li
                  WHERE ${and(filterConditions(filters, 'documentTypes'))} GROUP BY 1) c ON c.id = v.id) AS document_types`
}

/**
 * A repeated question's round trip: the content version (is the cached answer still current?),
 * the viewer's last visit, the rows for `ids` (the page's items not cached yet, in that order)
 * and, when given, the view's access event, written only if the version is `expectedVersion`
 * (otherwise the caller runs the full statement and logs the view after it).
 */
export const buildLibraryPageSql = ({
  ids,
  lastVisitAt,
  lastVisitOf,
  expectedVersion,
  logViewIf,
}: {
  ids: number[]
  lastVisitAt?: string | null
  lastVisitOf?: LastVisitOf | null
  expectedVersion?: string
  /** An INSERT … SELECT that runs only under the condition it is given. */
  logViewIf?: (condition: SQL) => SQL
}): SQL => sql`
  WITH current_version AS MATERIALIZED (SELECT ${contentVersion} AS version),
  ${logViewIf ? sql`logged AS (${logViewIf(sql`(SELECT version FROM current_version) = ${expectedVersion ?? null}`)} RETURNING 1),` : sql``}
  page AS (
    SELECT li.*, o.n
    FROM unnest(${ints(ids)}) WITH ORDINALITY AS o(id, n)
    JOIN library_index li ON li.resource_id = o.id
  )
  SELECT (SELECT version FROM current_version) AS version,
         to_json(${lastVisitSql({ lastVisitAt, lastVisitOf })}) AS last_visit,
         ${logViewIf ? sql`EXISTS (SELECT 1 FROM logged)` : sql`false`} AS is_logged,
         -- Planning the rows' subqueries costs more than running them: skipped when none is needed.
         ${ids.length > 0 ? itemsJson(sql.raw('p.n')) : sql`'[]'::json`} AS items`

type FullRow = {
  version: string
  total: number
  /** Matches before the sidebar filters: whether a searched case's decision is in the library. */
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

/** Everything of a result but its page of items: what the cache keeps. */
type CachedResult = {
  version: string
  total: number
  baseTotal: number
  ids: Int32Array
  facets: LibraryResult['facets']
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows

/**
 * The cache key: everything a result depends on besides the index contents. A case enters only
 * through its matching inputs (country, persecution and relief types), so cases that answered the
 * intake alike share entries; page, viewer and last visit are not part of it.
 */
const cacheKey = (query: LibraryQuery) => {
  const { q, sort } = resolveLibraryQuery(query)
  const sorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b)
  const { filters, scope } = query
  return JSON.stringify([
    scope.kind === 'case'
      ? [
          scope.theCase.countryId ?? null,
          sorted(scope.theCase.persecutionTypeIds),
          sorted(scope.theCase.reliefTypeIds),
        ]
      : 'experts',
    sorted(filters.countries),
    sorted(filters.persecutionTypes),
    sorted(filters.documentTypes),
    sorted(filters.stages),
    sorted(filters.topics),
    filters.from ?? null,
    filters.to ?? null,
    q,
    sort,
  ])
}

type Caches = {
  results: LruCache<CachedResult>
  /** Items as the statement returned them, by resource id, with the version they were read at. */
  items: LruCache<{ version: string; item: IndexedItem }>
}

/** Per database (tests may open several in one process). */
const caches = new WeakMap<object, Caches>()

const cachesFor = (payload: Payload): Caches => {
  const owner = payload.db as object
  let held = caches.get(owner)
  if (!held) {
    held = {
      results: createLruCache<CachedResult>(LIBRARY_CACHE_ENTRIES),
      items: createLruCache(LIBRARY_ITEM_CACHE_ENTRIES),
    }
    caches.set(owner, held)
  }
  return held
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

/** What a view's access event records of the answer. */
export type ViewAnswer = { page: number; total: number }

/**
 * How a caller logs the view it serves: in the same round trip as a cached answer's page
 * (`insertIf`: an INSERT … SELECT run only under the condition it is given), or after the full
 * statement (`insert`).
 */
export type ViewLog = {
  insertIf: (answer: ViewAnswer, condition: SQL) => SQL
  insert: (answer: ViewAnswer) => Promise<void>
}

/** A drizzle database or transaction: `db.execute`, and the session it runs statements on. */
type Executor = {
  execute: (query: SQL) => Promise<unknown>
  _?: { session?: Pick<PgSession, 'prepareQuery'> }
}

const dialect = new PgDialect()

/** Statement text → its prepared statement's name. A handful of shapes; bounded all the same. */
const preparedNames = new Map<string, string>()
const MAX_PREPARED_SHAPES = 64

/**
 * Runs a statement whose text depends only on its shape (every value a parameter) as a named
 * prepared statement: each pooled connection parses it once, and Postgres may then reuse its plan,
 * where planning cost more than running it (about 0.5 ms of the repeated question's 0.8 ms). The
 * name is derived from the text, so two texts never share one. Anything unusual falls back to an
 * ordinary statement.
 */
const executePrepared = async (db: Executor, query: SQL): Promise<unknown> => {
  const session = db._?.session
  if (!session?.prepareQuery) return db.execute(query)
  const built = dialect.sqlToQuery(query)
  let name = preparedNames.get(built.sql)
  if (!name) {
    if (preparedNames.size >= MAX_PREPARED_SHAPES) return db.execute(query)
    name = `ta_library_${createHash('sha1').update(built.sql).digest('hex').slice(0, 16)}`
    preparedNames.set(built.sql, name)
  }
  return session.prepareQuery(built, undefined, name, false).execute()
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
        lastVisitAt: query.lastVisitAt,
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
