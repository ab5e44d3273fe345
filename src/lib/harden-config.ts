import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  CollectionConfig,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'
import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { serializeWrites } from '@/hooks/serializeWrites'

import { guardDocAccessEndpoints, guardedDocAccessQueries } from './doc-access'

import { isStaffUser } from './roles'

/** Highest `depth` and page size a non-staff request may ask for (staff keep Payload's limits). */
export const nonStaffLimits = { depth: 2, limit: 100, graphQLDepth: 8 } as const

/**
 * Caps depth and page size for everyone but staff, so one request cannot make the server expand
 * thousands of documents. Runs before every read operation of every collection.
 */
export const capNonStaffQueries: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const next = args as {
    depth?: number
    limit?: number
    pagination?: boolean
    overrideAccess?: boolean
  }
  // Trusted system work (seeding, jobs, access rules themselves) is not a client request.
  if (next.overrideAccess || isStaffUser(req.user) || operation !== 'read') return args
  if (typeof next.depth !== 'number' || next.depth > nonStaffLimits.depth) {
    next.depth = Math.min(next.depth ?? nonStaffLimits.depth, nonStaffLimits.depth)
  }
  if (!next.limit || next.limit > nonStaffLimits.limit) next.limit = nonStaffLimits.limit
  next.pagination = true
  return args
}

/**
 * Access to Payload's own collections, all stated here. Payload's defaults are mostly "any
 * signed-in account": an advocate could list which documents staff are editing, read the job
 * queue (queued emails included) or delete migration records. Close them.
 */
const payloadCollectionAccess: Record<string, CollectionConfig['access']> = {
  'payload-jobs': { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  'payload-locked-documents': { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  'payload-migrations': { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  // Payload's key-value store is for server code alone (its default too, stated for the record).
  'payload-kv': { read: nobody, create: nobody, update: nobody, delete: nobody },
}

/** Payload's defaults let any signed-in account queue, run or cancel jobs. */
const jobsAccess: NonNullable<SanitizedConfig['jobs']['access']> = {
  queue: isStaff,
  run: isStaff,
  cancel: isStaff,
}

/** Preferences stay per user (Payload's own rule) and are for staff only: nobody else uses the admin. */
const wrapPreferences = (access: CollectionConfig['access'] = {}): CollectionConfig['access'] =>
  Object.fromEntries(
    Object.entries(access).map(([operation, rule]) => [
      operation,
      (args: Parameters<typeof isStaff>[0]) =>
        isStaff(args) &&
        (typeof rule === 'function' ? (rule as (a: unknown) => unknown)(args) : true),
    ]),
  ) as CollectionConfig['access']

/** Refuses GraphQL documents nested deeper than the limit, for everyone but staff. */
const depthLimitRule =
  (maxDepth: number): ValidationRule =>
  (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [(d as { name: { value: string } }).name.value, d]),
    )
    const depthOf = (node: ASTNode, seen: Set<string>): number => {
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const name = node.name.value
        const fragment = fragments.get(name)
        if (!fragment || seen.has(name)) return 0
        return depthOf(fragment, new Set([...seen, name]))
      }
      const selectionSet = 'selectionSet' in node ? node.selectionSet : undefined
      if (!selectionSet) return 0
      const inner = Math.max(0, ...selectionSet.selections.map((s) => depthOf(s, seen)))
      return node.kind === Kind.FIELD ? inner + 1 : inner
    }
    for (const definition of context.getDocument().definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const depth = depthOf(definition, new Set())
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}.`),
        )
      }
    }
    return {}
  }

export const graphQLValidationRules = (args: { contextValue?: unknown }): ValidationRule[] => {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  return isStaffUser(req?.user) ? [] : [depthLimitRule(nonStaffLimits.graphQLDepth)]
}

/**
 * Applied to the sanitized config: limits on every collection, and Payload's own collections and
 * jobs closed.
 */
export const hardenConfig = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    // Payload's own collections are written by Payload alone; access events are append-only.
    const isPeoplesRecord =
      !collection.slug.startsWith('payload-') && collection.slug !== 'access-events'
    collection.hooks.beforeOperation = [
      capNonStaffQueries,
      ...(isPeoplesRecord ? [serializeWrites] : []),
      ...(collection.hooks.beforeOperation ?? []),
    ]
    collection.endpoints = guardDocAccessEndpoints(
      collection.slug as CollectionSlug,
      collection.endpoints,
    )
    const access = payloadCollectionAccess[collection.slug]
    if (access) Object.assign(collection.access, access)
    if (collection.slug === 'payload-preferences') {
      Object.assign(collection.access, wrapPreferences(collection.access))
      // Its /:key routes do not consult the collection's access rules: close them to non-staff too.
      if (Array.isArray(collection.endpoints)) {
        collection.endpoints = collection.endpoints.map((endpoint) => ({
          ...endpoint,
          handler: (req) =>
            isStaff({ req })
              ? endpoint.handler(req)
              : Response.json(
                  { errors: [{ message: 'You are not allowed to perform this action.' }] },
                  { status: 403 },
                ),
        }))
      }
    }
  }
  config.jobs.access = { ...config.jobs.access, ...jobsAccess }
  const customQueries = config.graphQL.queries
  config.graphQL.queries = (graphQL, context) => ({
    ...guardedDocAccessQueries(context.config, context.Query.fields),
    ...customQueries?.(graphQL, context),
  })
  return config
}
