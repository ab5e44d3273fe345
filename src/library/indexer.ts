import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
} from 'payload'

import {
  indexColumnName,
  LIBRARY_INDEX,
  LIBRARY_INDEX_VERSION,
  payloadTables,
  tagDimensions,
  type TagDimension,
} from './tables'

/** The drizzle handle for this request: inside its transaction when there is one. */
export const dbFor = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID
    ? (payload.db.sessions?.[transactionID] as { db?: unknown } | undefined)
    : undefined
  return (session?.db ?? payload.db.drizzle) as typeof payload.db.drizzle
}

/**
 * Tells every app process's result cache the index changed. An upsert of one row, in the caller's
 * transaction: readers see the new version exactly when they see the new rows (a sequence would
 * move before the commit, and a reader could cache the old rows under the new number).
 */
const bumpIndexVersion = (db: Awaited<ReturnType<typeof dbFor>>) =>
  db.execute(sql`
    INSERT INTO ${LIBRARY_INDEX_VERSION} (id, version) VALUES (1, gen_random_uuid())
    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version`)

const li = indexColumnName
const { resources, resourcesRels, documentTypes } = payloadTables

/** A tag dimension's ids of resource `r`, sorted, from Payload's relationship rows. */
const tagIds = ({ relPath, relColumn }: TagDimension) => {
  const column = sql.raw(relColumn)
  return sql`coalesce((
    SELECT array_agg(DISTINCT rr.${column} ORDER BY rr.${column})
    FROM ${resourcesRels} rr
    WHERE rr.parent_id = r.id AND rr.path = ${sql.raw(`'${relPath}'`)} AND rr.${column} IS NOT NULL
  ), '{}')`
}

/** The index columns `reindexWhere` writes, in the order its SELECT lists them. */
const writtenColumns = [
  'resourceId',
  'audience',
  'isPublished',
  'documentTypeId',
  'documentTypeSlug',
  'isCountryScoped',
  'isDecisionCleared',
  'countryIds',
  'persecutionIds',
  'reliefIds',
  'stageIds',
  'topicIds',
  'title',
  'summary',
  'publishedAt',
  'contentUpdatedAt',
  'sortDate',
  'mayBeFiledAsEvidence',
  'hasFile',
  'sourceCaseNumber',
  'search',
] as const

/**
 * Rebuilds the library_index rows of the resources matching `scope` (a SQL condition on `r`),
 * straight from the resources tables, in one statement. Rich-text body words come from the Lexical
 * JSON's text nodes; `extracted_text` holds the words of the attached PDF.
 */
const reindexWhere = async (payload: Payload, scope: SQL, req?: Partial<PayloadRequest>) => {
  const db = await dbFor(payload, req)
  await db.execute(sql`
    INSERT INTO ${LIBRARY_INDEX} (${sql.join(
      writtenColumns.map((column) => li(column)),
      sql`, `,
    )})
    SELECT
      r.id, r.audience::text, r._status = 'published', r.document_type_id, dt.slug,
      coalesce(dt.is_country_scoped, false),
      dt.slug <> 'unpublished-decision' OR (coalesce(r.is_redacted, false) AND coalesce(r.has_attorney_permission, false)),
      ${tagIds(tagDimensions.countries)},
      ${tagIds(tagDimensions.persecutionTypes)},
      ${tagIds(tagDimensions.reliefTypes)},
      ${tagIds(tagDimensions.stages)},
      ${tagIds(tagDimensions.topics)},
      r.title, r.summary, r.published_at, r.content_updated_at,
      greatest(r.published_at, coalesce(r.content_updated_at, r.published_at)),
      coalesce(r.may_be_filed_as_evidence, false), r.file_id IS NOT NULL, upper(r.source_case_number),
      setweight(to_tsvector('english', coalesce(r.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(r.summary, '')), 'B')
        || setweight(to_tsvector('english', coalesce((
             SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(r.body, 'strict $.**.text') AS t
           ), '')), 'C')
        || setweight(to_tsvector('english', left(coalesce(r.extracted_text, ''), 500000)), 'D')
    FROM ${resources} r
    JOIN ${documentTypes} dt ON dt.id = r.document_type_id
    WHERE r.title IS NOT NULL AND r.published_at IS NOT NULL AND (${scope})
    ON CONFLICT (${li('resourceId')}) DO UPDATE SET ${sql.join(
      writtenColumns
        .filter((column) => column !== 'resourceId')
        .map((column) => sql`${li(column)} = EXCLUDED.${li(column)}`),
      sql`, `,
    )}`)
  await bumpIndexVersion(db)
}

export const reindexResources = (payload: Payload, ids: number[], req?: Partial<PayloadRequest>) =>
  ids.length === 0
    ? Promise.resolve()
    : reindexWhere(
        payload,
        sql`r.id = ANY(${`{${ids.map((id) => Math.trunc(id)).join(',')}}`}::int[])`,
        req,
      )

/** Rebuilds the whole index (after imports, seeding, or a change to how rows are built). */
export const reindexAllResources = (payload: Payload) => reindexWhere(payload, sql`true`)

/** Keeps the index row of a resource in step with every save (drafts included: the row says so). */
export const reindexAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await reindexResources(req.payload, [doc.id], req)
  return doc
}

export const removeFromIndexAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  const db = await dbFor(req.payload, req)
  await db.execute(sql`DELETE FROM ${LIBRARY_INDEX} WHERE ${li('resourceId')} = ${Number(id)}`)
  await bumpIndexVersion(db)
}

/** A document type's country scoping changes how its resources match: rebuild their rows. */
export const reindexDocumentTypeResources: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (
    previousDoc &&
    previousDoc.isCountryScoped === doc.isCountryScoped &&
    previousDoc.slug === doc.slug
  )
    return doc
  await reindexWhere(req.payload, sql`r.document_type_id = ${doc.id}`, req)
  return doc
}

/** On start: rebuild the index if it lost step with the resources (new table, restore, import). */
export const ensureLibraryIndex = async (payload: Payload) => {
  const result = await payload.db.drizzle.execute(
    sql`SELECT (SELECT count(*) FROM ${resources}) AS resources, (SELECT count(*) FROM ${LIBRARY_INDEX}) AS indexed`,
  )
  const row = (result as unknown as { rows: { resources: string; indexed: string }[] }).rows[0]
  if (row && row.resources !== row.indexed) {
    const started = Date.now()
    await reindexAllResources(payload)
    payload.logger.info(
      `Library index rebuilt for ${row.resources} resources in ${Date.now() - started} ms.`,
    )
  }
}
