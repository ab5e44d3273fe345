import 'server-only'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

export const getPayloadClient = () => getPayload({ config })

/** The signed-in user for this request (or null), read from the Payload cookie. */
export const getViewer = async () => {
  // Reading the headers first marks the page as per-request, so the build never prerenders it.
  const requestHeaders = await headers()
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return { payload, user }
}
