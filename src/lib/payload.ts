import 'server-only'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

export const getPayloadClient = () => getPayload({ config })

/** The signed-in user for this request (or null), read from the Payload cookie. */
export const getViewer = async () => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user }
}
