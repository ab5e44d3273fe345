import 'server-only'

import type { Payload, PayloadRequest } from 'payload'

/** Organization names for the registration and settings forms (public facts; read as a guest). */
export const listOrganizationNames = async (payload: Payload): Promise<string[]> => {
  const names: string[] = []
  for (let page = 1; page <= 10; page += 1) {
    const result = await payload.find({
      collection: 'organizations',
      overrideAccess: false,
      user: null,
      depth: 0,
      limit: 100,
      page,
      sort: 'name',
      select: { name: true },
    })
    names.push(...result.docs.map((o) => o.name))
    if (!result.hasNextPage) break
  }
  return names
}

const normalize = (name: string) => name.trim().replace(/\s+/g, ' ')

/**
 * The organization with this name (case and spacing ignored), created when there is none yet.
 *
 * Advocates must name their organization (SPEC §1) and may work somewhere staff have not listed
 * yet, but organizations are staff-written. So, only after the caller has validated everything
 * else in the form, this creates the one missing record with overrideAccess: a name and kind
 * "other" for staff to review, nothing the person could use to reach anyone else's data.
 */
export const findOrCreateOrganization = async ({
  payload,
  req,
  name,
}: {
  payload: Payload
  req: PayloadRequest
  name: string
}): Promise<number> => {
  const wanted = normalize(name)
  const find = async () => {
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { name: { like: wanted } },
      overrideAccess: false,
      user: null,
      depth: 0,
      limit: 20,
      select: { name: true },
      req,
    })
    return docs.find((o) => normalize(o.name).toLowerCase() === wanted.toLowerCase())?.id
  }
  const existing = await find()
  if (existing) return existing
  const created = await payload.create({
    collection: 'organizations',
    data: { name: wanted, kind: 'other' },
    depth: 0,
    overrideAccess: true, // see above: a new organization named at registration, for staff review
    req,
  })
  return created.id
}
