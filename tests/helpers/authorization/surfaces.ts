import config from '@payload-config'
import type { Where } from 'payload'

import { restRoutes } from '@/lib/api-routes'

import { graphql, rest } from '../payload'
import { matrixCollections } from './collections'
import type { UploadFile } from './files'
import type { Actor, FixtureRecord, Fixtures } from './fixtures'
import { graphQLNames, selectionFor } from './graphql-names'
import type { PolicySlug } from './policy'

/**
 * What a call came to, the same way on every surface:
 * - ok: it worked;
 * - denied: refused by access control (401, 403 or 404; Forbidden, NotFound, Unauthorized);
 * - invalid: refused by validation (400), e.g. a unique value;
 * - error: anything else (a 5xx or an unexpected answer), which no expectation accepts.
 */
export type Kind = 'ok' | 'denied' | 'invalid' | 'error'

export type CallResult = {
  kind: Kind
  /** HTTP status, or the error's status on the Local API. */
  status: number
  /** Ids of the documents the response carried. */
  ids: number[]
  totalDocs: number
  /** The whole response (or error) as text, searched for canaries. */
  text: string
}

export const surfaceNames = ['REST', 'GraphQL', 'Local API'] as const
export type SurfaceName = (typeof surfaceNames)[number]

type Target = { fx: Fixtures; slug: PolicySlug; actor: Actor }
type Data = Record<string, unknown>

export type Surface = {
  list: (args: Target & { ids: number[] }) => Promise<CallResult>
  get: (args: Target & { record: FixtureRecord }) => Promise<CallResult>
  count: (args: Target & { ids: number[] }) => Promise<CallResult>
  create: (args: Target & { data: Data; file?: UploadFile }) => Promise<CallResult>
  update: (args: Target & { record: FixtureRecord; data: Data }) => Promise<CallResult>
  delete: (args: Target & { record: FixtureRecord }) => Promise<CallResult>
  bulkUpdate: (args: Target & { ids: number[]; data: Data }) => Promise<CallResult>
  bulkDelete: (args: Target & { ids: number[] }) => Promise<CallResult>
  duplicate: (args: Target & { record: FixtureRecord; data: Data }) => Promise<CallResult>
  versions: (args: Target & { ids: number[]; versionId: number }) => Promise<CallResult>
}

const kindOfStatus = (status: number): Kind => {
  if (status >= 200 && status < 300) return 'ok'
  if (status === 401 || status === 403 || status === 404) return 'denied'
  if (status === 400 || status === 409 || status === 422) return 'invalid'
  return 'error'
}

// Documents come back as { docs }, { doc }, or a bare document depending on the operation.
const collectIds = (body: unknown): number[] => {
  if (!body || typeof body !== 'object') return []
  const value = body as { id?: unknown; doc?: unknown; docs?: unknown }
  if (Array.isArray(value.docs)) return value.docs.flatMap((doc) => collectIds(doc))
  if (value.doc && typeof value.doc === 'object') return collectIds(value.doc)
  return typeof value.id === 'number' ? [value.id] : []
}

const byIds = (ids: number[]): Where => ({ id: { in: ids } })

/** `{ where: { id: { in: [1, 2] } } }` → `?where[id][in][0]=1&where[id][in][1]=2`, as Payload reads it. */
export const query = (params: Record<string, unknown>) => {
  const pairs: string[] = []
  const walk = (value: unknown, key: string) => {
    if (value && typeof value === 'object') {
      for (const [inner, child] of Object.entries(value)) walk(child, `${key}[${inner}]`)
      return
    }
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  for (const [key, value] of Object.entries(params)) walk(value, key)
  return `?${pairs.join('&')}`
}

// ---------------------------------------------------------------------------------------------
// REST, through the same Next route handlers the app mounts at /api
// ---------------------------------------------------------------------------------------------

const fromRest = (res: { status: number; json: Data | null; text: string }): CallResult => ({
  kind: kindOfStatus(res.status),
  status: res.status,
  ids: kindOfStatus(res.status) === 'ok' ? collectIds(res.json) : [],
  totalDocs: typeof res.json?.totalDocs === 'number' ? res.json.totalDocs : 0,
  text: res.text,
})

const { POST, PATCH, GET, DELETE } = restRoutes(config)
const handlers = { POST, PATCH, GET, DELETE }

/** A multipart REST call, as the admin panel uploads files: `file` plus `_payload` (JSON). */
export const restForm = async ({
  method,
  path,
  token,
  data,
  file,
}: {
  method: 'POST' | 'PATCH'
  path: string
  token?: string
  data: Data
  file: UploadFile
}) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  const request = new Request(url, {
    method,
    headers: token ? { Authorization: `JWT ${token}` } : {},
    body: form,
  })
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let json: Data | null = null
  try {
    json = text ? (JSON.parse(text) as Data) : null
  } catch {
    json = null
  }
  return { status: response.status, json, text }
}

const restPathId = ({ slug, record }: { slug: PolicySlug; record: FixtureRecord }) =>
  matrixCollections[slug].restId?.(record) ?? String(record.id)

const restSurface: Surface = {
  list: async ({ slug, actor, ids }) =>
    fromRest(
      await rest('GET', `/${slug}${query({ where: byIds(ids), depth: 2, limit: 100 })}`, {
        token: actor.token,
      }),
    ),
  get: async ({ slug, actor, record }) =>
    fromRest(
      await rest('GET', `/${slug}/${restPathId({ slug, record })}${query({ depth: 2 })}`, {
        token: actor.token,
      }),
    ),
  count: async ({ slug, actor, ids }) =>
    fromRest(
      await rest('GET', `/${slug}/count${query({ where: byIds(ids) })}`, { token: actor.token }),
    ),
  create: async ({ slug, actor, data, file }) =>
    fromRest(
      file
        ? await restForm({
            method: 'POST',
            path: `/${slug}?depth=2`,
            token: actor.token,
            data,
            file,
          })
        : await rest('POST', `/${slug}?depth=2`, { token: actor.token, body: data }),
    ),
  update: async ({ slug, actor, record, data }) =>
    fromRest(
      await rest('PATCH', `/${slug}/${record.id}?depth=2`, { token: actor.token, body: data }),
    ),
  delete: async ({ slug, actor, record }) =>
    fromRest(
      await rest('DELETE', `/${slug}/${restPathId({ slug, record })}?depth=2`, {
        token: actor.token,
      }),
    ),
  bulkUpdate: async ({ slug, actor, ids, data }) =>
    fromRest(
      await rest('PATCH', `/${slug}${query({ where: byIds(ids), depth: 2 })}`, {
        token: actor.token,
        body: data,
      }),
    ),
  bulkDelete: async ({ slug, actor, ids }) =>
    fromRest(
      await rest('DELETE', `/${slug}${query({ where: byIds(ids), depth: 2 })}`, {
        token: actor.token,
      }),
    ),
  duplicate: async ({ slug, actor, record, data }) =>
    fromRest(
      await rest('POST', `/${slug}/${record.id}/duplicate?depth=2`, {
        token: actor.token,
        body: data,
      }),
    ),
  versions: async ({ slug, actor, ids, versionId }) => {
    const list = fromRest(
      await rest('GET', `/${slug}/versions${query({ where: { parent: { in: ids } }, depth: 2 })}`, {
        token: actor.token,
      }),
    )
    const one = fromRest(
      await rest('GET', `/${slug}/versions/${versionId}?depth=2`, { token: actor.token }),
    )
    return combine(list, one)
  },
}

/** Two calls that make one operation (versions: list, then one by id): both must agree. */
const combine = (first: CallResult, second: CallResult): CallResult => ({
  kind: first.kind === second.kind ? first.kind : 'error',
  status: first.status,
  ids: [...first.ids, ...second.ids],
  totalDocs: first.totalDocs,
  text: `${first.text}\n${second.text}`,
})

export const downloadFile = async ({
  slug,
  actor,
  filename,
}: {
  slug: PolicySlug
  actor: Actor
  filename: string
}) =>
  fromRest(
    await rest('GET', `/${slug}/file/${encodeURIComponent(filename)}`, { token: actor.token }),
  )

// ---------------------------------------------------------------------------------------------
// GraphQL
// ---------------------------------------------------------------------------------------------

type GraphQLError = { message?: string; extensions?: { statusCode?: number; name?: string } }

const fromGraphQL = (
  res: {
    status: number
    json: { data?: Record<string, unknown> | null; errors?: GraphQLError[] }
    text: string
  },
  field: string,
): CallResult => {
  const errors = res.json.errors ?? []
  const value = res.json.data?.[field] as Data | null | undefined
  // Schema errors (an unknown mutation, a bad argument) carry no status: the query was refused.
  const statuses = errors.map((error) => error.extensions?.statusCode ?? 400)
  const kind: Kind = errors.length === 0 ? kindOfStatus(res.status) : kindOfStatus(statuses[0])
  return {
    kind:
      errors.length > 0 && statuses.some((status) => kindOfStatus(status) !== kind)
        ? 'error'
        : kind,
    status: errors.length === 0 ? res.status : statuses[0],
    ids: kind === 'ok' ? collectIds(value) : [],
    totalDocs: typeof value?.totalDocs === 'number' ? value.totalDocs : 0,
    text: res.text,
  }
}

// Payload's GraphQL id operators have no `in`.
const graphQLWhereIds = (ids: number[]) =>
  `{ OR: [${ids.map((id) => `{ id: { equals: ${id} } }`).join(' ')}] }`

/** Select values are enums in GraphQL: `not-detained` is sent as `not_detained`. */
const toGraphQLData = ({
  fx,
  slug,
  data,
}: {
  fx: Fixtures
  slug: PolicySlug
  data: Data
}): Data => {
  const fields = fx.payload.collections[slug].config.flattenedFields
  return Object.fromEntries(
    Object.entries(data).map(([name, value]) => {
      const field = fields.find((entry) => entry.name === name)
      const isEnum = field?.type === 'select' || name === 'relationTo'
      const asEnum = (item: unknown) =>
        typeof item === 'string' ? item.replace(/[-/.]/g, '_') : item
      if (isEnum) return [name, Array.isArray(value) ? value.map(asEnum) : asEnum(value)]
      if (value && typeof value === 'object' && 'relationTo' in value) {
        return [name, { ...(value as Data), relationTo: asEnum((value as Data).relationTo) }]
      }
      return [name, value]
    }),
  )
}

const graphQLSurface: Surface = {
  list: async ({ fx, slug, actor, ids }) => {
    const names = graphQLNames(slug)
    const res = await graphql(
      `query { ${names.many}(where: ${graphQLWhereIds(ids)}, limit: 100) { totalDocs docs ${selectionFor({ payload: fx.payload, slug })} } }`,
      { token: actor.token },
    )
    return fromGraphQL(res, names.many)
  },
  get: async ({ fx, slug, actor, record }) => {
    const names = graphQLNames(slug)
    const res = await graphql(
      `query { ${names.one}(id: ${record.id}) ${selectionFor({ payload: fx.payload, slug })} }`,
      {
        token: actor.token,
      },
    )
    return fromGraphQL(res, names.one)
  },
  count: async ({ slug, actor, ids }) => {
    const names = graphQLNames(slug)
    const res = await graphql(
      `query { ${names.count}(where: ${graphQLWhereIds(ids)}) { totalDocs } }`,
      { token: actor.token },
    )
    return fromGraphQL(res, names.count)
  },
  create: async ({ fx, slug, actor, data }) => {
    const names = graphQLNames(slug)
    const res = await graphql(
      `mutation ($data: ${names.createInput}!) { ${names.create}(data: $data) ${selectionFor({ payload: fx.payload, slug })} }`,
      { token: actor.token, variables: { data: toGraphQLData({ fx, slug, data }) } },
    )
    return fromGraphQL(res, names.create)
  },
  update: async ({ fx, slug, actor, record, data }) => {
    const names = graphQLNames(slug)
    const res = await graphql(
      `mutation ($data: ${names.updateInput}!) { ${names.update}(id: ${record.id}, data: $data) ${selectionFor({ payload: fx.payload, slug })} }`,
      { token: actor.token, variables: { data: toGraphQLData({ fx, slug, data }) } },
    )
    return fromGraphQL(res, names.update)
  },
  delete: async ({ fx, slug, actor, record }) => {
    const names = graphQLNames(slug)
    const res = await graphql(
      `mutation { ${names.delete}(id: ${record.id}) ${selectionFor({ payload: fx.payload, slug })} }`,
      { token: actor.token },
    )
    return fromGraphQL(res, names.delete)
  },
  // Payload's GraphQL API has no bulk mutations; the matrix does not generate these.
  bulkUpdate: async () => {
    throw new Error('GraphQL has no bulk update')
  },
  bulkDelete: async () => {
    throw new Error('GraphQL has no bulk delete')
  },
  duplicate: async ({ fx, slug, actor, record, data }) => {
    const names = graphQLNames(slug)
    const res = await graphql(
      `mutation ($data: ${names.createInput}!) { ${names.duplicate}(id: ${record.id}, data: $data) ${selectionFor({ payload: fx.payload, slug })} }`,
      { token: actor.token, variables: { data: toGraphQLData({ fx, slug, data }) } },
    )
    return fromGraphQL(res, names.duplicate)
  },
  versions: async ({ fx, slug, actor, ids, versionId }) => {
    const names = graphQLNames(slug)
    const version = `{ id parent ${selectionFor({ payload: fx.payload, slug, depth: 0 })} version ${selectionFor({ payload: fx.payload, slug, depth: 0 }).replace(/^\{ id /, '{ ')} }`
    const list = await graphql(
      `query { ${names.versions}(where: { OR: [${ids.map((id) => `{ parent: { equals: ${id} } }`).join(' ')}] }) { totalDocs docs ${version} } }`,
      { token: actor.token },
    )
    const one = await graphql(`query { ${names.version}(id: ${versionId}) ${version} }`, {
      token: actor.token,
    })
    return combine(fromGraphQL(list, names.versions), fromGraphQL(one, names.version))
  },
}

// ---------------------------------------------------------------------------------------------
// Local API, as the user (`user`, overrideAccess: false), the way server code acts for someone
// ---------------------------------------------------------------------------------------------

const asUser = (actor: Actor) => ({ user: actor.user ?? undefined, overrideAccess: false as const })

const local = async (work: () => Promise<unknown>): Promise<CallResult> => {
  try {
    const result = await work()
    const body = result as Data
    return {
      kind: 'ok',
      status: 200,
      ids: collectIds(body),
      totalDocs: typeof body?.totalDocs === 'number' ? body.totalDocs : 0,
      text: JSON.stringify(result),
    }
  } catch (error) {
    const status = Number((error as { status?: unknown }).status) || 500
    return {
      kind: kindOfStatus(status),
      status,
      ids: [],
      totalDocs: 0,
      text: `${String((error as Error).message)} ${JSON.stringify((error as { data?: unknown }).data ?? null)}`,
    }
  }
}

// Payload's Local API types are generated per collection; the matrix drives every collection
// through one code path, so it uses the untyped entry points.
type LooseLocal = Record<string, (args: Record<string, unknown>) => Promise<unknown>>

const localSurface: Surface = {
  list: ({ fx, slug, actor, ids }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).find({
        collection: slug,
        where: byIds(ids),
        depth: 2,
        limit: 100,
        ...asUser(actor),
      }),
    ),
  get: ({ fx, slug, actor, record }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).findByID({
        collection: slug,
        id: record.id,
        depth: 2,
        ...asUser(actor),
      }),
    ),
  count: ({ fx, slug, actor, ids }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).count({
        collection: slug,
        where: byIds(ids),
        ...asUser(actor),
      }),
    ),
  create: ({ fx, slug, actor, data, file }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).create({
        collection: slug,
        data,
        file,
        depth: 2,
        ...asUser(actor),
      }),
    ),
  update: ({ fx, slug, actor, record, data }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).update({
        collection: slug,
        id: record.id,
        data,
        depth: 2,
        ...asUser(actor),
      }),
    ),
  delete: ({ fx, slug, actor, record }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).delete({
        collection: slug,
        id: record.id,
        depth: 2,
        ...asUser(actor),
      }),
    ),
  bulkUpdate: ({ fx, slug, actor, ids, data }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).update({
        collection: slug,
        where: byIds(ids),
        data,
        depth: 2,
        ...asUser(actor),
      }),
    ),
  bulkDelete: ({ fx, slug, actor, ids }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).delete({
        collection: slug,
        where: byIds(ids),
        depth: 2,
        ...asUser(actor),
      }),
    ),
  duplicate: ({ fx, slug, actor, record, data }) =>
    local(() =>
      (fx.payload as unknown as LooseLocal).duplicate({
        collection: slug,
        id: record.id,
        data,
        depth: 2,
        ...asUser(actor),
      }),
    ),
  versions: async ({ fx, slug, actor, ids, versionId }) =>
    combine(
      await local(() =>
        (fx.payload as unknown as LooseLocal).findVersions({
          collection: slug,
          where: { parent: { in: ids } },
          depth: 2,
          ...asUser(actor),
        }),
      ),
      await local(() =>
        (fx.payload as unknown as LooseLocal).findVersionByID({
          collection: slug,
          id: versionId,
          depth: 2,
          ...asUser(actor),
        }),
      ),
    ),
}

export const surfaces: Record<SurfaceName, Surface> = {
  REST: restSurface,
  GraphQL: graphQLSurface,
  'Local API': localSurface,
}
