import type { SanitizedConfig } from 'payload'
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import {
  currentRequestState,
  isDatabaseReachable,
  runWithRequestState,
  unavailableResponse,
} from './db/availability'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/**
 * Wraps an API route so that, while the database is unreachable, it answers 503 with Retry-After
 * instead of whatever the failure looked like: a signed-in request whose user could not be loaded
 * would otherwise be treated as anonymous and refused with 403. The database is probed only when
 * the answer is an error (or GraphQL reported one, or a session could not be loaded).
 */
export const withOutageAnswer =
  <Args extends unknown[]>(handler: Handler<Args>): Handler<Args> =>
  (request, ...args) =>
    runWithRequestState(async () => {
      let response: Response
      try {
        response = await handler(request, ...args)
      } catch (error) {
        if (!(await isDatabaseReachable())) return unavailableResponse()
        throw error
      }
      const isSuspect = response.status >= 400 || currentRequestState()?.isDatabaseSuspect
      if (!isSuspect || (await isDatabaseReachable())) return response
      return unavailableResponse()
    })

type Config = Promise<SanitizedConfig> | SanitizedConfig

/** Payload's REST handlers as the app mounts them at /api/[...slug]. */
export const restRoutes = (config: Config) => ({
  GET: withOutageAnswer(REST_GET(config)),
  POST: withOutageAnswer(REST_POST(config)),
  DELETE: withOutageAnswer(REST_DELETE(config)),
  PATCH: withOutageAnswer(REST_PATCH(config)),
  PUT: withOutageAnswer(REST_PUT(config)),
  OPTIONS: REST_OPTIONS(config),
})

/** Payload's GraphQL handler as the app mounts it at /api/graphql. */
export const graphQLRoute = (config: Config) => withOutageAnswer(GRAPHQL_POST(config))
