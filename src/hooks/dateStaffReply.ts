import type { CollectionBeforeChangeHook } from 'payload'

type Replied = {
  id: number | string
  staffReply?: string | null
  staffRepliedAt?: string | null
  status?: string | null
}

/**
 * A queue item's new or changed `staffReply` dates itself (`staffRepliedAt`, from the clock, never
 * from the request); `status`, when given, is the status a reply gives the item (an answered
 * assistance request). Without it the status stays as staff set it. Field access has already
 * dropped a reply from anyone but staff, so only a staff save reaches here with one.
 */
export const dateStaffReply =
  ({ status }: { status?: string } = {}): CollectionBeforeChangeHook<Replied> =>
  ({ data, originalDoc }) => {
    const reply = data.staffReply?.trim() ?? ''
    const previous = originalDoc?.staffReply?.trim() ?? ''
    if (data.staffReply === undefined || !reply || reply === previous) return data
    data.staffRepliedAt = new Date().toISOString()
    if (status) data.status = status
    return data
  }

/** Whether this save dated a new reply (for the afterChange hook that emails it). */
export const isNewStaffReply = ({
  doc,
  previousDoc,
}: {
  doc: Replied
  previousDoc?: Replied | null
}) => Boolean(doc.staffRepliedAt) && doc.staffRepliedAt !== previousDoc?.staffRepliedAt
