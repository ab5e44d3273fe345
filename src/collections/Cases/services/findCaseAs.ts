import type { PayloadRequest, PopulateType, SelectType } from 'payload'

import type { Case } from '@/payload-types'

/** Ids are Postgres `integer`s: a larger number names no case (and would fail the query). */
const MAX_ID = 2_147_483_647

/** A case id as it arrives from a route or a form: digits only, never a float or an expression. */
export const caseIdFrom = (value: unknown): number | null => {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^\d{1,10}$/.test(text)) return null
  const id = Number(text)
  return id > 0 && id <= MAX_ID ? id : null
}

/**
 * The one loader of a case as the person in `req.user` may see it (owner, shared user or staff;
 * Cases' read access decides). Anything else, a case that does not exist included, is null, so an
 * id reveals nothing. `select` limits the columns read (the library reads only its matching
 * fields); `depth` and `populate` name the vocabulary terms a page shows.
 */
export const findCaseAs = async ({
  req,
  id,
  select,
  depth = 0,
  populate,
}: {
  req: PayloadRequest
  id: unknown
  select?: SelectType
  depth?: number
  populate?: PopulateType
}): Promise<Case | null> => {
  const caseId = caseIdFrom(id)
  if (caseId === null || !req.user) return null
  try {
    return (await req.payload.findByID({
      collection: 'cases',
      id: caseId,
      depth,
      ...(select ? { select } : {}),
      ...(populate ? { populate } : {}),
      user: req.user,
      overrideAccess: false,
      req,
    })) as Case
  } catch (error) {
    // Not found and not allowed read the same; anything else (the database down) is not a "no".
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return null
    throw error
  }
}
