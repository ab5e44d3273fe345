import 'server-only'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { DatabaseUnavailableError, hasCredentials, isDatabaseReachable } from './db/availability'

export const getPayloadClient = () => getPayload({ config })

/**
 * The signed-in user for this request (or null), read from the Payload cookie. While the database
 * is unreachable it throws DatabaseUnavailableError (the portal then shows its 503 page) rather
 * than answer "not signed in": Payload's session check treats a failed user lookup as anonymous.
 */
export const getViewer = async () => {
  // Reading the headers first marks the page as per-request, so the build never prerenders it.
  const requestHeaders = await headers()
  const payload = await getPayloadClient().catch(async (error: unknown) => {
    if (!(await isDatabaseReachable())) throw new DatabaseUnavailableError()
    throw error
  })
  const { user } = await payload.auth({ headers: requestHeaders })
  if (
    !user &&
    hasCredentials(requestHeaders, payload.config.cookiePrefix) &&
    !(await isDatabaseReachable())
  ) {
    throw new DatabaseUnavailableError()
  }
  return { payload, user }
}
