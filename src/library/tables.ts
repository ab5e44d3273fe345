import { sql } from '@payloadcms/db-postgres'
import { getTableColumns, getTableName, type SQL } from 'drizzle-orm'

import { libraryIndex, libraryIndexVersion } from './schema'
import type { FilterKey } from './types'

/**
 * Every table and column name the engine's SQL reads or writes, declared once: library_index's
 * from its drizzle schema (src/library/schema.ts), Payload's from the collections that own them.
 * The indexer (which fills the index) and the query builders (which read it) both use these.
 */

type IndexColumn = keyof typeof libraryIndex._.columns

/** library_index's columns as SQL, qualified by the alias a statement gives the table. */
export type IndexColumns = Record<IndexColumn, SQL>

export const indexColumnsAs = (alias: string): IndexColumns =>
  Object.fromEntries(
    Object.entries(getTableColumns(libraryIndex)).map(([key, column]) => [
      key,
      sql.raw(`${alias}.${column.name}`),
    ]),
  ) as IndexColumns

/** A library_index column's bare name (an INSERT's column list, `ON CONFLICT` targets). */
export const indexColumnName = (column: IndexColumn) => sql.raw(libraryIndex[column].name)

export const LIBRARY_INDEX = sql.raw(getTableName(libraryIndex))
export const LIBRARY_INDEX_VERSION = sql.raw(getTableName(libraryIndexVersion))

/** Payload's tables the engine reads (collections resources, document-types, access-events…). */
export const payloadTables = {
  resources: sql.raw('resources'),
  resourcesRels: sql.raw('resources_rels'),
  documentTypes: sql.raw('document_types'),
  accessEvents: sql.raw('access_events'),
} as const

/**
 * A tag dimension: the index column holding its ids, the vocabulary table holding its names, and
 * where Payload keeps a resource's choices (resources_rels rows of `relPath`, id in `relColumn`).
 */
export type TagDimension = {
  column: IndexColumn
  vocabulary: string
  relPath: string
  relColumn: string
}

export const tagDimensions = {
  countries: {
    column: 'countryIds',
    vocabulary: 'countries',
    relPath: 'countries',
    relColumn: 'countries_id',
  },
  persecutionTypes: {
    column: 'persecutionIds',
    vocabulary: 'persecution_types',
    relPath: 'persecutionTypes',
    relColumn: 'persecution_types_id',
  },
  reliefTypes: {
    column: 'reliefIds',
    vocabulary: 'relief_types',
    relPath: 'reliefTypes',
    relColumn: 'relief_types_id',
  },
  stages: {
    column: 'stageIds',
    vocabulary: 'procedural_stages',
    relPath: 'proceduralStages',
    relColumn: 'procedural_stages_id',
  },
  topics: {
    column: 'topicIds',
    vocabulary: 'topics',
    relPath: 'topics',
    relColumn: 'topics_id',
  },
} as const satisfies Record<Exclude<FilterKey, 'documentTypes'> | 'reliefTypes', TagDimension>

/** Every vocabulary whose names a result carries (its content version watches them all). */
export const vocabularyTables = [
  ...Object.values(tagDimensions).map((dimension) => dimension.vocabulary),
  'document_types',
] as const
