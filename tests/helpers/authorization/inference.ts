import type { PolicyRole, PolicySlug } from '@/access/policy'

import { graphql, rest } from '../payload'
import type { Fixtures } from './fixtures'
import { graphQLNames } from './graphql-names'
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

export const canaryValue = (fx: Fixtures, slug: PolicySlug, recordKey: string, field: string) => {
  const found = fx.canaries.all.find(
    (canary) => canary.slug === slug && canary.recordKey === recordKey && canary.field === field,
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
