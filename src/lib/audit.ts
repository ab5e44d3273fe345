import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import type { AccessEventAction } from '@/collections/AccessEvents'

export type AuditArgs = {
  req: PayloadRequest
  action: AccessEventAction
  caseId?: number | null
  resourceId?: number | null
  details?: Record<string, unknown>
}

type Drizzle = PayloadRequest['payload']['db']['drizzle']

/**
 * The request's transaction if it has one (an event written inside a hook or a transfer commits or
 * rolls back with it), else the pool: what Payload's own writes would use.
 */
export const requestDb = async (req: PayloadRequest): Promise<Drizzle> => {
  const adapter = req.payload.db
  if (!req.transactionID) return adapter.drizzle
  const sessions = (adapter as unknown as { sessions?: Record<string, { db: Drizzle }> }).sessions
  return sessions?.[String(await req.transactionID)]?.db ?? adapter.drizzle
}

const organizationOf = (actor: PayloadRequest['user']): number | null => {
  const organization = (actor as { organization?: number | { id: number } | null } | null)
    ?.organization
  return typeof organization === 'object' && organization ? organization.id : (organization ?? null)
}

/**
 * One row of `access_events`, exactly as Payload's create would store it (the collection has no
 * hooks): both timestamps the same instant, relationships as ids, details as jsonb (or NULL).
 */
const eventValues = (
  { req, action, caseId, resourceId, details }: AuditArgs,
  at: Date,
): SQL => sql`(
  ${action}::enum_access_events_action,
  ${req.user?.id ?? null}::int,
  ${organizationOf(req.user)}::int,
  ${caseId ?? null}::int,
  ${resourceId ?? null}::int,
  ${details === undefined || details === null ? null : JSON.stringify(details)}::jsonb,
  ${at.toISOString()}::timestamptz,
  ${at.toISOString()}::timestamptz
)`

const columns = sql`access_events
    (action, actor_id, organization_id, case_id, resource_id, details, updated_at, created_at)`

const insertEvent = (args: AuditArgs, at: Date): SQL => sql`
  INSERT INTO ${columns} VALUES ${eventValues(args, at)}`

/**
 * The same event as an `INSERT … SELECT` written only when `condition` holds, for a statement
 * that logs a view in the round trip that serves it (the tailored library's repeated questions).
 */
export const accessEventInsertIf = (args: AuditArgs, condition: SQL): SQL => sql`
  INSERT INTO ${columns} SELECT * FROM (VALUES ${eventValues(args, new Date())}) AS e WHERE ${condition}`

/**
 * Appends an access event in the request's transaction. Events hold ids, never client facts. The
 * collection refuses API writes, so this is the one trusted path: a plain INSERT (append-only, no
 * UPDATE or DELETE anywhere), without the Local API's own transaction, validation and hooks, which
 * cost more CPU than the library answer itself on every view.
 */
export const recordAccessEvent = async (args: AuditArgs): Promise<void> => {
  const db = await requestDb(args.req)
  await db.execute(insertEvent(args, new Date()))
}
