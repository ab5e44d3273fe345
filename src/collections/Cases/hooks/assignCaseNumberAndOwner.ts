import { randomInt } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { isStaffUser } from '@/lib/roles'

/**
 * Case numbers look like TA-2026-004213: the year, then six random digits. Random rather than
 * sequential, so a number reveals nothing about how many cases exist; unique by index and checked.
 */
export const generateCaseNumber = (year = new Date().getUTCFullYear()) =>
  `TA-${year}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`

/** On create: the creator owns the case (staff may name an owner), and it gets a case number. */
export const assignCaseNumberAndOwner: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const user = req.user
  if (user && !isStaffUser(user)) {
    if (data.owner && Number(data.owner) !== Number(user.id)) {
      throw new Forbidden(req.t)
    }
    data.owner = user.id
  }
  if (!data.caseNumber) {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const candidate = generateCaseNumber()
      const taken = await req.payload.count({
        collection: 'cases',
        where: { caseNumber: { equals: candidate } },
        overrideAccess: true, // uniqueness check across every case, not only the viewer's
        req,
      })
      if (taken.totalDocs === 0) {
        data.caseNumber = candidate
        break
      }
    }
  }
  return data
}
