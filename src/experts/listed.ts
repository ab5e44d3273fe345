import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

/**
 * What the directory filters and counts on, for one listed (published) profile. Only public
 * fields: the private ones (staff notes, review log and message, CV) are never read here.
 */
export type ListedProfile = {
  id: number
  name: string
  types: string[]
  countryIds: number[]
  regions: string[]
  topicIds: number[]
  persecutionIds: number[]
  languages: string[]
  fees: string | null
  isRemote: boolean
  /** Whether the profile matches the search (always true without one). */
  isMatch: boolean
  /** ts_rank of the match; 0 without a search. */
  rank: number
}

export type Term = { id: number; name: string }
export type CountryTerm = Term & { region: string }

export type ListedData = {
  profiles: ListedProfile[]
  /**
   * Every country a listed profile names, every country of a region a listed profile names, and
   * the selected ones: the Country filter's choices and the names shown on results.
   */
  countries: CountryTerm[]
  topics: Term[]
  persecutionTypes: Term[]
  /** The UN M49 sub-regions countries carry, for telling real region names from typos. */
  m49Regions: string[]
}

/** Whole numbers only, bound as one text parameter; the caller has validated them. */
const ints = (values: number[]) =>
  sql`${`{${values.map((value) => Math.trunc(value)).join(',')}}`}::int[]`

/**
 * The text a search runs over, weighted: the name first; countries (with their regions),
 * regions, topics and types of persecution next; then credentials and languages; then location
 * and fee notes.
 */
const searchDocument = sql`
  setweight(to_tsvector('english', coalesce(l.display_name, '')), 'A') ||
  setweight(to_tsvector('english', concat_ws(' ',
    (SELECT string_agg(c.name || ' ' || c.region, ' ') FROM countries c
      WHERE c.id = ANY(coalesce(r.country_ids, '{}'))),
    array_to_string(tx.regions, ' '),
    (SELECT string_agg(v.name, ' ') FROM topics v WHERE v.id = ANY(coalesce(r.topic_ids, '{}'))),
    (SELECT string_agg(v.name, ' ') FROM persecution_types v
      WHERE v.id = ANY(coalesce(r.persecution_ids, '{}'))))), 'B') ||
  setweight(to_tsvector('english', concat_ws(' ', l.credentials,
    array_to_string(tx.languages, ' '))), 'C') ||
  setweight(to_tsvector('english', concat_ws(' ', l.location, l.fee_notes)), 'D')`

/**
 * Every LISTED profile's filterable fields (and, with a search, whether and how well it matches)
 * plus the names of the vocabularies they use, in ONE statement. Listed means Payload's published
 * state: the main `experts` table holds the published version of each profile, and an expert's
 * pending edits live only in `_experts_v` (drafts), which this never reads. The search text is a
 * bound parameter, never part of the SQL string.
 */
export const buildListedSql = ({
  q,
  countryIds,
  topicIds,
  persecutionIds,
}: {
  q?: string
  countryIds: number[]
  topicIds: number[]
  persecutionIds: number[]
}): SQL => {
  const isSearch = Boolean(q)
  const match = isSearch ? sql`(p.document @@ s.query)` : sql`true`
  const rank = isSearch ? sql`ts_rank(p.document, s.query)` : sql`0::real`
  return sql`
    WITH listed AS MATERIALIZED (
      SELECT e.id, e.display_name, e.credentials, e.location, e.fee_notes, e.fees::text AS fees,
             coalesce(e.is_remote_available, false) AS is_remote
      FROM experts e
      WHERE e._status = 'published'
    ),
    tx AS (
      SELECT t.parent_id,
             coalesce(array_agg(btrim(t.text) ORDER BY t."order")
                      FILTER (WHERE t.path = 'languages'), '{}') AS languages,
             coalesce(array_agg(btrim(t.text) ORDER BY t."order")
                      FILTER (WHERE t.path = 'regions'), '{}') AS regions
      FROM experts_texts t JOIN listed l ON l.id = t.parent_id
      WHERE t.text IS NOT NULL AND btrim(t.text) <> ''
      GROUP BY t.parent_id
    ),
    r AS (
      SELECT r.parent_id,
             coalesce(array_agg(r.countries_id ORDER BY r."order")
                      FILTER (WHERE r.path = 'countries' AND r.countries_id IS NOT NULL), '{}')
               AS country_ids,
             coalesce(array_agg(r.topics_id ORDER BY r."order")
                      FILTER (WHERE r.path = 'topics' AND r.topics_id IS NOT NULL), '{}')
               AS topic_ids,
             coalesce(array_agg(r.persecution_types_id ORDER BY r."order")
                      FILTER (WHERE r.path = 'persecutionTypes'
                              AND r.persecution_types_id IS NOT NULL), '{}')
               AS persecution_ids
      FROM experts_rels r JOIN listed l ON l.id = r.parent_id
      GROUP BY r.parent_id
    ),
    ty AS (
      SELECT v.parent_id, array_agg(v.value::text ORDER BY v."order") AS types
      FROM experts_expert_types v JOIN listed l ON l.id = v.parent_id
      GROUP BY v.parent_id
    ),
    p AS MATERIALIZED (
      SELECT l.id, coalesce(l.display_name, '') AS name, l.fees, l.is_remote,
             coalesce(ty.types, '{}') AS types,
             coalesce(tx.languages, '{}') AS languages,
             coalesce(tx.regions, '{}') AS regions,
             coalesce(r.country_ids, '{}') AS country_ids,
             coalesce(r.topic_ids, '{}') AS topic_ids,
             coalesce(r.persecution_ids, '{}') AS persecution_ids,
             ${isSearch ? searchDocument : sql`NULL::tsvector`} AS document
      FROM listed l
      LEFT JOIN tx ON tx.parent_id = l.id
      LEFT JOIN r ON r.parent_id = l.id
      LEFT JOIN ty ON ty.parent_id = l.id
    ),
    s AS (SELECT ${isSearch ? sql`websearch_to_tsquery('english', ${q})` : sql`NULL::tsquery`} AS query)
    SELECT
      (SELECT coalesce(json_agg(json_build_object(
          'id', p.id, 'name', p.name, 'types', p.types, 'countryIds', p.country_ids,
          'regions', p.regions, 'topicIds', p.topic_ids, 'persecutionIds', p.persecution_ids,
          'languages', p.languages, 'fees', p.fees, 'isRemote', p.is_remote,
          'isMatch', ${match}, 'rank', ${rank})), '[]'::json)
       FROM p CROSS JOIN s) AS profiles,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'region', c.region)
                                ORDER BY c.name), '[]'::json)
       FROM countries c
       WHERE c.id IN (SELECT unnest(p.country_ids) FROM p)
          OR lower(c.region) IN (SELECT lower(unnest(p.regions)) FROM p)
          OR c.id = ANY(${ints(countryIds)})) AS countries,
      (SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name) ORDER BY v.name),
                       '[]'::json)
       FROM topics v
       WHERE v.id IN (SELECT unnest(p.topic_ids) FROM p) OR v.id = ANY(${ints(topicIds)}))
        AS topics,
      (SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name) ORDER BY v.name),
                       '[]'::json)
       FROM persecution_types v
       WHERE v.id IN (SELECT unnest(p.persecution_ids) FROM p)
          OR v.id = ANY(${ints(persecutionIds)})) AS persecution_types,
      (SELECT coalesce(json_agg(DISTINCT c.region), '[]'::json) FROM countries c) AS m49_regions`
}

type Row = {
  profiles: ListedProfile[]
  countries: CountryTerm[]
  topics: Term[]
  persecution_types: Term[]
  m49_regions: string[]
}

/** Runs {@link buildListedSql}: one round trip, whatever the filters. */
export const loadListed = async (
  payload: Payload,
  args: Parameters<typeof buildListedSql>[0],
): Promise<ListedData> => {
  const result = await payload.db.drizzle.execute(buildListedSql(args))
  const row = (result as unknown as { rows: Row[] }).rows[0]!
  return {
    profiles: row.profiles,
    countries: row.countries,
    topics: row.topics,
    persecutionTypes: row.persecution_types,
    m49Regions: row.m49_regions,
  }
}
