import type { CollectionAfterChangeHook } from 'payload'

import { assistanceRequestReceivedEmail } from '@/lib/email-templates'
import { queueEmail } from '@/lib/queue-email'
import { isStaffUser } from '@/lib/roles'
import type { AssistanceRequest } from '@/payload-types'

import { caseNumberFor } from './caseNumberFor'

/**
 * Acknowledges a new request for assistance to the advocate who sent it: the case number and a link
 * only (SPEC §10), as a queued job in the request's transaction.
 */
export const acknowledgeRequest: CollectionAfterChangeHook<AssistanceRequest> = async ({
  doc,
  operation,
  req,
}) => {
  // Staff logging a request received another way are not the person to acknowledge.
  if (operation !== 'create' || !req.user?.email || isStaffUser(req.user)) return doc
  const caseId = typeof doc.case === 'object' ? doc.case.id : doc.case
  await queueEmail(req, {
    to: req.user.email,
    ...assistanceRequestReceivedEmail({ caseNumber: await caseNumberFor(req, caseId), caseId }),
  })
  return doc
}
