import { createHash, randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core'
import type { Payload, SendEmailOptions } from 'payload'

import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

import { emailFrom, jobLeaseMs } from './env'

/**
 * The delivery ledger: one row per email, keyed by its idempotency key, so an email job that runs
 * twice (a retry after a crash, an expired lease, two runners) sends once. A table of its own, not
 * a collection: no API (REST, GraphQL, admin) reads or writes it; only the sendEmail job does.
 * Declared to Payload's drizzle schema so schema push and `migrate:create` manage it.
 *
 * `status`: `sending` while an attempt holds the claim, `sent` once the mail server accepted the
 * message, `failed` when the last attempt got an error (the next one may claim it again).
 */
export const emailDeliveries = pgTable(
  'email_deliveries',
  {
    key: varchar('key', { length: 200 }).primaryKey(),
    messageId: varchar('message_id', { length: 300 }).notNull(),
    status: varchar('status', { length: 10 }).notNull(),
    attempts: integer('attempts').notNull().default(1),
    claimToken: uuid('claim_token').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
  },
  (t) => [index('email_deliveries_created_at_idx').on(t.createdAt)],
)

/** Adds the delivery ledger to the schema Payload's Postgres adapter pushes and migrates. */
export const addEmailDeliveriesTable: NonNullable<
  PostgresAdapterArgs['afterSchemaInit']
>[number] = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, email_deliveries: emailDeliveries },
})

const messageIdDomain = emailFrom.address.split('@')[1] || 'ta-library.invalid'

/**
 * The Message-ID every attempt of one email carries: the same key gives the same id, so even a
 * duplicate (see deliverOnce) is recognisable as one message, and mail programs show it once.
 */
export const messageIdFor = (key: string) =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${messageIdDomain}>`

export type DeliveryResult = { messageId: string; isAlreadySent: boolean }

/** The email adapter's real transport, which Payload's own `sendEmail` never reaches (it queues). */
type DeliverNow = (message: SendEmailOptions) => Promise<unknown>

/**
 * Sends `message` once for `key`. The claim, the send and the record are three steps, each
 * committed on its own (outside any job transaction):
 * 1. claim: insert the key as `sending`, or take over a `failed` row, or a `sending` row whose
 *    claim is older than the lease (its attempt crashed); a row that is `sent` is never sent again,
 *    and a fresh claim of another attempt makes this one wait for a retry;
 * 2. send with the deterministic Message-ID;
 * 3. record `sent` (or `failed` with the error, releasing the claim for the next retry).
 * A crash after step 3 (before the job is marked complete) is the usual retry case and sends
 * nothing more. Only a crash between the mail server's acceptance and step 3, a few milliseconds,
 * can send the message again after the lease; it then carries the same Message-ID.
 */
export const deliverOnce = async ({
  payload,
  key,
  message,
  deliverNow,
  leaseMs = jobLeaseMs,
}: {
  payload: Payload
  key: string
  message: SendEmailOptions
  deliverNow: DeliverNow
  leaseMs?: number
}): Promise<DeliveryResult> => {
  const db = payload.db.drizzle as unknown as {
    execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }>
  }
  const messageId = messageIdFor(key)
  const claimToken = randomUUID()
  const claimed = await db.execute(sql`
    INSERT INTO email_deliveries AS d (key, message_id, status, attempts, claim_token, claimed_at)
    VALUES (${key}, ${messageId}, 'sending', 1, ${claimToken}, now())
    ON CONFLICT (key) DO UPDATE
      SET status = 'sending', attempts = d.attempts + 1, claim_token = EXCLUDED.claim_token,
          claimed_at = now(), last_error = NULL
      WHERE d.status = 'failed'
         OR (d.status = 'sending' AND d.claimed_at < now() - make_interval(secs => ${leaseMs / 1000}))
    RETURNING attempts`)
  if (claimed.rows.length === 0) {
    const existing = await db.execute(sql`SELECT status FROM email_deliveries WHERE key = ${key}`)
    if (existing.rows[0]?.status === 'sent') {
      payload.logger.info({ msg: 'Email already sent; not sending it again', messageId })
      return { messageId, isAlreadySent: true }
    }
    // Another attempt holds a fresh claim: it may be sending right now.
    throw new Error('Another attempt is sending this email; it will be checked again later.')
  }
  try {
    await deliverNow({ ...message, messageId })
  } catch (error) {
    await db.execute(sql`
      UPDATE email_deliveries SET status = 'failed', last_error = ${String((error as Error)?.message ?? error).slice(0, 1000)}
      WHERE key = ${key} AND claim_token = ${claimToken}`)
    throw error
  }
  await db.execute(sql`
    UPDATE email_deliveries SET status = 'sent', sent_at = now(), last_error = NULL
    WHERE key = ${key}`)
  return { messageId, isAlreadySent: false }
}
