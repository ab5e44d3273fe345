import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'

import { resolveLibraryQuery } from './resolve'
import {
  indexColumnsAs,
  LIBRARY_INDEX,
  LIBRARY_INDEX_VERSION,
  payloadTables,
  tagDimensions,
  vocabularyTables,
  type TagDimension,
} from './tables'
import type { FilterKey, LastVisitOf, LibraryFilters, LibraryQuery, LibraryScope } from './types'

/**
 * The engine's statements, built and never run here (src/library/query.ts runs them). Every value
 * is a parameter: a statement's text depends only on its shape.
 */

const li = indexColumnsAs('li')
const p = indexColumnsAs('p')
const f = indexColumnsAs('f')

const ints = (values: number[]) => sql`${`{${values.map((v) => Math.trunc(v)).join(',')}}`}::int[]`

const and = (parts: SQL[]) => (parts.length === 0 ? sql`true` : sql.join(parts, sql` AND `))

/** SPEC §4 rules 1–3 for a case; published expert-audience items for the expert library. */
export const scopeCondition = (scope: LibraryScope): SQL => {
  if (scope.kind === 'experts') return sql`${li.audience} = 'experts' AND ${li.isPublished}`
  const { countryId, persecutionTypeIds, reliefTypeIds } = scope.theCase
  const persecution = ints(persecutionTypeIds)
  return sql`${li.audience} = 'advocates' AND ${li.isPublished}
    AND (NOT ${li.isCountryScoped} OR ${countryId ?? null}::int = ANY(${li.countryIds}))
    AND (cardinality(${li.persecutionIds}) = 0 OR ${li.persecutionIds} && ${persecution})
    AND (cardinality(${li.reliefIds}) = 0 OR ${li.reliefIds} && ${ints(reliefTypeIds)})
    AND (${li.documentTypeSlug} <> 'unpublished-decision'
         OR (${li.isDecisionCleared} AND ${li.persecutionIds} && ${persecution}))`
}

/** Each sidebar group's condition. AND across groups; inside a multi-valued group all are required. */
export const filterConditions = (filters: LibraryFilters, except?: FilterKey): SQL[] => {
  const parts: SQL[] = []
  if (except !== 'countries' && filters.countries.length > 0) {
    // The Country filter returns only the country-scoped types (country conditions, declarations).
    parts.push(sql`${li.isCountryScoped} AND ${li.countryIds} @> ${ints(filters.countries)}`)
  }
  if (except !== 'persecutionTypes' && filters.persecutionTypes.length > 0) {
    parts.push(sql`${li.persecutionIds} @> ${ints(filters.persecutionTypes)}`)
  }
  if (except !== 'documentTypes' && filters.documentTypes.length > 0) {
    // One type per resource, so several checked types mean any of them.
    parts.push(sql`${li.documentTypeId} = ANY(${ints(filters.documentTypes)})`)
  }
  if (except !== 'stages' && filters.stages.length > 0) {
    parts.push(sql`${li.stageIds} @> ${ints(filters.stages)}`)
  }
  if (except !== 'topics' && filters.topics.length > 0) {
    parts.push(sql`${li.topicIds} @> ${ints(filters.topics)}`)
  }
  if (filters.from) parts.push(sql`${li.sortDate} >= ${filters.from}::date`)
  if (filters.to) parts.push(sql`${li.sortDate} < (${filters.to}::date + 1)`)
  return parts
}

/** The search box's condition: a case number's decision, words, or nothing. */
const searchCondition = (query: Pick<LibraryQuery, 'q'>): SQL => {
  const { q, isCaseNumberSearch, isTextSearch } = resolveLibraryQuery(query)
  return isCaseNumberSearch
    ? sql`${li.sourceCaseNumber} = ${q.toUpperCase()}`
    : isTextSearch
      ? sql`${li.search} @@ websearch_to_tsquery('english', ${q})`
      : sql`true`
}

const names = ({ vocabulary, column }: TagDimension) =>
  sql`(SELECT coalesce(json_agg(v.name ORDER BY v.name), '[]'::json) FROM ${sql.raw(vocabulary)} v WHERE v.id = ANY(${p[column]}))`

/**
 * What a cached result was computed from, besides the query: the index version the indexer bumps
 * with every change, and each vocabulary's size and last edit (the facets carry their names).
 * A few dozen rows read, well under a millisecond.
 */
const contentVersion = sql`concat_ws(';',
  (SELECT version::text FROM ${LIBRARY_INDEX_VERSION} WHERE id = 1),
  ${sql.join(
    vocabularyTables.map(
      (table) =>
        sql`(SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM ${sql.raw(table)})`,
    ),
    sql`,\n  `,
  )})`

/** The last visit as a timestamptz expression (NULL when none), read in the statement. */
const lastVisitSql = (lastVisitOf: LastVisitOf | null | undefined) =>
  lastVisitOf
    ? sql`(SELECT ae.created_at FROM ${payloadTables.accessEvents} ae
           WHERE ae.action = 'view-library' AND ae.actor_id = ${lastVisitOf.actorId}::int
             AND ae.case_id = ${lastVisitOf.caseId}::int AND ae.created_at < ${lastVisitOf.before}::timestamptz
           ORDER BY ae.created_at DESC LIMIT 1)`
    : sql`${null}::timestamptz`

/**
 * The page's items as JSON, from `page p` (library_index rows) in `order`. The two badges that
 * depend on the viewer or the clock are left to `withBadges`: each row carries the dates they
 * are decided on, so a row can be cached for every viewer (see `runLibraryQuery`).
 */
const itemsJson = (order: SQL) => sql`(
  SELECT coalesce(json_agg(json_build_object(
      'id', ${p.resourceId},
      'title', ${p.title},
      'summary', ${p.summary},
      'documentType', json_build_object('id', dt.id, 'slug', dt.slug, 'name', dt.name),
      'publishedAt', ${p.publishedAt},
      'contentUpdatedAt', ${p.contentUpdatedAt},
      'mayBeFiledAsEvidence', ${p.mayBeFiledAsEvidence},
      'hasFile', ${p.hasFile},
      'sortDate', ${p.sortDate},
      'outdatedAt', ${p.sortDate} + make_interval(months => dt.outdated_after_months::int),
      'countries', ${names(tagDimensions.countries)},
      'persecutionTypes', ${names(tagDimensions.persecutionTypes)},
      'reliefTypes', ${names(tagDimensions.reliefTypes)},
      'stages', ${names(tagDimensions.stages)},
      'topics', ${names(tagDimensions.topics)}
    ) ORDER BY ${order}), '[]'::json)
  FROM page p JOIN ${payloadTables.documentTypes} dt ON dt.id = ${p.documentTypeId})`

/** A tag facet: every option with its count among `tag_counts` of dimension `dim`. */
const facet = (dimension: TagDimension, dim: number, order: string, extra: SQL = sql`true`) => sql`(
  SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'count', coalesce(c.n, 0))
                           ORDER BY ${sql.raw(order)}), '[]'::json)
  FROM ${sql.raw(dimension.vocabulary)} v
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
  const { q, isTextSearch, sort, pageSize, page } = resolveLibraryQuery(query)
  // Ranked on the small inline title + summary vector: the full one is toasted, and reading it
  // back for every match cost most of a keyword search. Body and PDF words still decide matches.
  const rank = isTextSearch
    ? sql`ts_rank_cd(${li.rankSearch}, websearch_to_tsquery('english', ${q}))`
    : sql`0::real`
  const order =
    sort === 'title'
      ? sql`lower(${p.title}), ${p.resourceId}`
      : sort === 'relevance'
        ? sql`p.rank DESC, ${p.sortDate} DESC, ${p.resourceId} DESC`
        : sql`${p.sortDate} DESC, ${p.resourceId} DESC`
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
      SELECT ${li.resourceId}, ${li.documentTypeId}, ${li.isCountryScoped}, ${li.countryIds},
             ${li.persecutionIds}, ${li.stageIds}, ${li.topicIds}, ${li.sortDate}, ${li.title},
             ${rank} AS rank
      FROM ${LIBRARY_INDEX} li
      WHERE ${scopeCondition(scope)} AND ${searchCondition(query)}
    ),
    ${conditions.length > 0 ? sql`filtered AS MATERIALIZED (SELECT li.* FROM base li WHERE ${and(conditions)}),` : sql``}
    -- Every tag facet's counts in one pass over the results (dimension 1 countries, counted on
    -- country-scoped items only, 2 persecution types, 3 stages, 4 topics).
    tag_counts AS MATERIALIZED (
      SELECT t.dim, t.id, count(*)::int AS n
      FROM (
        SELECT 1 AS dim, unnest(${f.countryIds}) AS id FROM ${filtered} f WHERE ${f.isCountryScoped}
        UNION ALL SELECT 2, unnest(${f.persecutionIds}) FROM ${filtered} f
        UNION ALL SELECT 3, unnest(${f.stageIds}) FROM ${filtered} f
        UNION ALL SELECT 4, unnest(${f.topicIds}) FROM ${filtered} f
      ) t
      GROUP BY 1, 2
    ),
    page AS (
      SELECT li.*, p.rank
      FROM (
        SELECT ${p.resourceId}, p.rank FROM ${filtered} p
        ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
      ) p
      JOIN ${LIBRARY_INDEX} li ON ${li.resourceId} = ${p.resourceId}
    )
    SELECT
      ${contentVersion} AS version,
      (SELECT count(*) FROM ${filtered})::int AS total,
      (SELECT count(*) FROM base)::int AS base_total,
      (SELECT coalesce(array_agg(${p.resourceId} ORDER BY ${order}), '{}') FROM ${filtered} p) AS ids,
      ${itemsJson(order)} AS items,
      to_json(${lastVisitSql(query.lastVisitOf)}) AS last_visit,
      ${facet(tagDimensions.countries, 1, 'v.name', sql`(c.n > 0 OR v.id = ANY(${selectedCountries}) OR v.id = ${caseCountry}::int)`)} AS countries,
      ${facet(tagDimensions.persecutionTypes, 2, 'v.name')} AS persecution_types,
      ${facet(tagDimensions.stages, 3, 'v."order", v.name')} AS stages,
      ${facet(tagDimensions.topics, 4, 'v.name', scope.kind === 'experts' ? sql`v.audience IN ('experts', 'both')` : sql`v.audience IN ('advocates', 'both')`)} AS topics,
      (SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'count', coalesce(c.n, 0)) ORDER BY v.name), '[]'::json)
       FROM ${payloadTables.documentTypes} v
       LEFT JOIN (SELECT ${li.documentTypeId} AS id, count(*) AS n FROM base li
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
  lastVisitOf,
  expectedVersion,
  logViewIf,
}: {
  ids: number[]
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
    JOIN ${LIBRARY_INDEX} li ON ${li.resourceId} = o.id
  )
  SELECT (SELECT version FROM current_version) AS version,
         to_json(${lastVisitSql(lastVisitOf)}) AS last_visit,
         ${logViewIf ? sql`EXISTS (SELECT 1 FROM logged)` : sql`false`} AS is_logged,
         -- Planning the rows' subqueries costs more than running them: skipped when none is needed.
         ${ids.length > 0 ? itemsJson(sql.raw('p.n')) : sql`'[]'::json`} AS items`

/**
 * For an empty result, how many results each variant of the question would give (each the
 * question with one selection removed), in ONE statement: one pass over the scope's rows, one
 * `count(*) FILTER (…)` per variant. Words are matched once, through the search index, for the
 * variants that keep them. Variants share the scope and never the page, sort or viewer.
 */
export const buildVariantTotalsSql = (
  scope: LibraryScope,
  variants: Pick<LibraryQuery, 'filters' | 'q'>[],
): SQL => {
  const words = variants
    .map((variant) => resolveLibraryQuery(variant))
    .find((resolved) => resolved.isTextSearch)?.q
  const condition = (variant: Pick<LibraryQuery, 'filters' | 'q'>) => {
    const { q, isTextSearch } = resolveLibraryQuery(variant)
    // Every variant searches the question's words or none: only the removed search differs.
    const search =
      isTextSearch && q === words
        ? sql`${li.resourceId} IN (SELECT resource_id FROM matched)`
        : searchCondition(variant)
    return and([search, ...filterConditions(variant.filters)])
  }
  return sql`
    ${words === undefined ? sql`` : sql`WITH matched AS MATERIALIZED (SELECT ${li.resourceId} FROM ${LIBRARY_INDEX} li WHERE ${scopeCondition(scope)} AND ${li.search} @@ websearch_to_tsquery('english', ${words}))`}
    SELECT ARRAY[${sql.join(
      variants.map((variant) => sql`count(*) FILTER (WHERE ${condition(variant)})::int`),
      sql`, `,
    )}]::int[] AS totals
    FROM ${LIBRARY_INDEX} li
    WHERE ${scopeCondition(scope)}`
}
