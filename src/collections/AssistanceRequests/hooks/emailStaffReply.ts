import type { CollectionAfterChangeHook } from 'payload'

import { isNewStaffReply } from '@/hooks/dateStaffReply'
import { assistanceReplyEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { queueEmail } from '@/lib/queue-email'
import type { AssistanceRequest } from '@/payload-types'

/**
 * Tells the case team that staff replied: the person who sent the request (while they are still
 * on the case) and the case's owner, once each. The email carries the case number and a link to
 * the case's Request Assistance tab only, never the reply or the request (SPEC §10); they read
 * the reply there, signed in. Queued in the save's transaction.
 */
export const emailStaffReply: CollectionAfterChangeHook<AssistanceRequest> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!isNewStaffReply({ doc, previousDoc })) return doc
  const caseId = idOf(doc.case)
  if (caseId === null) return doc
  // System read: whom to tell and the case number, whoever saved the reply.
  const theCase = await req.payload.findByID({
    collection: 'cases',
    id: caseId,
    depth: 0,
    select: { caseNumber: true, owner: true, shares: true },
    overrideAccess: true,
    req,
  })
  const requester = idOf(doc.submittedBy)
  const members = new Set(
    [idOf(theCase.owner), ...(theCase.shares ?? []).map((share) => idOf(share.user))].filter(
      (id): id is number => id !== null,
    ),
  )
  const recipients = [...new Set([idOf(theCase.owner), requester])].filter(
    (id): id is number => id !== null && members.has(id),
  )
  if (recipients.length === 0) return doc
  // System read of the recipients' addresses, for whoever saved the reply.
  const { docs: users } = await req.payload.find({
    collection: 'users',
    where: { id: { in: recipients } },
    depth: 0,
    pagination: false,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  for (const user of users) {
    await queueEmail(req, {
      to: user.email,
      ...assistanceReplyEmail({ caseNumber: theCase.caseNumber ?? '', caseId }),
    })
  }
  return doc
}
