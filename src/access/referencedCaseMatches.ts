import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from '@/lib/roles'

/**
 * Staff, or an advocate for whom the case named in the submitted data (`data.case`) matches
 * `scope`: the create rule of records that belong to a case. Everyone else is refused.
 */
export const referencedCaseMatches =
  (scope: (user: { id: number | string }) => Where): Access =>
  async ({ req, data }) => {
    if (isStaffUser(req.user)) return true
    if (!req.user || !hasRole(req.user, 'advocate')) return false
    const caseRef = (data as { case?: unknown } | undefined)?.case
    const caseId =
      typeof caseRef === 'object' && caseRef !== null ? (caseRef as { id?: unknown }).id : caseRef
    if (typeof caseId !== 'number' && typeof caseId !== 'string') return false
    const found = await req.payload.find({
      collection: 'cases',
      where: { and: [{ id: { equals: caseId } }, scope(req.user)] },
      limit: 1,
      depth: 0,
      select: {},
      // The access rule itself decides; it reads only whether that case matches for this user.
      overrideAccess: true,
      req,
    })
    return found.totalDocs === 1
  }
