/* Payload's generated GraphQL route, wrapped (src/lib/api-routes.ts) so that an unreachable
 * database answers 503 with Retry-After. */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphQLRoute } from '@/lib/api-routes'

export const POST = graphQLRoute(config)

export const OPTIONS = REST_OPTIONS(config)
