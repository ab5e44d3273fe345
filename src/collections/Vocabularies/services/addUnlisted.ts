import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { inTransaction, requestDb } from '@/lib/db/transaction'

import { nameKeyOf, slugForTyped } from '../nameKey'
import type { CourtKindValue } from '../options'

/** A court or adjudicator as a form answered it: a listed entry's id, or a typed name. */
export type CourtAnswer = { id: number } | { kind: CourtKindValue; name: string } | null
export type AdjudicatorAnswer = { id: number } | { name: string } | null

/**
 * Holds, until the request's transaction ends, the right to add the entry `key` names: a second
 * request typing the same name waits here, then finds the entry the first one committed.
 */
const lockTypedName = async (req: PayloadRequest, key: string) => {
  const db = await requestDb(req)
  await db.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext('typed-vocabulary-entry'), hashtext(${key}))`,
  )
}

const findOrAdd = async ({
  req,
  collection,
  name,
  scope,
}: {
  req: PayloadRequest
  collection: 'courts' | 'adjudicators'
  name: string
  scope: { kind: CourtKindValue } | { court: number }
}): Promise<number> => {
  const nameKey = nameKeyOf(name)
  const [scopeField, scopeValue] = Object.entries(scope)[0] as [string, string | number]
  await lockTypedName(req, `${collection}:${scopeField}:${scopeValue}:${nameKey}`)
  const existing = await req.payload.find({
    collection,
    where: { and: [{ nameKey: { equals: nameKey } }, { [scopeField]: { equals: scopeValue } }] },
    sort: 'id',
    limit: 1,
    depth: 0,
    select: {},
    // Vocabularies are public: read as the person typing, like the form's own options.
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (existing.docs[0]) return existing.docs[0].id
  const created = await req.payload.create({
    collection,
    data: { name: name.trim(), slug: slugForTyped(name), verified: false, ...scope } as never,
    depth: 0,
    select: {},
    // Only staff edit vocabularies through the API. This service is the one way an advocate adds
    // an entry: a name checked by the form, stored unconfirmed, which staff confirm or merge.
    overrideAccess: true,
    req,
  })
  return created.id
}

/**
 * The court and adjudicator ids to store for a form's answers: a listed entry as chosen; a typed
 * one found among the entries of its court (its kind, for a court) by name, accents, case and
 * titles aside, or else added unconfirmed. An adjudicator is typed at a court: the chosen one, or
 * the court typed with it. Runs in the request's transaction, so the entries commit with the case
 * or outcome they are for, and overlapping requests typing one name add it once.
 */
export const resolveCourtAndAdjudicator = async ({
  req,
  court,
  adjudicator,
}: {
  req: PayloadRequest
  court: CourtAnswer
  adjudicator: AdjudicatorAnswer
}): Promise<{ court: number | null; adjudicator: number | null }> => {
  if (!req.user) throw new Error('Only a signed-in person may add a court or adjudicator')
  return inTransaction(req, async () => {
    const courtId =
      court === null
        ? null
        : 'id' in court
          ? court.id
          : await findOrAdd({
              req,
              collection: 'courts',
              name: court.name,
              scope: { kind: court.kind },
            })
    if (adjudicator === null) return { court: courtId, adjudicator: null }
    if ('id' in adjudicator) return { court: courtId, adjudicator: adjudicator.id }
    if (courtId === null) throw new Error('A typed adjudicator needs a court')
    const adjudicatorId = await findOrAdd({
      req,
      collection: 'adjudicators',
      name: adjudicator.name,
      scope: { court: courtId },
    })
    return { court: courtId, adjudicator: adjudicatorId }
  })
}
