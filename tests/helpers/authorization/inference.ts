import { graphql, rest } from '../payload'
import type { Fixtures } from './fixtures'
import { graphQLNames, selectionFor } from './graphql-names'
import type { PolicyRole, PolicySlug } from './policy'
import { query } from './surfaces'

/**
 * An inference probe: the same request made with a true guess about a hidden value and with a false
 * one. The API must refuse both or answer both the same way; any difference is a signal that
 * leaks the hidden value one guess at a time.
 */
export type Probe = {
  name: string
  role: PolicyRole
  surface: 'REST' | 'GraphQL'
  /** The request, given the guess. */
  request: (args: { fx: Fixtures; guess: string; role: PolicyRole }) => Promise<Observation>
  /** The true value (or fragment) of the hidden field. */
  truth: (fx: Fixtures) => string
  /** The false guess: a string no field holds, or the opposite of the truth. */
  falsehood: string
}

export type Observation = { status: number; ids: number[]; totalDocs: number | null; text: string }

/** The canary in a record's field: its published value, or (`isDraft`) its pending draft's. */
export const canaryValue = (
  fx: Fixtures,
  slug: PolicySlug,
  recordKey: string,
  field: string,
  { isDraft = false }: { isDraft?: boolean } = {},
) => {
  const found = fx.canaries.all.find(
    (canary) =>
      canary.slug === slug &&
      canary.recordKey === recordKey &&
      canary.field === field &&
      Boolean(canary.isDraft) === isDraft,
  )
  if (!found) throw new Error(`No canary ${slug}/${recordKey}.${field}`)
  return found.value
}

const idsOf = (body: unknown): number[] => {
  const docs = (body as { docs?: { id?: number }[] } | null)?.docs
  return Array.isArray(docs) ? docs.map((doc) => Number(doc.id)) : []
}

/** GET /api/<path> with the guess put into the query. */
export const restProbe =
  (path: (guess: string) => string) =>
  async ({
    fx,
    guess,
    role,
  }: {
    fx: Fixtures
    guess: string
    role: PolicyRole
  }): Promise<Observation> => {
    const res = await rest('GET', path(guess), { token: fx.actors[role].token })
    return {
      status: res.status,
      ids: idsOf(res.json),
      totalDocs: typeof res.json?.totalDocs === 'number' ? res.json.totalDocs : null,
      text: res.text,
    }
  }

/** A GraphQL list query on `slug` with arguments built from the guess. */
export const graphQLProbe =
  ({ slug, args }: { slug: PolicySlug; args: (guess: string) => string }) =>
  async ({
    fx,
    guess,
    role,
  }: {
    fx: Fixtures
    guess: string
    role: PolicyRole
  }): Promise<Observation> => {
    const names = graphQLNames(slug)
    const res = await graphql(`query { ${names.many}(${args(guess)}) { totalDocs docs { id } } }`, {
      token: fx.actors[role].token,
    })
    const result = res.json.data?.[names.many] as {
      totalDocs?: number
      docs?: { id: number }[]
    } | null
    return {
      status: res.json.errors?.length
        ? Number(res.json.errors[0]?.extensions?.statusCode ?? 400)
        : res.status,
      ids: (result?.docs ?? []).map((doc) => Number(doc.id)),
      totalDocs: result?.totalDocs ?? null,
      text: res.text,
    }
  }

/** What two answers are compared on: everything but the text, which differs by the guess echoed. */
export const signalOf = (observation: Observation) => ({
  status: observation.status,
  ids: observation.ids,
  totalDocs: observation.totalDocs,
})

export const like = (field: string, guess: string) => query({ where: { [field]: { like: guess } } })

/** A string as a GraphQL literal. */
export const gql = (value: string) => JSON.stringify(value)

export const falseGuess = 'zz-no-such-value-9f3c'

// ---------------------------------------------------------------------------------------------
// Reads that ask for a record's latest draft, on every surface
// ---------------------------------------------------------------------------------------------

type DraftReadArgs = { fx: Fixtures; role: PolicyRole; slug: PolicySlug; id: number }

/**
 * One way to ask for a record's newest draft. `fallsBackToPublished`: Payload answers a by-id read
 * that may not have the draft with the published version; lists and versions have no such fallback.
 */
export type DraftRead = {
  name: string
  fallsBackToPublished: boolean
  /** The whole response (or error) as text, searched for canaries. */
  read: (args: DraftReadArgs) => Promise<string>
}

const asUser = ({ fx, role }: { fx: Fixtures; role: PolicyRole }) => ({
  user: fx.actors[role].user ?? undefined,
  overrideAccess: false as const,
})

// The Local API throws a refusal; its message is what the caller would have.
const localText = async (work: () => Promise<unknown>) => {
  try {
    return JSON.stringify(await work())
  } catch (error) {
    return String((error as Error).message)
  }
}

/** The newest version of a record (its pending draft), found as trusted code. */
const latestVersionId = async ({ fx, slug, id }: Omit<DraftReadArgs, 'role'>) => {
  const { docs } = await (
    fx.payload as unknown as {
      findVersions: (args: Record<string, unknown>) => Promise<{ docs: { id: number }[] }>
    }
  ).findVersions({
    collection: slug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0].id
}

type LooseLocal = Record<string, (args: Record<string, unknown>) => Promise<unknown>>

export const draftReads: DraftRead[] = [
  {
    name: 'GET /:id?draft=true over REST',
    fallsBackToPublished: true,
    read: async ({ fx, role, slug, id }) =>
      (await rest('GET', `/${slug}/${id}?draft=true&depth=2`, { token: fx.actors[role].token }))
        .text,
  },
  {
    name: 'a list with draft=true over REST',
    fallsBackToPublished: false,
    read: async ({ fx, role, slug, id }) =>
      (
        await rest(
          'GET',
          `/${slug}${query({ draft: 'true', depth: 2, where: { id: { equals: id } } })}`,
          {
            token: fx.actors[role].token,
          },
        )
      ).text,
  },
  {
    name: 'the versions routes over REST',
    fallsBackToPublished: false,
    read: async ({ fx, role, slug, id }) => {
      const token = fx.actors[role].token
      const list = await rest(
        'GET',
        `/${slug}/versions${query({ where: { parent: { equals: id } } })}`,
        {
          token,
        },
      )
      const one = await rest(
        'GET',
        `/${slug}/versions/${await latestVersionId({ fx, slug, id })}`,
        {
          token,
        },
      )
      return `${list.text}\n${one.text}`
    },
  },
  {
    name: 'a by-id query with draft: true over GraphQL',
    fallsBackToPublished: true,
    read: async ({ fx, role, slug, id }) =>
      (
        await graphql(
          `query { ${graphQLNames(slug).one}(id: ${id}, draft: true) ${selectionFor({ payload: fx.payload, slug })} }`,
          { token: fx.actors[role].token },
        )
      ).text,
  },
  {
    name: 'a list with draft: true over GraphQL',
    fallsBackToPublished: false,
    read: async ({ fx, role, slug, id }) =>
      (
        await graphql(
          `query { ${graphQLNames(slug).many}(draft: true, where: { id: { equals: ${id} } }) { docs ${selectionFor({ payload: fx.payload, slug })} } }`,
          { token: fx.actors[role].token },
        )
      ).text,
  },
  {
    name: 'the versions queries over GraphQL',
    fallsBackToPublished: false,
    read: async ({ fx, role, slug, id }) => {
      const names = graphQLNames(slug)
      const version = `{ id version ${selectionFor({ payload: fx.payload, slug, depth: 0 }).replace(/^\{ id /, '{ ')} }`
      const token = fx.actors[role].token
      const list = await graphql(
        `query { ${names.versions}(where: { parent: { equals: ${id} } }) { docs ${version} } }`,
        { token },
      )
      const one = await graphql(
        `query { ${names.version}(id: ${await latestVersionId({ fx, slug, id })}) ${version} }`,
        { token },
      )
      return `${list.text}\n${one.text}`
    },
  },
  {
    name: 'findByID with draft: true over the Local API',
    fallsBackToPublished: true,
    read: ({ fx, role, slug, id }) =>
      localText(() =>
        (fx.payload as unknown as LooseLocal).findByID({
          collection: slug,
          id,
          draft: true,
          depth: 2,
          ...asUser({ fx, role }),
        }),
      ),
  },
  {
    name: 'find with draft: true over the Local API',
    fallsBackToPublished: false,
    read: ({ fx, role, slug, id }) =>
      localText(() =>
        (fx.payload as unknown as LooseLocal).find({
          collection: slug,
          where: { id: { equals: id } },
          draft: true,
          depth: 2,
          ...asUser({ fx, role }),
        }),
      ),
  },
  {
    name: 'findVersions and findVersionByID over the Local API',
    fallsBackToPublished: false,
    read: async ({ fx, role, slug, id }) => {
      const versionId = await latestVersionId({ fx, slug, id })
      const list = await localText(() =>
        (fx.payload as unknown as LooseLocal).findVersions({
          collection: slug,
          where: { parent: { equals: id } },
          depth: 2,
          ...asUser({ fx, role }),
        }),
      )
      const one = await localText(() =>
        (fx.payload as unknown as LooseLocal).findVersionByID({
          collection: slug,
          id: versionId,
          depth: 2,
          ...asUser({ fx, role }),
        }),
      )
      return `${list}\n${one}`
    },
  },
]
