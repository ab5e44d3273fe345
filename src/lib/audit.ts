import type { PayloadRequest } from 'payload'

import type { AccessEventAction } from '@/collections/AccessEvents'

type AuditArgs = {
  req: PayloadRequest
  action: AccessEventAction
  caseId?: number | null
  resourceId?: number | null
  details?: Record<string, unknown>
}

/**
 * Appends an access event in the request's transaction. Events hold ids, never client facts. The
 * collection refuses API writes, so this is the one trusted path (overrideAccess: true).
 */
export const recordAccessEvent = async ({
  req,
  action,
  caseId,
  resourceId,
  details,
}: AuditArgs) => {
  const actor = req.user
  const organization = (actor as { organization?: number | { id: number } | null } | null)
    ?.organization
  await req.payload.create({
    collection: 'access-events',
    overrideAccess: true,
    // Nobody reads the returned event: at the default depth Payload would populate its actor,
    // organization and case (with the case's own relations) on every library view.
    depth: 0,
    select: { action: true },
    req,
    data: {
      action,
      actor: actor?.id ?? null,
      organization:
        typeof organization === 'object' && organization ? organization.id : (organization ?? null),
      case: caseId ?? null,
      resource: resourceId ?? null,
      details: details ?? null,
    },
  })
}
