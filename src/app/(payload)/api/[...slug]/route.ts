/* Payload's generated REST route, with its handlers wrapped (src/lib/api-routes.ts) so that an
 * unreachable database answers 503 with Retry-After. */
import config from '@payload-config'
import '@payloadcms/next/css'

import { restRoutes } from '@/lib/api-routes'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)
