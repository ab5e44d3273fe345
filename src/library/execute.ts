import { createHash } from 'node:crypto'

import type { SQL } from 'drizzle-orm'
import { PgDialect, type PgSession } from 'drizzle-orm/pg-core'

/** A drizzle database or transaction: `db.execute`, and the session it runs statements on. */
export type Executor = {
  execute: (query: SQL) => Promise<unknown>
  _?: { session?: Pick<PgSession, 'prepareQuery'> }
}

export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows

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
export const executePrepared = async (db: Executor, query: SQL): Promise<unknown> => {
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
