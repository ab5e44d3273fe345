import type { Access } from 'payload'

import { hasRole, isStaffUser } from '@/lib/roles'

import { caseMemberWhere } from './caseMembership'

/** Staff, or an owner or shared user of the case named in the submitted data (`data.case`). */
export const caseMemberOfReferencedCase: Access = async ({ req, data }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user || !hasRole(req.user, 'advocate')) return false
  const caseRef = (data as { case?: unknown } | undefined)?.case
  const caseId =
    typeof caseRef === 'object' && caseRef !== null ? (caseRef as { id?: unknown }).id : caseRef
  if (typeof caseId !== 'number' && typeof caseId !== 'string') return false
  const found = await req.payload.find({
    collection: 'cases',
    where: { and: [{ id: { equals: caseId } }, caseMemberWhere(req.user)] },
    limit: 1,
    depth: 0,
    select: {},
    // The access rule itself decides; it reads only whether this user is a member of that case.
    overrideAccess: true,
    req,
  })
  return found.totalDocs === 1
}
