import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { jobLeaseMs } from './env'

/**
 * Puts back in the queue every job still marked as processing after `leaseMs`: its run crashed
 * (a killed process, a lost database connection) and Payload would otherwise never pick it up
 * again. One statement, so a job that another runner just claimed (a fresh `updated_at`) is never
 * released under it. Payload stamps `updated_at` when it claims a job and when it records the
 * outcome. Returns the ids released.
 */
export const releaseExpiredJobLeases = async ({
  payload,
  leaseMs = jobLeaseMs,
}: {
  payload: Payload
  leaseMs?: number
}): Promise<number[]> => {
  const db = payload.db.drizzle as unknown as {
    execute: (query: ReturnType<typeof sql>) => Promise<{ rows: { id: number }[] }>
  }
  // Payload writes these timestamps from the app's clock; compare with the same clock.
  const cutoff = new Date(Date.now() - leaseMs).toISOString()
  const { rows } = await db.execute(sql`
    UPDATE payload_jobs SET processing = false, updated_at = now()
    WHERE processing = true AND completed_at IS NULL AND has_error IS NOT TRUE
      AND updated_at < ${cutoff}
    RETURNING id`)
  const ids = rows.map((row) => Number(row.id))
  if (ids.length > 0) {
    payload.logger.warn({ msg: 'Requeued jobs left processing by a crashed run', jobIds: ids })
  }
  return ids
}
