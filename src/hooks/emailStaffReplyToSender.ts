import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { queueItemReplyEmail } from '@/lib/email-templates'
import { idOf } from '@/lib/ids'
import { formatDay } from '@/lib/portal/dates'
import { queueEmail } from '@/lib/queue-email'

import { isNewStaffReply } from './dateStaffReply'

type SentItem = {
  id: number
  submittedBy?: unknown
  staffReply?: string | null
  staffRepliedAt?: string | null
  createdAt: string
}

/** The email address of the account that sent the item, if it has one. */
export const senderAccountEmail = async ({
  doc,
  req,
}: {
  doc: SentItem
  req: PayloadRequest
}): Promise<string | null> => {
  const id = idOf(doc.submittedBy)
  if (id === null) return null
  // System read of the sender's address, for whoever saved the reply.
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  return docs[0]?.email ?? null
}

/**
 * Emails staff's new or changed reply to whoever sent a queue item that holds no case data
 * (feedback, a resource submission): one queued email in the save's transaction, carrying the reply
 * itself and nothing from any case. `recipientOf` names the address, or none (no email).
 */
export const emailStaffReplyToSender =
  <T extends SentItem>({
    kind,
    recipientOf,
  }: {
    kind: Parameters<typeof queueItemReplyEmail>[0]['kind']
    recipientOf: (args: { doc: T; req: PayloadRequest }) => Promise<string | null>
  }): CollectionAfterChangeHook<T> =>
  async ({ doc, previousDoc, req }) => {
    if (!isNewStaffReply({ doc, previousDoc }) || !doc.staffReply?.trim()) return doc
    const to = await recipientOf({ doc, req })
    if (!to) return doc
    await queueEmail(req, {
      to,
      ...queueItemReplyEmail({ kind, reply: doc.staffReply, sentOn: formatDay(doc.createdAt) }),
    })
    return doc
  }
