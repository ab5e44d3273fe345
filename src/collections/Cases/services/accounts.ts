import type { PayloadRequest } from 'payload'

import type { Case } from '@/payload-types'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** An address as sharing and transfers compare it: trimmed, lower case; null if it is not one. */
export const normalizeEmail = (value: unknown): string | null =>
  typeof value === 'string' && EMAIL.test(value.trim()) ? value.trim().toLowerCase() : null

/** The account using `email`, whoever may read accounts (system lookup, see the reason below). */
export const findAccountByEmail = async (req: PayloadRequest, email: string) => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    // Looking up the recipient by email is part of the sharing contract (SPEC §5).
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** The address to tell about a change to their access (removed, transferred). */
export const emailOfAccount = async (req: PayloadRequest, id: number) => {
  const account = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    // The person concerned is told, whoever made the change.
    overrideAccess: true,
    req,
  })
  return account.email
}

export type Share = NonNullable<Case['shares']>[number]

/**
 * Writes a case's membership (shares, owner, shortlist) after the service checked the caller may
 * change it. These fields are closed to direct API writes so that every change passes through a
 * service, which logs it; hence the override.
 */
export const saveMembership = (
  req: PayloadRequest,
  caseId: number,
  data: Partial<Pick<Case, 'shares' | 'owner' | 'expertShortlist'>>,
) =>
  req.payload.update({
    collection: 'cases',
    id: caseId,
    data,
    depth: 0,
    // The calling service checked the caller (see above); the fields refuse direct writes.
    overrideAccess: true,
    req,
  })
