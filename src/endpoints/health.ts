import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'

/**
 * GET /api/health: 200 when the app can reach its database, 503 otherwise. Public and cheap, for
 * load balancers and uptime checks; it says nothing about the data.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
      return Response.json(
        { status: 'ok', database: 'ok', ms: Math.round(performance.now() - started) },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check: database unreachable' })
      return Response.json(
        { status: 'error', database: 'unreachable' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
