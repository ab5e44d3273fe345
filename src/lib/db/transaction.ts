import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

type Drizzle = PayloadRequest['payload']['db']['drizzle']

/**
 * The drizzle handle for this request: its transaction if it has one (so a raw statement commits or
 * rolls back with Payload's own writes), else the pool.
 */
export const requestDb = async (req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>) => {
  const adapter = req.payload.db
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (transactionID === undefined) return adapter.drizzle
  const sessions = (adapter as unknown as { sessions?: Record<string, { db: Drizzle }> }).sessions
  return sessions?.[String(transactionID)]?.db ?? adapter.drizzle
}

/**
 * Runs `work` in the request's transaction, starting one if there is none: every write, access
 * event and queued email in it commits together or not at all.
 */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/** The table a collection's documents live in, as the Postgres adapter named it. */
const tableOf = (req: PayloadRequest, collection: CollectionSlug): string => {
  const adapter = req.payload.db as unknown as { tableNameMap?: Map<string, string> }
  return adapter.tableNameMap?.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
}

export type LockedRow = { id: number; updatedAt: string }

/**
 * Locks documents for the rest of the request's transaction (`SELECT … FOR UPDATE`), in id order
 * so two requests locking the same documents cannot deadlock, and returns the version each one
 * has now. A second writer of the same document waits here until the first commits, then reads
 * what it committed. Outside a transaction a lock would end with its statement, so this refuses.
 */
export const lockRows = async ({
  req,
  collection,
  ids,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  ids: (number | string)[]
}): Promise<LockedRow[]> => {
  const numeric = [...new Set(ids.map(Number))].filter(Number.isSafeInteger).sort((a, b) => a - b)
  if (numeric.length === 0) return []
  if (!req.transactionID) throw new Error(`Locking ${collection} needs a transaction`)
  const db = await requestDb(req)
  const table = sql.identifier(tableOf(req, collection))
  const result = await db.execute(
    sql`SELECT id, updated_at FROM ${table} WHERE id IN (${sql.join(
      numeric.map((id) => sql`${id}`),
      sql`, `,
    )}) ORDER BY id FOR UPDATE`,
  )
  const rows = (result as unknown as { rows: { id: number; updated_at: string | Date }[] }).rows
  return rows.map((row) => ({
    id: Number(row.id),
    updatedAt: new Date(row.updated_at).toISOString(),
  }))
}
