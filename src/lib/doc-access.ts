import type { CollectionSlug, Endpoint, PayloadRequest, SanitizedConfig } from 'payload'
import { Forbidden, NotFound, formatNames } from 'payload'

import { isStaffUser } from './roles'

/**
 * Payload's document-permissions lookup (`POST /api/<collection>/access/:id`, GraphQL
 * `docAccess<Name>`) loads the document with access overridden: a missing id answers 404 and
 * someone else's document answers 200. For everyone but staff, a document the caller may not read
 * now answers exactly as a missing one, so the lookup cannot tell which ids exist.
 */
export const assertReadableOrNotFound = async ({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string | undefined
}) => {
  if (id === undefined || id === '' || isStaffUser(req.user)) return
  const isReadable = await req.payload
    .count({
      collection,
      where: { id: { equals: id } },
      // The caller's own read rule decides: this is the question being asked.
      overrideAccess: false,
      user: req.user,
      req,
    })
    .then(({ totalDocs }) => totalDocs > 0)
    .catch((error: unknown) => {
      if (error instanceof Forbidden) return false
      throw error
    })
  if (!isReadable) throw new NotFound(req.t)
}

const isDocAccessEndpoint = (endpoint: Endpoint) =>
  endpoint.method === 'post' && endpoint.path === '/access/:id?'

/** Wraps the REST document-permissions endpoint of a collection (a new object: Payload shares them). */
export const guardDocAccessEndpoints = (
  slug: CollectionSlug,
  endpoints: Endpoint[] | false,
): Endpoint[] | false => {
  if (!Array.isArray(endpoints)) return endpoints
  return endpoints.map((endpoint) =>
    isDocAccessEndpoint(endpoint)
      ? {
          ...endpoint,
          handler: async (req) => {
            await assertReadableOrNotFound({
              req,
              collection: slug,
              id: req.routeParams?.id as string,
            })
            return endpoint.handler(req)
          },
        }
      : endpoint,
  )
}

type Resolver = (
  source: unknown,
  args: { id?: number | string },
  context: { req: PayloadRequest },
  info: unknown,
) => unknown
type QueryField = { resolve?: Resolver }

/** The same guard on every collection's GraphQL `docAccess<Name>` query (for `graphQL.queries`). */
export const guardedDocAccessQueries = (
  config: Pick<SanitizedConfig, 'collections'>,
  fields: Record<string, unknown>,
): Record<string, QueryField> =>
  Object.fromEntries(
    config.collections.flatMap((collection) => {
      const name = `docAccess${formatNames(collection.slug).singular}`
      const field = fields[name] as QueryField | undefined
      const resolve = field?.resolve
      if (!field || !resolve) return []
      const slug = collection.slug as CollectionSlug
      return [
        [
          name,
          {
            ...field,
            resolve: (async (source, args, context, info) => {
              await assertReadableOrNotFound({ req: context.req, collection: slug, id: args.id })
              return resolve(source, args, context, info)
            }) satisfies Resolver,
          },
        ],
      ]
    }),
  )
