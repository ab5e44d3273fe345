import { sql } from 'drizzle-orm'
import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * One row per resource with everything the library query needs, in the shapes Postgres indexes
 * best: tag ids as integer arrays (GIN, `&&` and `@>`), a weighted tsvector (GIN) and the sort
 * date. Kept in step with `resources` by the indexer (src/library/indexer.ts). Declared to Payload's
 * drizzle schema so schema push and `migrate:create` manage it like any collection table.
 */
export const libraryIndex = pgTable(
  'library_index',
  {
    resourceId: integer('resource_id').primaryKey(),
    audience: varchar('audience', { length: 20 }).notNull(),
    isPublished: boolean('is_published').notNull(),
    documentTypeId: integer('document_type_id').notNull(),
    documentTypeSlug: varchar('document_type_slug', { length: 100 }).notNull(),
    isCountryScoped: boolean('is_country_scoped').notNull(),
    isDecisionCleared: boolean('is_decision_cleared').notNull(),
    countryIds: integer('country_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    persecutionIds: integer('persecution_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    reliefIds: integer('relief_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    stageIds: integer('stage_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    topicIds: integer('topic_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    title: varchar('title', { length: 300 }).notNull(),
    summary: text('summary'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }).notNull(),
    contentUpdatedAt: timestamp('content_updated_at', { withTimezone: true, mode: 'string' }),
    sortDate: timestamp('sort_date', { withTimezone: true, mode: 'string' }).notNull(),
    mayBeFiledAsEvidence: boolean('may_be_filed_as_evidence').notNull(),
    hasFile: boolean('has_file').notNull(),
    sourceCaseNumber: varchar('source_case_number', { length: 40 }),
    search: tsvector('search').notNull(),
    /**
     * Title and summary alone, stored inline: relevance is ranked on this. Ranking on `search`
     * would detoast every match's full body-and-PDF vector, most of a keyword search's time.
     */
    rankSearch: tsvector('rank_search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')`,
      ),
  },
  (t) => [
    index('library_index_countries_gin').using('gin', t.countryIds),
    index('library_index_persecution_gin').using('gin', t.persecutionIds),
    index('library_index_relief_gin').using('gin', t.reliefIds),
    index('library_index_stage_gin').using('gin', t.stageIds),
    index('library_index_topic_gin').using('gin', t.topicIds),
    index('library_index_search_gin').using('gin', t.search),
    index('library_index_listing_idx').on(t.audience, t.isPublished, t.sortDate),
    index('library_index_source_case_idx').on(t.sourceCaseNumber),
  ],
)

/**
 * One row whose version the indexer bumps, in the same transaction, whenever library_index
 * changes: every app process's result cache (src/library/cache.ts) checks it on each read.
 */
export const libraryIndexVersion = pgTable('library_index_version', {
  id: integer('id').primaryKey(),
  /** A fresh random value per change, so a restored or truncated table never repeats one. */
  version: uuid('version').notNull(),
})

/** Adds the library index tables to the schema Payload's Postgres adapter pushes and migrates. */
export const addLibraryIndexTable: NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number] = ({
  schema,
}) => ({
  ...schema,
  tables: {
    ...schema.tables,
    library_index: libraryIndex,
    library_index_version: libraryIndexVersion,
  },
})
