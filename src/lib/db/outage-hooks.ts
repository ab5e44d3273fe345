import type { AfterErrorHook, Payload } from 'payload'

import { hasCredentials, markDatabaseSuspect } from './availability'

/** Any API error (GraphQL's arrive with status 200) makes the route wrapper check the database. */
export const markDatabaseSuspectOnError: AfterErrorHook = () => {
  markDatabaseSuspect()
}

/**
 * Payload's session check swallows every failure, a lost database included, and carries on as
 * anonymous: the request would then be refused as if the person had no access. A request that
 * brought a session but ends up without a user makes the route wrapper check the database.
 */
export const watchLostSessions = (payload: Payload) => {
  payload.authStrategies = payload.authStrategies.map((strategy) => ({
    ...strategy,
    authenticate: async (args) => {
      const result = await strategy.authenticate(args)
      if (!result.user && hasCredentials(args.headers, payload.config.cookiePrefix)) {
        markDatabaseSuspect()
      }
      return result
    },
  }))
}
