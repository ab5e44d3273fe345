import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

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
}

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

/** `rows` limits which results an option counts: the ones applying that option would keep. */
const facet = (
  table: string,
  column: string,
  order: string,
  extra: SQL = sql`true`,
  rows: SQL = sql`true`,
) => sql`(
  SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'count', coalesce(c.n, 0))
                           ORDER BY ${sql.raw(order)}), '[]'::json)
  FROM ${sql.raw(table)} v
  LEFT JOIN (SELECT unnest(f.${sql.raw(column)}) AS id, count(*) AS n FROM filtered f
             WHERE ${rows} GROUP BY 1) c
    ON c.id = v.id
  WHERE ${extra})`

const names = (table: string, column: string) =>
  sql`(SELECT coalesce(json_agg(v.name ORDER BY v.name), '[]'::json) FROM ${sql.raw(table)} v WHERE v.id = ANY(p.${sql.raw(column)}))`

/**
 * The library page in ONE statement: matching, filters, full-text or case-number search, the page of
 * items with their tag names and badges, the total, and every facet's counts given the other
 * selections. Postgres evaluates `base` and `filtered` once and reuses them.
 */
export const buildLibrarySql = (query: LibraryQuery): SQL => {
  const { scope, filters } = query
  const q = query.q?.trim() ?? ''
  const isCaseNumberSearch = isCaseNumber(q)
  const isTextSearch = q.length > 0 && !isCaseNumberSearch
  const pageSize = Math.min(Math.max(query.pageSize ?? 20, 1), 100)
  const page = Math.min(Math.max(query.page ?? 1, 1), 10_000)
  const sort: LibrarySort =
    query.sort === 'relevance' && !isTextSearch
      ? 'newest'
      : (query.sort ?? (isTextSearch ? 'relevance' : 'newest'))
  const search = isCaseNumberSearch
    ? sql`li.source_case_number = ${q.toUpperCase()}`
    : isTextSearch
      ? sql`li.search @@ websearch_to_tsquery('english', ${q})`
      : sql`true`
  const rank = isTextSearch
    ? sql`ts_rank_cd(li.search, websearch_to_tsquery('english', ${q}))`
    : sql`0::real`
  const order =
    sort === 'title'
      ? sql.raw('lower(p.title), p.resource_id')
      : sort === 'relevance'
        ? sql.raw('p.rank DESC, p.sort_date DESC, p.resource_id DESC')
        : sql.raw('p.sort_date DESC, p.resource_id DESC')
  const selectedCountries = ints(filters.countries)
  const caseCountry = scope.kind === 'case' ? (scope.theCase.countryId ?? null) : null

  // The materialized CTEs carry only what matching, filters, facets and ordering read: the page's
  // display columns are fetched for its rows alone. `li.*` would copy every matching row's
  // summary and tsvector (about 3 kB a row) twice, a third of the statement's time.
  return sql`
    WITH base AS MATERIALIZED (
      SELECT li.resource_id, li.document_type_id, li.is_country_scoped, li.country_ids,
             li.persecution_ids, li.stage_ids, li.topic_ids, li.sort_date, li.title,
             ${rank} AS rank
      FROM library_index li
      WHERE ${scopeCondition(scope)} AND ${search}
    ),
    filtered AS MATERIALIZED (
      SELECT li.* FROM base li WHERE ${and(filterConditions(filters))}
    ),
    page AS (
      SELECT li.*, p.rank
      FROM (
        SELECT p.resource_id, p.rank FROM filtered p
        ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
      ) p
      JOIN library_index li ON li.resource_id = p.resource_id
    )
    SELECT
      (SELECT count(*) FROM filtered)::int AS total,
      (SELECT count(*) FROM base)::int AS base_total,
      (SELECT coalesce(json_agg(json_build_object(
          'id', p.resource_id,
          'title', p.title,
          'summary', p.summary,
          'documentType', json_build_object('id', dt.id, 'slug', dt.slug, 'name', dt.name),
          'publishedAt', p.published_at,
          'contentUpdatedAt', p.content_updated_at,
          'mayBeFiledAsEvidence', p.may_be_filed_as_evidence,
          'hasFile', p.has_file,
          'isOutdated', dt.outdated_after_months IS NOT NULL
                        AND p.sort_date < now() - make_interval(months => dt.outdated_after_months::int),
          'isNew', ${query.lastVisitAt ?? null}::timestamptz IS NOT NULL AND p.sort_date > ${query.lastVisitAt ?? null}::timestamptz,
          'countries', ${names('countries', 'country_ids')},
          'persecutionTypes', ${names('persecution_types', 'persecution_ids')},
          'reliefTypes', ${names('relief_types', 'relief_ids')},
          'stages', ${names('procedural_stages', 'stage_ids')},
          'topics', ${names('topics', 'topic_ids')}
        ) ORDER BY ${order}), '[]'::json)
       FROM page p JOIN document_types dt ON dt.id = p.document_type_id) AS items,
      ${facet('countries', 'country_ids', 'v.name', sql`(c.n > 0 OR v.id = ANY(${selectedCountries}) OR v.id = ${caseCountry}::int)`, sql`f.is_country_scoped`)} AS countries,
      ${facet('persecution_types', 'persecution_ids', 'v.name')} AS persecution_types,
      ${facet('procedural_stages', 'stage_ids', 'v."order", v.name')} AS stages,
      ${facet('topics', 'topic_ids', 'v.name', scope.kind === 'experts' ? sql`v.audience IN ('experts', 'both')` : sql`v.audience IN ('advocates', 'both')`)} AS topics,
      (SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'count', coalesce(c.n, 0)) ORDER BY v.name), '[]'::json)
       FROM document_types v
       LEFT JOIN (SELECT li.document_type_id AS id, count(*) AS n FROM base li
                  WHERE ${and(filterConditions(filters, 'documentTypes'))} GROUP BY 1) c ON c.id = v.id) AS document_types`
}

type Row = {
  total: number
  /** Matches before the sidebar filters: whether a searched case's decision is in the library. */
  base_total: number
  items: LibraryItem[]
  countries: FacetOption[]
  persecution_types: FacetOption[]
  stages: FacetOption[]
  topics: FacetOption[]
  document_types: FacetOption[]
}

export const runLibraryQuery = async (
  payload: Payload,
  query: LibraryQuery,
): Promise<LibraryResult> => {
  const result = await payload.db.drizzle.execute(buildLibrarySql(query))
  const row = (result as unknown as { rows: Row[] }).rows[0]!
  const q = query.q?.trim() ?? ''
  const pageSize = Math.min(Math.max(query.pageSize ?? 20, 1), 100)
  return {
    items: row.items,
    total: row.total,
    page: Math.min(Math.max(query.page ?? 1, 1), 10_000),
    pageSize,
    facets: {
      countries: row.countries,
      persecutionTypes: row.persecution_types,
      documentTypes: row.document_types,
      stages: row.stages,
      topics: row.topics,
    },
    caseNumberSearch: isCaseNumber(q)
      ? { caseNumber: q.toUpperCase(), isFound: row.base_total > 0 }
      : null,
  }
}
