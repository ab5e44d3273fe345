import type { CollectionAfterChangeHook } from 'payload'

import { recordAccessEvent } from '@/lib/audit'
import { outcomeReceivedEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { queueEmail } from '@/lib/queue-email'
import type { Outcome } from '@/payload-types'

/**
 * A new outcome is logged (SPEC §9) and its case's owner gets an "outcome received" email: the case
 * number and a link, never the outcome itself (SPEC §10). Owners who turned off case activity
 * emails get none. Both happen in the request's transaction; the email leaves as a queued job.
 */
export const afterOutcomeReported: CollectionAfterChangeHook<Outcome> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const caseId = idOf(doc.case)
  if (caseId === null) return doc
  await recordAccessEvent({ req, action: 'outcome-added', caseId, details: { outcome: doc.id } })
  // The create was allowed by the collection's access rules; these reads only address the email.
  const theCase = await req.payload.findByID({
    collection: 'cases',
    id: caseId,
    depth: 0,
    select: { caseNumber: true, owner: true },
    overrideAccess: true,
    req,
  })
  const ownerId = idOf(theCase.owner)
  if (ownerId === null) return doc
  const owner = await req.payload.findByID({
    collection: 'users',
    id: ownerId,
    depth: 0,
    select: { email: true, notifications: true },
    overrideAccess: true,
    req,
  })
  if (owner.notifications?.caseActivity === false) return doc
  await queueEmail(req, {
    to: owner.email,
    ...outcomeReceivedEmail({ caseNumber: theCase.caseNumber ?? '', caseId }),
  })
  return doc
}
