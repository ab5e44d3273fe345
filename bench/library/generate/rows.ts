/**
 * What the table generators share: the bulk insert, the clock every generated date is relative
 * to, and the run's context (connection, seeded random stream, counts, timer).
 */
import { createHash } from 'node:crypto'

import type pg from 'pg'

import type { Random } from '../random'

export const DAY = 86_400_000
export const now = Date.UTC(2026, 10, 27, 12, 0, 0)
export const iso = (ms: number) => new Date(ms).toISOString()

export type Counts = {
  resources: number
  cases: number
  outcomes: number
  advocates: number
  organizations: number
  adjudicators: number
  accessEvents: number
}

/**
 * What every table's generator gets: the bench connection, the one seeded random stream (the
 * generators run in a fixed order and draw from it in turn, so a seed always gives the same
 * data), the row counts and the timer that logs each table's insert.
 */
export type Generation = {
  client: pg.Client
  random: Random
  counts: Counts
  time: <T>(label: string, work: () => Promise<T>) => Promise<T>
}

// Bulk insert: one INSERT … SELECT FROM unnest($1::t[], …) per batch, one array per column.

export type ColumnType = 'int' | 'text' | 'bool' | 'timestamptz' | 'numeric'
export type Column = { name: string; type: ColumnType; cast?: string }

/** The leading columns of an array field's table (`<table>_<field>`): order, parent, row id. */
export const arrayRowColumns = (...rest: Column[]): Column[] => [
  { name: '_order', type: 'int' },
  { name: '_parent_id', type: 'int' },
  { name: 'id', type: 'text' },
  ...rest,
]

/** The leading columns of a relationship table (`<table>_rels`): order, parent, field path. */
export const relsColumns = (...rest: Column[]): Column[] => [
  { name: 'order', type: 'int' },
  { name: 'parent_id', type: 'int' },
  { name: 'path', type: 'text' },
  ...rest,
]

/** A hasMany select's table (`<table>_<field>`): order, parent and the value as the field's enum. */
export const selectColumns = (enumType: string): Column[] => [
  { name: 'order', type: 'int' },
  { name: 'parent_id', type: 'int' },
  { name: 'value', type: 'text', cast: enumType },
]

/**
 * Every generated row, hashed in insertion order: the same seed and scale must give the same
 * checksum (the manifest records it), whatever shape the generator's code takes.
 */
export const rowsChecksum = createHash('sha256')

export const insertRows = async (
  client: pg.Client,
  table: string,
  columns: Column[],
  rows: unknown[][],
  batchSize = 5_000,
) => {
  const names = columns.map((c) => `"${c.name}"`).join(', ')
  const select = columns.map((c, i) => `u.c${i}${c.cast ? `::${c.cast}` : ''}`).join(', ')
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')
  const aliases = columns.map((_, i) => `c${i}`).join(', ')
  const text = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${aliases})`
  rowsChecksum.update(`${table}:${names}:${rows.length}:${JSON.stringify(rows)}\n`)
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize)
    const values = columns.map((_, i) => batch.map((row) => row[i] ?? null))
    await client.query(text, values)
  }
}

/** Payload gives array rows string ids (ObjectId-like); any unique string works. */
export const rowId = (random: Random) =>
  Array.from({ length: 24 }, () => '0123456789abcdef'[random.int(0, 15)]).join('')
